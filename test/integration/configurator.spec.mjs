/**
 * The configurator (demo/configurator.html), as the site serves it: dist/site as plain files, no server
 * code (under /site/ on the partner origin, its cdn/ late as on a first visit). An editor sets controls (an
 * enum, a boolean, a colour, the language, the theme), copies the snippet, and the snippet pasted into a
 * fresh page renders what the preview showed. The snippet's CDN URL is answered with the local build, so
 * the browser checks the snippet's `integrity` against the real bytes.
 * The prerendered view (the default), made in the page by the renderer worker (renderer/worker.js):
 * its snippet works without JavaScript and hydrates, it is the render command's output byte for byte
 * (and the worker's output is the command's for the whole matrix of test/ssr/renderer-matrix.mjs), and
 * where the worker cannot load the view shows that command. The page's own layout shift while it builds.
 * Plus axe on the configurator itself, wide and narrow.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RENDERER_MATRIX, RENDERER_MATRIX_EN } from '../ssr/renderer-matrix.mjs';
import { atOnce, axeViolations, check, recorded, show, test } from './harness.mjs';
import { CDN_DIR, ROOT, siteBuild } from './server.mjs';

/** The configurator's address in the site. */
const configuratorUrl = (t, hash = '') => `${t.servers.partnerOrigin}/site/configurator.html${hash}`;

async function openConfigurator(t, { width = 1280, height = 900, hash = '', init, window } = {}) {
  const page = await t.open(configuratorUrl(t, hash), { width, height, init, window });
  await page.waitForSelector('form[aria-busy="false"]', { timeout: 10000 });
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
  const tag = /^<([a-z]+-[a-z-]+)[\s>]/m.exec(snippet)?.[1];
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
  const scriptLine = snippet.split('\n').find((line) => line.startsWith('<script type="module"')) ?? '';
  const src = /src="([^"]+)"/.exec(scriptLine)?.[1];
  const file = src?.split('/').pop();
  check(src === `https://cdn.jsdelivr.net/npm/front-office-widgets@${version}/dist/cdn/${expectations.file}`, `script src ${src}`);
  check(/ crossorigin="anonymous"/.test(snippet), 'no crossorigin="anonymous" on the script');
  const integrity = /integrity="([^"]+)"/.exec(scriptLine)?.[1];
  const local = `sha384-${createHash('sha384').update(await readFile(join(CDN_DIR, file))).digest('base64')}`;
  check(integrity === local, `the snippet's integrity ${integrity} is not the hash of the local ${file} (${local})`);
  // A per-element file imports the shared chunk: the snippet names its hash in an import map and a modulepreload.
  const chunks = JSON.parse(await readFile(join(CDN_DIR, 'imports.json'), 'utf8'))[file] ?? [];
  for (const chunk of chunks) {
    const hash = `sha384-${createHash('sha384').update(await readFile(join(CDN_DIR, chunk))).digest('base64')}`;
    const url = `https://cdn.jsdelivr.net/npm/front-office-widgets@${version}/dist/cdn/${chunk}`;
    check(snippet.includes(`<link rel="modulepreload" href="${url}" integrity="${hash}" crossorigin="anonymous">`), () => `no modulepreload of ${chunk} with its hash:\n${snippet}`);
    check(snippet.includes(`"${url}":"${hash}"`), () => `no import map integrity for ${chunk}:\n${snippet}`);
  }
  const tagLine = snippet.split('\n').find((line) => /^<[a-z]+-[a-z-]+[\s>]/.test(line));
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
  const page = await openConfigurator(t, { hash: '#view=html' });
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
  const page = await openConfigurator(t, { hash: '#view=html' });
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
    () =>
      !document.querySelector('#view-prerendered').hidden &&
      document.querySelector('#prerender-state').hidden &&
      ((document.querySelector('#prerendered-code').textContent && document.querySelector('#prerender-csp').dataset.ready !== undefined) || !document.querySelector('#prerender-fallback').hidden),
    { timeout: 10000 },
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

/** Marks the prerendered nodes once parsed, before the module scripts run: hydration keeps the marks, a new render would not. */
function markBeforeScripts() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const el of document.querySelectorAll('[prerendered]')) for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) node.__prerendered = true;
  });
}

test('configurator, prerendered view (the default): the snippet shows the preview\'s <role-card> without JavaScript, then hydrates with the hydrate file', async (t) => {
  await t.grantClipboard();
  const page = await openConfigurator(t);
  // The default view, first of the tabs.
  const initial = await readTabs(page);
  check(show(initial.map((tab) => [tab.name, tab.selected, tab.tabindex, tab.panelShown, tab.panelLabelled])) === show([['Prerendered (recommended)', 'true', 0, true, true], ['Plain tag', 'false', -1, false, true]]), () => `tabs: ${show(initial)}`);
  await page.click('input[name="element"][value="role-card"]');
  await page.waitForSelector('#frame > role-card');
  await page.select('#attr-role-id', 'sales');
  await page.select('#attr-industry', 'banking');
  await page.click('#attr-expanded');
  await setColour(page, '--role-card-accent', '#c0392b');
  await page.click('input[name="lang"][value="en"]');

  // APG tabs: one tab stop, arrow keys select (selection follows focus), the panel follows.
  await page.focus('#tab-prerendered');
  await page.keyboard.press('ArrowRight');
  const plain = await readTabs(page);
  check(plain[1].selected === 'true' && plain[1].focused && plain[1].tabindex === 0 && plain[1].panelShown && !plain[0].panelShown && plain[0].tabindex === -1, () => `after ArrowRight: ${show(plain)}`);
  check(new URL(page.url()).hash.includes('view=html'), `the address does not keep the view: ${page.url()}`);
  await page.keyboard.press('ArrowLeft');
  const after = await readTabs(page);
  check(after[0].selected === 'true' && after[0].focused && after[0].panelShown && !after[1].panelShown, () => `after ArrowLeft: ${show(after)}`);
  check(!new URL(page.url()).hash.includes('view='), `the address names the default view: ${page.url()}`);

  const view = await readPrerenderedView(page);
  const snippet = view.snippet;
  check(snippet && !view.fallback, () => `no prerendered snippet: ${show(view)}`);
  const version = t.servers.version;
  const scriptLine = snippet.split('\n').find((line) => line.startsWith('<script'));
  check(snippet.startsWith('<div>\n<style>\n') && snippet.endsWith('\n</div>'), () => `a snippet with colours is not a <div> starting with its <style>:\n${snippet.slice(0, 300)}`);
  const local = `sha384-${createHash('sha384').update(await readFile(join(CDN_DIR, HYDRATE))).digest('base64')}`;
  check(
    scriptLine === `<script type="module" src="https://cdn.jsdelivr.net/npm/front-office-widgets@${version}/dist/cdn/${HYDRATE}" integrity="${local}" crossorigin="anonymous"></script>`,
    `the script line is not the pinned hydrate file: ${scriptLine}`,
  );
  for (const wanted of ['<style>', '--role-card-accent: #c0392b;', 'role-id="sales"', 'industry="banking"', ' expanded', 'lang="en"', ' prerendered="']) {
    check(snippet.includes(wanted), () => `the prerendered snippet lacks ${wanted}:\n${snippet.slice(0, 600)}`);
  }
  check(/<role-card [^>]*><template [^>]*shadowrootmode="open"/.test(snippet), () => `no declarative shadow root in the snippet:\n${snippet.slice(0, 600)}`);
  // The style-src line lists the hash of each inline <style>, as a browser hashes it: the prerendered shadow
  // root's, then the snippet's own (the colours).
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const shadowStyles = [...snippet.matchAll(/<template [^>]*shadowrootmode="open"><style>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
  const ownStyle = /^<style>(\n[\s\S]*?)<\/style>$/m.exec(snippet)?.[1];
  check(shadowStyles.length === 1 && ownStyle && view.styleSrc === [...shadowStyles, sha(ownStyle)].join(' '), () => `style-src shown: ${view.styleSrc}, hashes of the snippet's styles: ${show([...shadowStyles, ownStyle && sha(ownStyle)])}`);
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

/**
 * Records what the configurator asks its renderer worker (before its scripts run), and lets a test hold the
 * worker's answers back (`window.__holdAnswers = ms`), as a slow renderer on a slow phone would.
 */
function recordRenders() {
  window.__renders = [];
  // When each keystroke arrived: a loaded machine may stall between two keys longer than the configurator's pause.
  window.__keystrokes = [];
  addEventListener('input', (event) => window.__keystrokes.push(event.timeStamp), true);
  window.__holdAnswers = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (typeof message?.html === 'string') window.__renders.push(message.html);
    return post.call(this, message, ...rest);
  };
  const listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, listener, ...rest) {
    if (type !== 'message') return listen.call(this, type, listener, ...rest);
    return listen.call(this, type, (event) => (window.__holdAnswers ? setTimeout(() => listener.call(this, event), window.__holdAnswers) : listener.call(this, event)), ...rest);
  };
}

test('configurator, prerendered view: one render per pause in typing, none for a colour, a late answer for stale markup never shown', async (t) => {
  const page = await openConfigurator(t, { hash: '#element=office-compare&lang=en', init: recordRenders });
  await readPrerenderedView(page);
  const renders = () => page.evaluate(() => window.__renders.length);
  const first = await renders();
  check(first === 1, `${first} renders for the first view`);
  await page.evaluate(() => (window.__keystrokes.length = 0));
  await page.type('#attr-caption', 'Quarterly roles', { delay: 40 });
  const typed = await readPrerenderedView(page);
  check(typed.snippet.includes('caption="Quarterly roles"') && /<caption[^>]*>(<!--[^>]*-->)*Quarterly roles(<!--[^>]*-->)*<\/caption>/.test(typed.snippet), () => `the snippet lacks the typed caption: ${typed.snippet.slice(0, 400)}`);
  const afterTyping = (await renders()) - first;
  // One render per pause: keys 40 ms apart are one pause, unless the machine stalled between two of them for longer than
  // the configurator waits (300 ms, demo/configurator.js), which may add one render per stall, never more.
  const stalls = await page.evaluate(() => window.__keystrokes.slice(1).filter((at, i) => at - window.__keystrokes[i] >= 300).length);
  check(afterTyping >= 1 && afterTyping <= 1 + stalls, `${afterTyping} renders for 15 keystrokes with ${stalls} stalls of 300 ms or more between them`);
  // A colour is not part of the element's markup: the snippet's <style> changes, no render.
  await page.evaluate(() => (document.querySelector('#global-properties').open = true));
  await page.type('[data-property="--fow-accent"] input[type=text]', 'teal');
  const coloured = await readPrerenderedView(page);
  const afterColour = (await renders()) - first;
  check(coloured.snippet.includes('--fow-accent: teal;') && afterColour === 1, `after a colour: ${afterColour} renders`);

  // A slow answer, overtaken by a change: the answer for the old markup is not shown, the new one is.
  await page.evaluate(() => (window.__holdAnswers = 1200));
  const sent = await renders();
  await page.select('#attr-highlight', 'back');
  await page.waitForFunction((sent) => window.__renders.length > sent, { timeout: 3000 }, sent);
  await page.evaluate(() => (window.__holdAnswers = 0));
  await page.select('#attr-highlight', 'front');
  const last = await readPrerenderedView(page);
  check(/<office-compare [^>]*highlight="front"/.test(last.snippet), () => `the snippet shown: ${last.snippet.slice(0, 400)}`);
  // Once the held answer has come too, the view still shows the current markup.
  await new Promise((r) => setTimeout(r, 1500));
  const settled = await readPrerenderedView(page);
  const asked = await page.evaluate((sent) => window.__renders.slice(sent), sent);
  check(asked.length === 2 && /highlight="back"/.test(asked[0]) && /highlight="front"/.test(asked[1]), () => `renders: ${show(asked)}`);
  check(/<office-compare [^>]*highlight="front"/.test(settled.snippet), () => `a stale answer replaced the snippet: ${settled.snippet.slice(0, 400)}`);
}, { timeout: 40000 });

test('configurator: the renderer loads only for the prerendered view, and the page itself does not shift while it builds (CLS < 0.1)', async (t) => {
  const worker = () => t.servers.partnerLog.filter((p) => p === '/site/renderer/worker.js').length;
  const figures = [];
  for (const [label, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ]) {
    const before = worker();
    const page = await openConfigurator(t, { width, height, hash: '#element=role-card&view=html' });
    // The page as it loads: until a second after it has shown its controls.
    await new Promise((r) => setTimeout(r, 1000));
    const r = await recorded(page);
    const value = r.shifts.reduce((sum, s) => sum + s.value, 0);
    check(value < 0.1, () => `${label}: the configurator's CLS is ${value.toFixed(3)} by ${r.shiftsMeasuredBy}: ${show(r.shifts)}`);
    check(r.errors.length === 0, () => `${label}: errors ${show(r.errors)}`);
    figures.push(`${label} ${value.toFixed(3)}`);
    check(worker() === before, `${label}: the renderer was loaded for the plain view`);
    await page.click('#tab-prerendered');
    const view = await readPrerenderedView(page);
    check(view.snippet && worker() === before + 1, () => `${label}: prerendered view ${show({ ...view, snippet: view.snippet?.slice(0, 100) })}, renderer loads ${worker() - before}`);
    await page.close();
  }
  return `configurator CLS by ${t.engine === 'chromium' ? 'layout-shift entries' : 'frame comparison'}: ${figures.join(', ')}`;
}, { timeout: 40000 });

test('configurator: its renderer worker gives what the render command\'s API gives, for every input of the matrix', async (t) => {
  const api = await import(new URL('dist/ssr/render.js', `file://${ROOT}`).href);
  const cases = [...RENDERER_MATRIX.map((html) => ({ html })), ...RENDERER_MATRIX_EN.map((html) => ({ html, lang: 'en' }))];
  // The one thing the engines word differently: JSON.parse's own message, which the invalid-JSON warning quotes
  // (as the element does in that browser's console). Everything else must be the same to the byte.
  const sameWords = (result) => ({ ...result, warnings: result.warnings.map((w) => w.replace(/is not valid JSON \(.*\); keeping/, 'is not valid JSON (…); keeping')) });
  const expected = [];
  for (const { html, lang } of cases) expected.push(sameWords(await api.prerender(html, lang ? { lang } : {})));
  // Any page of the site: the worker is what the configurator starts, from the site's renderer/.
  const page = await t.open(`${t.servers.partnerOrigin}/site/changelog.html`);
  const actual = await page.evaluate(async (cases) => {
    const worker = new Worker('./renderer/worker.js', { type: 'module' });
    const failed = new Promise((_, reject) => worker.addEventListener('error', () => reject(new Error('the worker did not load'))));
    const ask = (message) =>
      Promise.race([
        failed,
        new Promise((resolve) => {
          const answer = ({ data }) => data.id === message.id && (worker.removeEventListener('message', answer), resolve(data));
          worker.addEventListener('message', answer);
          worker.postMessage(message);
        }),
      ]);
    const out = [];
    for (const [i, { html, lang }] of cases.entries()) out.push(await ask({ id: i + 1, html, ...(lang ? { lang } : {}) }));
    worker.terminate();
    return out;
  }, cases);
  let elements = 0;
  for (const [i, answer] of actual.entries()) {
    check(answer.error === undefined, () => `${show(cases[i])}: the worker failed: ${answer.error}`);
    answer.result = sameWords(answer.result);
    check(JSON.stringify(answer.result) === JSON.stringify(expected[i]), () => {
      const a = answer.result.html;
      const b = expected[i].html;
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      return `${show(cases[i])}: the worker's output differs from the command's at ${at}:\nworker:  ${JSON.stringify(a.slice(Math.max(0, at - 60), at + 60))}\ncommand: ${JSON.stringify(b.slice(Math.max(0, at - 60), at + 60))}\n(warnings ${show(answer.result.warnings)} vs ${show(expected[i].warnings)})`;
    });
    elements += expected[i].elements;
  }
  check(elements >= 50, `the matrix rendered only ${elements} elements`);
  const r = await recorded(page);
  check(r.errors.length === 0, () => `errors ${show(r.errors)}`);
  return `${cases.length} inputs, ${elements} elements: identical`;
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
    check(keys.join() === 'Home→tab-prerendered:prerendered,End→tab-html:html,ArrowRight→tab-prerendered:prerendered,ArrowLeft→tab-html:html', `keys: ${keys.join()}`);
  });
}

test('configurator: the prerendered snippet is the render command\'s output; where the renderer cannot load, the view shows that command', async (t) => {
  // An apostrophe in the caption: the command must quote it for the shell.
  const hash = `#element=office-compare&lang=en&attr.highlight=back&attr.caption=${encodeURIComponent("Who's who: front and back office")}&--office-compare-accent=%23006d5b`;
  const rendered = await readPrerenderedView(await openConfigurator(t, { hash }));
  check(rendered.snippet && !rendered.fallback, () => `no prerendered snippet: ${show(rendered)}`);

  // A site without renderer/ (or a browser that cannot start it): the command instead.
  const page = await t.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().includes('/renderer/') ? request.respond({ status: 404, contentType: 'text/plain', body: 'not found' }) : request.continue()));
  await page.goto(configuratorUrl(t, hash), { waitUntil: 'load' });
  await page.waitForSelector('form[aria-busy="false"]', { timeout: 10000 });
  const view = await readPrerenderedView(page);
  check(view.fallback && !view.snippet, () => `no fallback: ${show(view)}`);
  check(/did not load/.test(view.fallback) && /render command/.test(view.fallback), `the message: ${view.fallback}`);
  check(view.command.startsWith("npx front-office-widgets render '<div>\n<style>\n") && view.command.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/front-office-widgets@${t.servers.version}/dist/cdn/${HYDRATE}"`) && view.command.includes("Who'\\''s who"), () => `the command: ${view.command}`);
  check(view.copyLabel === 'Copy command', `copy button: ${view.copyLabel}`);
  const violations = await axeViolations(page);
  check(violations.length === 0, () => `axe on the fallback: ${show(violations)}`);
  // Later changes show the command at once.
  await page.select('#attr-highlight', 'front');
  const changed = await readPrerenderedView(page);
  check(changed.command.includes('highlight="front"'), () => `the command did not follow the change: ${changed.command}`);

  // The command as a partner runs it (a POSIX shell), with this checkout's bin for npx's download: the same snippet.
  const command = view.command.replace(/^npx front-office-widgets /, `node ${JSON.stringify(join(ROOT, 'bin/front-office-widgets.mjs'))} `);
  const { stdout } = await runCommand('/bin/sh', ['-c', command], { maxBuffer: 4 * 1024 * 1024 });
  check(stdout === rendered.snippet, () => `the command prints another snippet.\ncommand: ${stdout.slice(0, 400)}\nview:    ${rendered.snippet.slice(0, 400)}`);
}, { timeout: 40000 });

// ---- Valid HTML ------------------------------------------------------------------------------------

/** The W3C Nu validator's errors and warnings for `files` (npm vnu-jar, on Java), as `{ file, line, message }`. */
async function validate(files) {
  let stderr;
  try {
    ({ stderr } = await runCommand('java', ['-jar', String(createRequire(import.meta.url)('vnu-jar')), '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    // vnu exits 1 when it found errors: its report is on standard error all the same.
    if (error.code === 'ENOENT') throw new Error('java: not found (npm test installs it: scripts/install-engines.mjs)');
    ({ stderr } = error);
  }
  return JSON.parse(stderr || '{"messages":[]}')
    .messages.filter((m) => m.type === 'error' || m.subType === 'warning')
    .map((m) => ({ file: m.url.split('/').pop(), line: m.lastLine, message: m.message }));
}

/** A partner's article page holding `body`. */
const articlePage = (body) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Bài viết</title></head>
<body>
<main>
<h1>Front office là gì?</h1>
<p>Đoạn mở đầu.</p>
${body}
<p>Đoạn sau.</p>
</main>
</body>
</html>
`;

test(
  "configurator: every snippet it offers, and the README's first example, is valid HTML on a partner's page (W3C Nu validator), adding nothing to the renderer's own markup; the page itself too",
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'fow-snippets-'));
    try {
      const snippets = [];
      const alone = [];
      const offered = ['office-compare', 'role-card', 'contact-float'].flatMap((tag) =>
        [['prerendered', 'all'], ['html', 'element'], ['html', 'all']].map(([view, script]) => ({ tag, view, script })),
      );
      // The configurator pages only read: a few at once, each in a window of its own (the files are listed in order).
      const texts = await atOnce(offered, async ({ tag, view, script }) => {
        // With a colour, so that the snippets carry their <style>.
        const page = await openConfigurator(t, { hash: `#element=${tag}&--fow-accent=%23006d5b${view === 'html' ? '&view=html' : ''}${script === 'all' && view === 'html' ? '&script=all' : ''}`, window: true });
        const text = view === 'html' ? await readSnippet(page) : (await readPrerenderedView(page)).snippet;
        await page.close();
        return text;
      });
      for (const [i, { tag, view, script }] of offered.entries()) {
        const text = texts[i];
        check(text?.startsWith('<div>\n<style>'), () => `<${tag}> ${view}: the snippet is not a <div> starting with its <style>:\n${text?.slice(0, 200)}`);
        const file = join(dir, `${tag}-${view}-${script}.html`);
        await writeFile(file, articlePage(text));
        snippets.push(file);
        // The rendered element alone: its validity is the renderer's (and its tests') to answer for.
        if (view === 'prerendered') {
          const element = join(dir, `${tag}-alone.html`);
          await writeFile(element, articlePage(text.slice(text.indexOf(`\n<${tag} `) + 1, text.lastIndexOf('\n</div>'))));
          alone.push(element);
        }
      }
      // And the README's first example (test/integration/layout-shift.spec.mjs pastes it too).
      const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
      const example = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
      check(example, 'README.md has no html example');
      snippets.push(join(dir, 'readme-first-example.html'));
      // Its placeholder for the hash filled in, as the partner does from sri.json.
      const sri = JSON.parse(await readFile(join(CDN_DIR, 'sri.json'), 'utf8'));
      await writeFile(snippets.at(-1), articlePage(example.replace(/src="([^"]+)"([^>]*?)integrity="sha384-…[^"]*"/g, (_, src, between) => `src="${src}"${between}integrity="${sri[src.split('/').pop()]}"`)));
      const { dir: site } = await siteBuild();
      const messages = await validate([...alone, ...snippets, join(site, 'configurator.html')]);
      const own = new Set(messages.filter((m) => m.file.endsWith('-alone.html')).map((m) => m.message));
      const added = messages.filter((m) => !m.file.endsWith('-alone.html') && !own.has(m.message));
      check(added.length === 0, () => `vnu: ${added.map((m) => `${m.file}:${m.line}: ${m.message}`).join('\n')}`);
      return `${snippets.length} snippets and configurator.html: no validator message of their own${own.size ? `; the renderer's markup has ${own.size} kinds (its own)` : ''}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { skip: { firefox: 'engine-independent (the validator reads the snippets, the same in every engine); run in Chromium' }, timeout: 150000 },
);

// ---- Content Security Policy -------------------------------------------------------------------------

test("configurator: the prerendered snippet under a strict CSP plus the style-src sources it lists: styled, the chosen colour applied, hydrated, no violation", async (t) => {
  const page = await openConfigurator(t, { hash: '#element=role-card&attr.role-id=sales&lang=en&--role-card-accent=%23c0392b' });
  const view = await readPrerenderedView(page);
  await page.close();
  const sources = view.styleSrc.split(' ');
  check(sources.length === 2 && sources.every((s) => /^'sha256-[\w+/=]+'$/.test(s)), `style-src sources: ${view.styleSrc}`);
  const snippet = view.snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/front-office-widgets@[^/]+\/dist\/cdn\//, `${t.cdn}/`);
  const html = (body) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title></head><body><main><p>Trước</p>\n${body}\n<p>Sau</p></main></body></html>`;
  const policy = (styles) => `script-src ${t.servers.cdnOrigin}; style-src 'self' ${styles.join(' ')}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

  const strict = await t.open(t.page(html(snippet), { 'content-security-policy': policy(sources) }), { init: markBeforeScripts });
  await strict.waitForFunction(() => customElements.get('role-card') && document.querySelector('role-card').hasUpdated, { timeout: 8000 });
  const seen = await readShadow(strict, 'role-card');
  const kept = await strict.evaluate(() => [...document.querySelector('role-card').shadowRoot.querySelectorAll('*')].every((n) => n.__prerendered));
  const r = await recorded(strict);
  check(r.violations.length === 0 && r.errors.length === 0, () => `violations ${show(r.violations)} errors ${show(r.errors)}`);
  check(seen.parts.some((p) => p.includes('rgb(192, 57, 43)')) && seen.adopted > 0 && kept, () => `not styled with the colour, or not hydrated in place: ${show({ seen, kept })}`);

  // The control: without the snippet's own hash its <style> is refused, so the line must list it.
  const without = await t.open(t.page(html(snippet), { 'content-security-policy': policy(sources.slice(0, 1)) }));
  await without.waitForFunction(() => customElements.get('role-card') && document.querySelector('role-card').hasUpdated, { timeout: 8000 });
  const refused = await recorded(without);
  check(refused.violations.some((v) => v.directive === 'style-src-elem' || v.directive === 'style-src'), () => `no violation without the colour's hash: ${show(refused.violations)}`);
  const plain = await readShadow(without, 'role-card');
  check(!plain.parts.some((p) => p.includes('rgb(192, 57, 43)')), 'the colour applied although its <style> was refused');
}, { timeout: 40000 });
