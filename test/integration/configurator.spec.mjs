/**
 * demo/configurator.html: an editor sets controls (an enum, a boolean, a colour, the
 * language, the theme), copies the snippet, and the snippet pasted into a fresh page
 * renders what the preview showed. The snippet's CDN URL is answered with the local
 * build, so the browser checks the snippet's `integrity` against the real bytes.
 * The prerendered view (issue 10), with the test server's `POST /api/render` (the
 * middleware `npm start` mounts) and without it (/static-host/). Plus axe on the
 * configurator itself, wide and narrow.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { axeViolations, check, recorded, show, test } from './harness.mjs';
import { CDN_DIR, ROOT } from './server.mjs';

async function openConfigurator(t, { width = 1280, height = 900, hash = '', host = '' } = {}) {
  const page = await t.open(`${t.servers.partnerOrigin}${host}/demo/configurator.html${hash}`, { width, height });
  await page.waitForSelector('form[aria-busy="false"]', { timeout: 8000 });
  return page;
}

/** What a visitor sees of the element: text, language, disclosure state, and the colours of every part. */
function describe(page, selector) {
  return page.evaluate(async (selector) => {
    const el = document.querySelector(selector);
    await customElements.whenDefined(el.localName);
    await el.updateComplete;
    const root = el.shadowRoot;
    return {
      tag: el.localName,
      text: root.textContent.replace(/\s+/g, ' ').trim(),
      lang: root.querySelector('[lang]')?.getAttribute('lang') ?? null,
      expanded: [...root.querySelectorAll('[aria-expanded]')].map((b) => b.getAttribute('aria-expanded')),
      parts: [...root.querySelectorAll('[part]')].map((node) => {
        const style = getComputedStyle(node);
        return `${node.getAttribute('part')}: ${style.color} / ${style.backgroundColor} / ${style.borderTopColor}`;
      }),
    };
  }, selector);
}

/**
 * Loads `snippet` alone in a fresh page, with its CDN URL answered by the local build (CORS as jsDelivr sends it).
 * `javaScript: false`: as a visitor without JavaScript, and returns once parsed; `init` runs before the page's scripts.
 */
async function renderSnippet(t, snippet, { javaScript = true, init } = {}) {
  const src = /<script type="module" src="([^"]+)"/.exec(snippet)?.[1];
  check(src, `no module script in the snippet:\n${snippet}`);
  const file = src.split('/').pop();
  const bytes = await readFile(join(CDN_DIR, file));
  const page = await t.newPage({ javaScript, init });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const served = [];
  await page.setRequestInterception(true);
  // The chunk a per-element file imports (dist/cdn/chunks/…) comes from the same CDN folder.
  const cdnFolder = src.slice(0, src.lastIndexOf('/') + 1);
  page.on('request', async (request) => {
    if (!request.url().startsWith(cdnFolder)) return request.continue();
    if (request.url() === src) served.push(src);
    const body = request.url() === src ? bytes : await readFile(join(CDN_DIR, request.url().slice(cdnFolder.length)));
    request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'access-control-allow-origin': '*' }, body });
  });
  const url = t.page(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Snippet</title></head><body>\n${snippet}\n</body></html>`);
  await page.goto(url, { waitUntil: 'load' });
  const tag = /<([a-z]+-[a-z-]+)[\s>]/.exec(snippet.split('\n').pop())?.[1];
  if (!javaScript) return { page, tag, errors, file, bytes, served };
  try {
    await page.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount > 0, { timeout: 5000 }, tag);
  } catch {
    throw new Error(`the snippet's <${tag}> never rendered (integrity or CORS refused the script?): ${show({ served, errors })}`);
  }
  check(served.length === 1, `the CDN URL was requested ${served.length} times`);
  return { page, tag, errors, file, bytes };
}

async function readSnippet(page) {
  return page.$eval('#snippet-code', (code) => code.textContent);
}

async function setColour(page, property, value) {
  const found = await page.evaluate(
    (property, value) => {
      const input = document.querySelector(`[data-property="${property}"] input[type=color]`);
      if (!input) return false;
      input.closest('details').open = true;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    property,
    value,
  );
  check(found, `no colour picker for ${property}`);
}

async function checkSnippetRendersPreview(t, page, expectations) {
  const snippet = await readSnippet(page);
  const version = t.servers.version;
  const live = await describe(page, '#frame > *');
  const src = /src="([^"]+)"/.exec(snippet)?.[1];
  const file = src?.split('/').pop();
  check(src === `https://cdn.jsdelivr.net/npm/front-office-widgets@${version}/dist/cdn/${expectations.file}`, `script src ${src}`);
  check(/ crossorigin="anonymous"/.test(snippet), 'no crossorigin="anonymous" on the script');
  const integrity = /integrity="([^"]+)"/.exec(snippet)?.[1];
  const local = `sha384-${createHash('sha384').update(await readFile(join(CDN_DIR, file))).digest('base64')}`;
  check(integrity === local, `the snippet's integrity ${integrity} is not the hash of the local ${file} (${local})`);
  const tagLine = snippet.split('\n').pop();
  for (const wanted of expectations.contains) check(snippet.includes(wanted), () => `the snippet lacks ${wanted}:\n${snippet}`);
  for (const unwanted of expectations.omits) check(!tagLine.includes(unwanted), () => `the tag carries ${unwanted}, a default:\n${tagLine}`);

  const fresh = await renderSnippet(t, snippet);
  const rendered = await describe(fresh.page, fresh.tag);
  check(fresh.errors.length === 0, () => `errors in the fresh page: ${show(fresh.errors)}`);
  check(rendered.text === live.text, () => `text differs.\npreview: ${live.text}\nsnippet: ${rendered.text}`);
  check(rendered.lang === live.lang && live.lang === expectations.lang, `lang: preview ${live.lang}, snippet ${rendered.lang}, expected ${expectations.lang}`);
  check(show(rendered.expanded) === show(live.expanded), `aria-expanded: preview ${live.expanded}, snippet ${rendered.expanded}`);
  check(show(rendered.parts) === show(live.parts), () => `computed colours of the parts differ:\npreview ${show(live.parts)}\nsnippet ${show(rendered.parts)}`);
  check(live.parts.some((p) => p.includes(expectations.colour)), () => `the chosen colour ${expectations.colour} shows nowhere in the preview: ${show(live.parts)}`);
  // Back to the configurator tab: a background tab gets no input events.
  await fresh.page.close();
  await page.bringToFront();
  return { live, snippet };
}

test('configurator: enum, boolean, colour and language chosen → the copied snippet renders the same <role-card> in a fresh page', async (t) => {
  await t.grantClipboard();
  const page = await openConfigurator(t);
  await page.click('input[name="element"][value="role-card"]');
  await page.waitForSelector('#frame > role-card');
  // Generated from the manifest: role-id and industry are selects, expanded a checkbox.
  const kinds = await page.evaluate(() => ({
    roleId: document.querySelector('#attr-role-id')?.localName,
    industry: [...(document.querySelector('#attr-industry')?.options ?? [])].map((o) => o.value),
    expanded: document.querySelector('#attr-expanded')?.type,
    data: Boolean(document.querySelector('#attr-data')),
  }));
  check(kinds.roleId === 'select' && show(kinds.industry) === show(['general', 'banking', 'hospitality']) && kinds.expanded === 'checkbox' && !kinds.data, `controls: ${show(kinds)}`);

  await page.select('#attr-role-id', 'sales');
  await page.select('#attr-industry', 'banking');
  await page.click('#attr-expanded');
  await setColour(page, '--role-card-accent', '#c0392b');
  await page.click('input[name="lang"][value="en"]');
  await page.evaluate(() => document.querySelector('#frame > role-card').updateComplete);

  const { live, snippet } = await checkSnippetRendersPreview(t, page, {
    file: 'role-card.js',
    lang: 'en',
    colour: 'rgb(192, 57, 43)',
    contains: ['role-id="sales"', 'industry="banking"', ' expanded', 'lang="en"', '--role-card-accent: #c0392b;', '<style>'],
    omits: ['heading-level', 'theme='],
  });
  check(show(live.expanded) === show(['true']), `the preview's disclosure is ${live.expanded}`);

  // Copy: the clipboard gets the snippet and a live region says so.
  await page.click('#copy');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent.trim() !== '', { timeout: 3000 });
  const status = await page.$eval('#copy-status', (p) => ({ text: p.textContent, role: p.getAttribute('role'), live: p.getAttribute('aria-live') }));
  check(/copied/i.test(status.text) && status.role === 'status', `copy status: ${show(status)}`);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  check(clipboard === snippet, `the clipboard holds ${show(clipboard)}`);

  // The address keeps the settings: reopening it shows the same snippet.
  const again = await openConfigurator(t, { hash: new URL(page.url()).hash });
  check((await readSnippet(again)) === snippet, 'reopening the page address gives another snippet');
  const r = await recorded(page);
  check(r.errors.length === 0 && r.warnings.length === 0, () => `configurator errors ${show(r.errors)} warnings ${show(r.warnings)}`);
});

test('configurator: dark theme, a global --fow-* token typed as text and the all-elements script → same <office-compare> in a fresh page', async (t) => {
  const page = await openConfigurator(t);
  await page.click('input[name="element"][value="office-compare"]');
  await page.waitForSelector('#frame > office-compare');
  await page.select('#attr-highlight', 'back');
  await page.click('input[name="theme"][value="dark"]');
  await page.click('input[name="bundle"][value="all"]');
  await page.evaluate(() => (document.querySelector('#global-properties').open = true));
  await page.type('[data-property="--fow-accent"] input[type=text]', 'rebeccapurple');
  await page.evaluate(() => document.querySelector('#frame > office-compare').updateComplete);
  await checkSnippetRendersPreview(t, page, {
    file: 'front-office-widgets.js',
    lang: 'vi',
    colour: 'rgb(102, 51, 153)',
    contains: ['highlight="back"', 'theme="dark"', 'lang="vi"', '--fow-accent: rebeccapurple;'],
    omits: ['layout=', 'heading-level'],
  });
});

for (const [label, width, height] of [
  ['phone', 360, 780],
  ['desktop', 1280, 900],
]) {
  test(`configurator (${label}): axe finds nothing, no sideways scrolling, every control labelled`, async (t) => {
    const page = await openConfigurator(t, { width, height, hash: '#element=contact-float&lang=en&theme=dark&attr.open=true&--fow-accent=%237ee2a8' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const violations = await axeViolations(page);
    check(violations.length === 0, () => `axe: ${show(violations)}`);
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    check(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('#configurator input, #configurator select, #configurator button')]
        .filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.textContent.trim())
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    check(unlabelled.length === 0, () => `unlabelled controls: ${show(unlabelled)}`);
    const generated = await page.$$eval('#attribute-fields .field', (fields) => fields.length);
    check(generated >= 5, `only ${generated} attribute controls for <contact-float>`);
    // Keyboard only: arrow keys move through the element choices, Enter on the copy button copies.
    await page.focus('input[name="element"]:checked');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#frame > *')?.localName === 'office-compare', { timeout: 3000 });
    await page.focus('#copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.trim() !== '', { timeout: 3000 });
  });
}

test('configurator: colours below WCAG AA are named with their ratios once the editor pauses, and the warning goes when fixed', async (t) => {
  const page = await openConfigurator(t, { hash: '#element=role-card' });
  const warning = () => page.$eval('#contrast-log', (p) => p.textContent.trim());
  // The check has run on the preview as it is now (it clears data-result on each change, sets it once measured).
  const settle = () => page.waitForSelector('#contrast-log[data-result]', { timeout: 3000 });
  // Every element and theme starts with the default colours, which pass.
  for (const tag of ['office-compare', 'role-card', 'contact-float']) {
    for (const theme of ['light', 'dark']) {
      await page.click(`input[name="element"][value="${tag}"]`);
      await page.click(`input[name="theme"][value="${theme}"]`);
      await page.waitForSelector(`#frame > ${tag}`);
      await settle();
      check((await warning()) === '', `${tag} ${theme}: warned about the defaults: ${await warning()}`);
    }
  }
  await page.click('input[name="element"][value="role-card"]');
  await page.click('input[name="theme"][value="light"]');
  await page.evaluate(() => (document.querySelector('#global-properties').open = true));
  await page.type('[data-property="--fow-muted"] input[type=text]', '#999');
  await settle();
  const text = await warning();
  check(/muted on surface is 2\.85:1, needs 4\.5:1/.test(text) && /muted on surface-alt/.test(text), `no warning for grey muted text: "${text}"`);
  check(!/\btext on|accent/.test(text), `warned about pairs that pass: "${text}"`);
  check((await page.$eval('#contrast-log', (p) => p.getAttribute('role'))) === 'status', 'the warning is not announced');
  // The element's own property wins over the global token: fixing it there clears the warning.
  await page.type('[data-property="--role-card-muted"] input[type=text]', '#444');
  await settle();
  check((await warning()) === '', `still warned after the element's own muted colour passed: "${await warning()}"`);
});

// ---- The prerendered snippet (issue 10) ----------------------------------------------------------

const HYDRATE = 'front-office-widgets.hydrate.js';
const runCommand = promisify(execFile);

/**
 * What a visitor sees of an element, read synchronously (so also in a page without JavaScript): the
 * shadow root's rendered text (not its <style>, not what is hidden, such as closed details), and more.
 */
function readShadow(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const root = el?.shadowRoot;
    if (!root) return null;
    const shown = (node) => node && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node; (node = walker.nextNode()); ) if (shown(node.parentElement)) text += ` ${node.data}`;
    // The heading shown: without script a prerendered card shows its native disclosure's (role="heading") instead of its h3.
    const heading = [...root.querySelectorAll('h2, h3, h4, h5, h6, [role=heading]')].find(shown);
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      lang: root.querySelector('[lang]')?.getAttribute('lang') ?? null,
      expanded: [...root.querySelectorAll('[aria-expanded]')].map((b) => b.getAttribute('aria-expanded')),
      heading: heading && { level: heading.getAttribute('aria-level') ? `h${heading.getAttribute('aria-level')}` : heading.localName, visible: true },
      parts: [...root.querySelectorAll('[part]')].map((node) => {
        const style = getComputedStyle(node);
        return `${node.getAttribute('part')}: ${style.color} / ${style.backgroundColor} / ${style.borderTopColor}`;
      }),
      styleElements: root.querySelectorAll('style').length,
      adopted: root.adoptedStyleSheets.length,
    };
  }, selector);
}

/** Waits until the prerendered view shows an answer (the snippet, or the fallback) for the current settings, and reads it. */
async function readPrerenderedView(page) {
  await page.waitForFunction(
    () => !document.querySelector('#view-prerendered').hidden && document.querySelector('#prerender-state').hidden && (document.querySelector('#prerendered-code').textContent || !document.querySelector('#prerender-fallback').hidden),
    { timeout: 5000 },
  );
  return page.evaluate(() => {
    const visible = (selector) => !document.querySelector(selector).closest('[hidden]');
    return {
      snippet: visible('#prerendered') ? document.querySelector('#prerendered-code').textContent : null,
      styleSrc: visible('#prerender-style-src') ? document.querySelector('#prerender-style-src').textContent : null,
      warnings: visible('#prerender-warning-list') ? [...document.querySelectorAll('#prerender-warning-list li')].map((li) => li.textContent) : [],
      fallback: visible('#prerender-fallback') ? document.querySelector('#prerender-fallback-text').textContent : null,
      command: visible('#render-command') ? document.querySelector('#render-command-code').textContent : null,
      copyLabel: document.querySelector('#copy').textContent,
    };
  });
}

/** The tabs as a screen reader meets them. */
function readTabs(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#snippet-tabs [role=tab]')].map((tab) => ({
      name: tab.textContent,
      selected: tab.getAttribute('aria-selected'),
      tabindex: tab.tabIndex,
      focused: document.activeElement === tab,
      panelShown: !document.getElementById(tab.getAttribute('aria-controls')).hidden,
      panelLabelled: document.getElementById(tab.getAttribute('aria-controls')).getAttribute('aria-labelledby') === tab.id,
    })),
  );
}

const requestsTo = (t, path) => t.servers.partnerLog.filter((p) => p === path).length;

/** Marks the prerendered nodes once parsed, before the module scripts run: hydration keeps the marks, a new render would not. */
function markBeforeScripts() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const el of document.querySelectorAll('[prerendered]')) for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) node.__prerendered = true;
  });
}

test('configurator, prerendered view: the snippet shows the preview\'s <role-card> without JavaScript, then hydrates with the hydrate file', async (t) => {
  await t.grantClipboard();
  const page = await openConfigurator(t);
  await page.click('input[name="element"][value="role-card"]');
  await page.waitForSelector('#frame > role-card');
  await page.select('#attr-role-id', 'sales');
  await page.select('#attr-industry', 'banking');
  await page.click('#attr-expanded');
  await setColour(page, '--role-card-accent', '#c0392b');
  await page.click('input[name="lang"][value="en"]');

  // APG tabs: one tab stop, arrow keys select (selection follows focus), the panel follows.
  const before = await readTabs(page);
  check(show(before.map((tab) => [tab.name, tab.selected, tab.tabindex, tab.panelShown, tab.panelLabelled])) === show([['Plain HTML', 'true', 0, true, true], ['Prerendered (works without JavaScript)', 'false', -1, false, true]]), () => `tabs: ${show(before)}`);
  await page.focus('#tab-html');
  await page.keyboard.press('ArrowRight');
  const after = await readTabs(page);
  check(after[1].selected === 'true' && after[1].focused && after[1].tabindex === 0 && after[1].panelShown && !after[0].panelShown && after[0].tabindex === -1, () => `after ArrowRight: ${show(after)}`);
  check(new URL(page.url()).hash.includes('view=prerendered'), `the address does not keep the view: ${page.url()}`);

  const view = await readPrerenderedView(page);
  const snippet = view.snippet;
  check(snippet && !view.fallback, () => `no prerendered snippet: ${show(view)}`);
  const version = t.servers.version;
  const [scriptLine] = snippet.split('\n');
  const local = `sha384-${createHash('sha384').update(await readFile(join(CDN_DIR, HYDRATE))).digest('base64')}`;
  check(
    scriptLine === `<script type="module" src="https://cdn.jsdelivr.net/npm/front-office-widgets@${version}/dist/cdn/${HYDRATE}" integrity="${local}" crossorigin="anonymous"></script>`,
    `the script line is not the pinned hydrate file: ${scriptLine}`,
  );
  for (const wanted of ['<style>', '--role-card-accent: #c0392b;', 'role-id="sales"', 'industry="banking"', ' expanded', 'lang="en"', ' prerendered="']) {
    check(snippet.includes(wanted), () => `the prerendered snippet lacks ${wanted}:\n${snippet.slice(0, 600)}`);
  }
  check(/<role-card [^>]*><template [^>]*shadowrootmode="open"/.test(snippet), () => `no declarative shadow root in the snippet:\n${snippet.slice(0, 600)}`);
  // The style-src line lists the hash of each inline <style> of the prerendered shadow roots, as a browser hashes it.
  const shadowStyles = [...snippet.matchAll(/<template [^>]*shadowrootmode="open"><style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  check(shadowStyles.length === 1 && view.styleSrc === shadowStyles.join(' '), () => `style-src shown: ${view.styleSrc}, hashes of the snippet's styles: ${show(shadowStyles)}`);
  check(view.warnings.length === 0, () => `warnings: ${show(view.warnings)}`);

  await page.evaluate(() => document.querySelector('#frame > role-card').updateComplete);
  const live = await readShadow(page, '#frame > role-card');
  check(live.text.length > 100 && show(live.expanded) === show(['true']), () => `the preview: ${show(live)}`);

  // A visitor without JavaScript: the content is there, in the preview's words, styled with the chosen colour.
  const still = await renderSnippet(t, snippet, { javaScript: false });
  const seen = await readShadow(still.page, 'role-card');
  check(seen, 'without JavaScript the snippet has no shadow root: the declarative shadow DOM was not parsed');
  check(seen.text === live.text, () => `text without JavaScript differs.\npreview:  ${live.text}\nsnippet:  ${seen.text}`);
  check(seen.lang === 'en' && seen.heading?.level === 'h3' && seen.heading.visible, () => `without JavaScript: ${show(seen)}`);
  check(show(seen.parts) === show(live.parts), () => `computed colours without JavaScript differ:\npreview ${show(live.parts)}\nsnippet ${show(seen.parts)}`);
  check(seen.parts.some((p) => p.includes('rgb(192, 57, 43)')), () => `the chosen colour shows nowhere without JavaScript: ${show(seen.parts)}`);
  check(still.served.length === 0 && still.errors.length === 0, () => `without JavaScript: script requests ${show(still.served)}, errors ${show(still.errors)}`);
  await still.page.close();

  // With the hydrate file (the snippet's integrity checked against the local bytes): hydrated in place, no error.
  const live2 = await renderSnippet(t, snippet, { init: markBeforeScripts });
  await live2.page.evaluate(() => document.querySelector('role-card').updateComplete);
  const hydrated = await readShadow(live2.page, 'role-card');
  const kept = await live2.page.evaluate(() => {
    const nodes = [...document.querySelector('role-card').shadowRoot.querySelectorAll('*')];
    return { kept: nodes.filter((n) => n.__prerendered).length, nodes: nodes.length };
  });
  check(hydrated.text === live.text, () => `text after hydration differs.\npreview:  ${live.text}\nhydrated: ${hydrated.text}`);
  check(show(hydrated.parts) === show(live.parts), () => `computed colours after hydration differ:\npreview ${show(live.parts)}\nhydrated ${show(hydrated.parts)}`);
  check(hydrated.styleElements === 0 && hydrated.adopted > 0 && kept.nodes > 5 && kept.kept === kept.nodes, () => `not hydrated in place: ${show({ hydrated, kept })}`);
  await live2.page.click('role-card >>> button[aria-expanded]');
  const toggled = await readShadow(live2.page, 'role-card');
  check(show(toggled.expanded) === show(['false']), `the hydrated toggle did not respond: ${toggled.expanded}`);
  check(live2.errors.length === 0, () => `console errors with the hydrate file: ${show(live2.errors)}`);
  await live2.page.close();
  await page.bringToFront();

  // Copy: the prerendered snippet, announced like the plain one.
  await page.click('#copy');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent.trim() !== '', { timeout: 3000 });
  const status = await page.$eval('#copy-status', (p) => p.textContent);
  check(status === 'Copied: the prerendered snippet for <role-card> is on your clipboard.', `copy status: ${status}`);
  check((await page.evaluate(() => navigator.clipboard.readText())) === snippet, 'the clipboard does not hold the prerendered snippet');
  const r = await recorded(page);
  check(r.errors.length === 0 && r.warnings.length === 0, () => `configurator errors ${show(r.errors)} warnings ${show(r.warnings)}`);
});

/** Records the configurator's render requests (their body and abort signal), before its scripts run. */
function recordRenderRequests() {
  const fetch = window.fetch;
  window.__renderRequests = [];
  window.fetch = (input, init) => {
    if (String(input).endsWith('/api/render')) window.__renderRequests.push({ body: init.body, signal: init.signal });
    return fetch(input, init);
  };
}

test('configurator, prerendered view: one request per pause in typing, none for a colour, a stale request aborted', async (t) => {
  const page = await t.open(`${t.servers.partnerOrigin}/demo/configurator.html#element=office-compare&lang=en&view=prerendered`, { init: recordRenderRequests });
  await readPrerenderedView(page);
  const first = requestsTo(t, '/api/render');
  await page.type('#attr-caption', 'Quarterly roles', { delay: 40 });
  const typed = await readPrerenderedView(page);
  check(typed.snippet.includes('caption="Quarterly roles"') && /<caption[^>]*>(<!--[^>]*-->)*Quarterly roles(<!--[^>]*-->)*<\/caption>/.test(typed.snippet), () => `the snippet lacks the typed caption: ${typed.snippet.slice(0, 400)}`);
  const afterTyping = requestsTo(t, '/api/render') - first;
  check(afterTyping === 1, `${afterTyping} requests for 15 keystrokes`);
  // A colour is not part of the element's markup: the snippet's <style> changes, no request.
  await page.evaluate(() => (document.querySelector('#global-properties').open = true));
  await page.type('[data-property="--fow-accent"] input[type=text]', 'teal');
  const coloured = await readPrerenderedView(page);
  check(coloured.snippet.includes('--fow-accent: teal;') && requestsTo(t, '/api/render') - first === 1, () => `after a colour: ${requestsTo(t, '/api/render') - first} requests`);

  // A slow answer, overtaken by a change: the request is aborted and its answer never shown.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/render')) return request.continue();
    setTimeout(() => request.continue().catch(() => {}), 1500);
  });
  const sent = await page.evaluate(() => window.__renderRequests.length);
  await page.select('#attr-highlight', 'back');
  await page.waitForFunction((sent) => window.__renderRequests.length > sent, { timeout: 3000 }, sent);
  await page.select('#attr-highlight', 'front');
  const last = await readPrerenderedView(page);
  const requests = await page.evaluate((sent) => window.__renderRequests.slice(sent).map((r) => ({ html: JSON.parse(r.body).html, aborted: r.signal.aborted })), sent);
  check(
    requests.length === 2 && /highlight="back"/.test(requests[0].html) && requests[0].aborted && /highlight="front"/.test(requests[1].html) && !requests[1].aborted,
    () => `requests: ${show(requests)}`,
  );
  check(/<office-compare [^>]*highlight="front"/.test(last.snippet), () => `the snippet shown: ${last.snippet.slice(0, 400)}`);
});

for (const [label, width, height] of [
  ['phone', 360, 780],
  ['desktop', 1280, 900],
]) {
  test(`configurator (${label}), prerendered view open with a warning: axe finds nothing, no sideways scrolling`, async (t) => {
    // criteria="focus,price": "price" is not a criterion, so the view lists the element's warning.
    const page = await openConfigurator(t, { width, height, hash: '#element=office-compare&lang=vi&attr.criteria=focus%2Cprice&view=prerendered' });
    const view = await readPrerenderedView(page);
    check(view.snippet && view.warnings.length === 1 && /<office-compare>.*price/.test(view.warnings[0]), () => `view: ${show({ ...view, snippet: view.snippet?.slice(0, 200) })}`);
    const violations = await axeViolations(page);
    check(violations.length === 0, () => `axe: ${show(violations)}`);
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    check(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // Home and End, and the arrow wrapping around, as the APG tabs pattern says.
    await page.focus('#tab-prerendered');
    const keys = [];
    for (const key of ['Home', 'End', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      keys.push(`${key}→${await page.evaluate(() => document.activeElement.id + (document.querySelector('#view-html').hidden ? ':prerendered' : ':html'))}`);
    }
    check(keys.join() === 'Home→tab-html:html,End→tab-prerendered:prerendered,ArrowRight→tab-html:html,ArrowLeft→tab-prerendered:prerendered', `keys: ${keys.join()}`);
  });
}

test('configurator served as plain files (no /api/render): the prerendered view says so and shows the render command, which prints the same snippet', async (t) => {
  // An apostrophe in the caption: the command must quote it for the shell.
  const hash = `#element=office-compare&lang=en&attr.highlight=back&attr.caption=${encodeURIComponent("Who's who: front and back office")}&--office-compare-accent=%23006d5b&view=prerendered`;
  const withApi = await readPrerenderedView(await openConfigurator(t, { hash }));
  check(withApi.snippet, 'no prerendered snippet from the server with the endpoint');

  const before = requestsTo(t, '/static-host/api/render');
  const page = await openConfigurator(t, { hash, host: '/static-host' });
  const view = await readPrerenderedView(page);
  check(view.fallback && !view.snippet, () => `no fallback: ${show(view)}`);
  check(/served as plain files/.test(view.fallback) && /npm start/.test(view.fallback) && !/404|not found|error/i.test(view.fallback), `the message: ${view.fallback}`);
  check(view.command.startsWith("npx front-office-widgets render '<script type=\"module\" src=\"") && view.command.includes(HYDRATE) && view.command.includes("Who'\\''s who"), () => `the command: ${view.command}`);
  check(view.copyLabel === 'Copy command', `copy button: ${view.copyLabel}`);
  const violations = await axeViolations(page);
  check(violations.length === 0, () => `axe on the fallback: ${show(violations)}`);

  // The endpoint is asked once; later changes show the command without asking again.
  await page.select('#attr-highlight', 'front');
  const changed = await readPrerenderedView(page);
  check(changed.command.includes('highlight="front"'), () => `the command did not follow the change: ${changed.command}`);
  check(requestsTo(t, '/static-host/api/render') - before === 1, `the missing endpoint was asked ${requestsTo(t, '/static-host/api/render') - before} times`);
  const r = await recorded(page);
  check(r.errors.every((e) => /404/.test(e)) && r.errors.length <= 1 && r.warnings.length === 0, () => `errors ${show(r.errors)} warnings ${show(r.warnings)}`);

  // The command as a partner runs it (a POSIX shell), with this checkout's bin for npx's download.
  const command = view.command.replace(/^npx front-office-widgets /, `node ${JSON.stringify(join(ROOT, 'bin/front-office-widgets.mjs'))} `);
  const { stdout } = await runCommand('/bin/sh', ['-c', command], { maxBuffer: 4 * 1024 * 1024 });
  check(stdout === withApi.snippet, () => `the command prints another snippet.\ncommand: ${stdout.slice(0, 400)}\nview:    ${withApi.snippet.slice(0, 400)}`);
});
