/**
 * Prerendered pages (issue 10): the output of the render API (dist/ssr/render.js) in a partner
 * page, first as a visitor without JavaScript sees it, then with the hydrate file, then with the
 * default file, under the README's CSP with the style hashes the API reports.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { axeViolations, check, recorded, show, TAGS, test, whenRendered } from './harness.mjs';
import { checkRendered, exercise } from './elements.mjs';
import { checkClean } from './csp.spec.mjs';
import { ROOT } from './server.mjs';
import { moduleScript, partnerPage } from './pages.mjs';

const HYDRATE = 'front-office-widgets.hydrate.js';

// The elements of the other specs' article (pages.mjs) in an outline axe accepts (h1, h2, then the
// cards' h3), with a data override in a child JSON script, which the server and the browser must both apply.
const BODY = `
  <article class="entry">
    <h1 class="entry-title">Front office là gì?</h1>
    <p>Front office là bộ phận trực tiếp tiếp xúc với khách hàng.</p>
    <office-compare id="compare" highlight="front"></office-compare>
    <h2>Các vị trí thường gặp trong front office</h2>
    <div class="cards">
      <role-card id="receptionist" role-id="receptionist"></role-card>
      <role-card id="sales" role-id="sales" industry="banking" lang="en" theme="dark"></role-card>
    </div>
    <role-card id="override" role-id="customer-relations"><script type="application/json">{ "title": "Chăm sóc khách hàng (đối tác)" }</script></role-card>
    <p>Đoạn văn sau các thành phần.</p>
  </article>
  <contact-float id="contact"></contact-float>`;

let prerendered;
/** BODY through the render API, once per run; loaded lazily so the other specs run without dist/ssr. */
async function prerender() {
  if (!prerendered) {
    const api = await import(pathToFileURL(join(ROOT, 'dist/ssr/render.js')).href);
    prerendered = await api.prerender(BODY);
  }
  return prerendered;
}

/** The README's policy with the prerendered styles' hashes in style-src (`hashes: false` leaves them out). */
async function csp(cdnOrigin, { hashes = true } = {}) {
  const { styleSrc } = await prerender();
  return `script-src ${cdnOrigin}; style-src 'self'${hashes ? ` ${styleSrc.join(' ')}` : ''}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
}

async function prerenderedPage(t, { script, styles, hashes } = {}) {
  const { html } = await prerender();
  return t.page(partnerPage({ head: script ? moduleScript(script) : '', body: html, styles }), {
    'content-security-policy': await csp(t.servers.cdnOrigin, { hashes }),
  });
}

/** What a visitor meets in each prerendered element, read in the page (whether or not scripts run there). */
function readStatic(page) {
  return page.evaluate(() => {
    const visible = (node) => Boolean(node && node.getClientRects().length && getComputedStyle(node).visibility !== 'hidden');
    return [...document.querySelectorAll('office-compare, role-card, contact-float')].map((el) => {
      const root = el.shadowRoot;
      const table = root && [...root.querySelectorAll('table')].find(visible);
      const heading = root?.querySelector('h2,h3,h4,h5,h6');
      return {
        tag: el.localName,
        id: el.id,
        defined: Boolean(customElements.get(el.localName)),
        prerendered: el.hasAttribute('prerendered'),
        shadow: Boolean(root),
        wrappers: root ? root.querySelectorAll('.fow').length : 0,
        lang: root?.querySelector('.fow')?.getAttribute('lang') ?? null,
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        table: table ? { caption: table.caption?.textContent.trim(), cols: table.querySelectorAll('th[scope=col]').length, rows: table.querySelectorAll('th[scope=row]').length } : null,
        stacked: root ? [...root.querySelectorAll('dl')].filter(visible).length : 0,
        heading: heading ? { level: heading.localName, text: heading.textContent.trim(), button: Boolean(heading.querySelector('button[aria-expanded]')) } : null,
        links: root ? [...root.querySelectorAll('a[href]')].filter(visible).map((a) => a.getAttribute('href')) : [],
        visibleButtons: root ? [...root.querySelectorAll('button')].filter(visible).map((b) => b.textContent.trim()) : [],
        // Proof that the prerendered <style> applied: the card's accent bar, the contact dock's position.
        styled: root
          ? el.localName === 'role-card'
            ? getComputedStyle(root.querySelector('.fow')).borderTopWidth === '4px'
            : el.localName === 'contact-float'
              ? getComputedStyle(root.querySelector('.dock')).position === 'fixed'
              : // The container query shows one layout and hides the other.
                [root.querySelector('table'), root.querySelector('figure')].some((n) => getComputedStyle(n).display === 'none')
          : false,
      };
    });
  });
}

const errorsOf = (page) => page.log.console.filter((m) => m.type === 'error').map((m) => m.text).concat(page.log.errors);

/**
 * What a visitor without script does with the prerendered card `id`: a real mouse click on its title, then Enter
 * and Space on it (its native disclosure: src/ssr/render.ts). Checks after each that the duties show or hide.
 */
async function useCardWithoutScript(page, id) {
  const read = () =>
    page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const summary = root.querySelector('summary');
      const details = root.querySelector('.details');
      const box = summary.getBoundingClientRect();
      return {
        defined: Boolean(customElements.get('role-card')),
        open: summary.parentElement.open,
        shown: details.getClientRects().length > 0 && getComputedStyle(details).visibility !== 'hidden',
        duty: details.querySelector('li')?.textContent.trim(),
        title: summary.getClientRects().length > 0 ? { level: summary.closest('[role=heading]')?.getAttribute('aria-level'), text: summary.textContent.trim() } : null,
        at: [box.x + 24, box.y + box.height / 2],
      };
    }, id);
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('summary').scrollIntoView({ block: 'center' }), id);
  const before = await read();
  check(!before.defined && before.title?.level === '3' && before.title.text && !before.open && !before.shown, () => `#${id} before: ${show(before)}`);
  await page.mouse.click(...before.at);
  const clicked = await read();
  check(clicked.open && clicked.shown && clicked.duty, () => `#${id} after a click on its title: ${show(clicked)}`);
  // Not every engine focuses what a click activates: a keyboard visitor tabs to it.
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('summary').focus(), id);
  for (const [key, open] of [
    ['Enter', false],
    [' ', true],
    [' ', false],
    ['Enter', true],
  ]) {
    await page.keyboard.press(key);
    const state = await read();
    check(state.open === open && state.shown === open, () => `#${id} after ${key === ' ' ? 'Space' : key}: ${show(state)}`);
  }
  return `#${id} opened by click, Enter and Space (${clicked.duty})`;
}

/** The contact links with no script: visible, on top at their centre (a click reaches them), and real links. */
async function contactLinksWithoutScript(page) {
  const links = await page.evaluate(() => {
    const root = document.querySelector('contact-float').shadowRoot;
    return [...root.querySelectorAll('a[href]')]
      .filter((a) => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden')
      .map((a) => {
        const { x, y, width, height } = a.getBoundingClientRect();
        const hit = root.elementFromPoint(x + width / 2, y + height / 2);
        return { href: a.getAttribute('href'), onTop: Boolean(hit && a.contains(hit)), size: [Math.round(width), Math.round(height)] };
      });
  });
  check(links.map((l) => l.href).join() === 'https://zalo.me/0903966729,tel:+84903966729', () => `contact links: ${show(links)}`);
  check(links.every((l) => l.onTop && l.size[1] >= 24), () => `contact links not reachable: ${show(links)}`);
  return links.map((l) => l.href).join(', ');
}

for (const [label, viewport, layout] of [
  ['desktop', { width: 1280, height: 900 }, 'table'],
  ['phone', { width: 390, height: 844 }, 'stacked'],
]) {
  test(`prerendered, JavaScript off (${label}): content readable and styled, ${layout} semantics, no CSP violation`, async (t) => {
    // cls.css: a fluid article, so the comparison is as wide as a phone.
    const page = await t.open(await prerenderedPage(t, { styles: ['/static/cls.css'] }), { ...viewport, javaScript: false });
    const elements = await readStatic(page);
    check(elements.length === 5, `expected 5 elements, found ${elements.length}`);
    for (const el of elements) {
      const name = `<${el.tag} id=${el.id}>`;
      check(!el.defined, `${name} is defined: JavaScript ran`);
      check(el.prerendered && el.shadow && el.wrappers === 1, () => `${name}: ${show(el)}`);
      check(el.styled, `${name}: its prerendered styles did not apply`);
      check(el.text.length > 20, `${name} shows no text`);
    }
    const [compare, receptionist, sales, contact, override] = ['compare', 'receptionist', 'sales', 'contact', 'override'].map((id) => elements.find((e) => e.id === id));
    if (layout === 'table') {
      check(compare.table?.caption && compare.table.cols === 3 && compare.table.rows === 4 && compare.stacked === 0, () => `office-compare: ${show(compare)}`);
    } else {
      check(!compare.table && compare.stacked === 4, () => `office-compare at 390 px: ${show(compare)}`);
    }
    check(compare.lang === 'vi' && sales.lang === 'en', `lang: compare ${compare.lang}, sales ${sales.lang}`);
    check(receptionist.heading?.level === 'h3' && receptionist.heading.button && /Lễ tân/i.test(receptionist.heading.text), () => `role-card heading: ${show(receptionist.heading)}`);
    check(override.heading?.text === 'Chăm sóc khách hàng (đối tác)', `the JSON override was not applied: ${show(override.heading)}`);
    // Without script the menu cannot open: its links show instead of the toggle, and no copy button.
    check(contact.links.join() === 'https://zalo.me/0903966729,tel:+84903966729', () => `contact-float links: ${show(contact.links)}`);
    check(contact.visibleButtons.length === 0, () => `contact-float shows buttons that need a script: ${show(contact.visibleButtons)}`);
    const errors = errorsOf(page);
    check(errors.length === 0, () => `console errors (CSP reports included): ${show(errors)}`);
    const used = await useCardWithoutScript(page, 'receptionist');
    return `${used}; contact links: ${await contactLinksWithoutScript(page)}`;
  });
}

test('prerendered, the CDN unreachable (scripts run, the elements are never defined): the card opens by click, Enter and Space; the contact links work', async (t) => {
  const page = await t.open(await prerenderedPage(t, { script: `${t.servers.cdnOrigin}/cdn/missing.js` }));
  const used = await useCardWithoutScript(page, 'sales');
  return `${used}; contact links: ${await contactLinksWithoutScript(page)}`;
});

test('prerendered, JavaScript off, CSP without the style hashes: the styles are blocked (why the README lists them)', async (t) => {
  const page = await t.open(await prerenderedPage(t, { hashes: false }), { javaScript: false });
  const elements = await readStatic(page);
  check(elements.every((el) => !el.styled), () => `styled although style-src has no hash: ${show(elements.map((e) => [e.tag, e.styled]))}`);
  const errors = errorsOf(page);
  check(errors.some((e) => /style-src/.test(e)), () => `expected inline-style CSP reports, got ${show(errors)}`);
});

test('prerendered, as static HTML: axe finds nothing in the elements (phone and desktop)', async (t) => {
  const { html } = await prerender();
  const report = [];
  for (const width of [1280, 390]) {
    // No CSP (axe is injected into the page); no script of ours: the page is what a visitor without JavaScript gets.
    const page = await t.open(t.page(partnerPage({ body: html })), { width, height: 900 });
    const violations = await axeViolations(page, TAGS);
    check(violations.length === 0, () => `axe at ${width} px: ${show(violations)}`);
    report.push(`${width} px: 0 violations`);
  }
  return report.join('; ');
});

/**
 * Marks every prerendered node once the page is parsed, before any script of the page runs
 * (module scripts run after readyState "interactive"): hydration keeps the marks, a new render would not.
 */
function markBeforeScripts() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    // What the visitor sees before the script: read once the page's stylesheets have loaded.
    const read = () => {
      if ([...document.querySelectorAll('link[rel=stylesheet]')].some((link) => !link.sheet)) return requestAnimationFrame(read);
      const visibility = (selector) => {
        const el = document.querySelector(selector);
        return el && getComputedStyle(el).visibility;
      };
      window.__early = { defined: Boolean(customElements.get('role-card')), article: visibility('article'), contact: visibility('contact-float') };
    };
    read();
    for (const el of document.querySelectorAll('office-compare, role-card, contact-float')) {
      for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) node.__prerendered = true;
    }
  });
}

function hydrationReport(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('office-compare, role-card, contact-float')].map((el) => {
      const nodes = [...el.shadowRoot.querySelectorAll('*')];
      return {
        tag: el.localName,
        id: el.id,
        wrappers: el.shadowRoot.querySelectorAll('.fow').length,
        kept: nodes.filter((n) => n.__prerendered).length,
        nodes: nodes.length,
        styleElements: el.shadowRoot.querySelectorAll('style').length,
        adopted: el.shadowRoot.adoptedStyleSheets.length,
      };
    }),
  );
}

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
]) {
  test(`prerendered + ${HYDRATE} (${label}): hydrated in place, interactive, CLS 0, no error, warning or violation`, async (t) => {
    const url = await prerenderedPage(t, { script: `${t.cdn}/${HYDRATE}?delay=400` });
    const page = await t.open(url, { ...viewport, init: markBeforeScripts });
    await whenRendered(page);
    await checkRendered(page, { expectedLang: { compare: 'vi', sales: 'en' } });
    const report = await hydrationReport(page);
    for (const el of report) {
      const name = `<${el.tag} id=${el.id}>`;
      check(el.wrappers === 1, `${name} has ${el.wrappers} .fow wrappers: content duplicated or lost`);
      // Styled by constructable stylesheets after hydration, like a client render, whatever style-src says.
      check(el.styleElements === 0 && el.adopted > 0, () => `${name} styles: ${show(el)}`);
      // office-compare and role-card are hydrated (every prerendered node kept); contact-float is rendered anew.
      if (el.tag !== 'contact-float') check(el.kept === el.nodes && el.nodes > 5, () => `${name} was re-rendered, not hydrated: ${show(el)}`);
    }
    const override = await page.evaluate(() => document.querySelector('#override').shadowRoot.querySelector('h3').textContent.trim());
    check(override === 'Chăm sóc khách hàng (đối tác)', `after hydration the override title is "${override}"`);
    const done = await exercise(page);
    await new Promise((r) => setTimeout(r, 200));
    const r = await recorded(page);
    checkClean(r);
    check(r.policies.join() === 'lit-html', `Trusted Types policies: ${show(r.policies)}`);
    const cls = r.shifts.reduce((sum, s) => sum + s.value, 0);
    check(cls === 0, () => `CLS ${cls}: ${show(r.shifts)}`);
    return `${done.join('; ')}; CLS 0; nodes kept by hydration: ${report.map((e) => `${e.tag} ${e.kept}/${e.nodes}`).join(', ')}`;
  });
}

test(`prerendered with no lang in the snippet, on an English page + ${HYDRATE}: stays in the prerendered language`, async (t) => {
  const api = await import(pathToFileURL(join(ROOT, 'dist/ssr/render.js')).href);
  // The command writes lang="vi" on the card, so the browser does not follow <html lang="en"> and
  // render other words than the prerendered ones.
  const html = await api.renderWidgets('<role-card id="card" role-id="sales"></role-card>');
  const url = t.page(partnerPage({ lang: 'en', head: moduleScript(`${t.cdn}/${HYDRATE}`), body: html }), { 'content-security-policy': await csp(t.servers.cdnOrigin) });
  const page = await t.open(url, { init: markBeforeScripts });
  await whenRendered(page, ['role-card']);
  const read = () =>
    page.evaluate(() => {
      const card = document.querySelector('role-card');
      const root = card.shadowRoot;
      return {
        lang: root.querySelector('.fow').getAttribute('lang'),
        title: root.querySelector('button').textContent.trim(),
        kept: [...root.querySelectorAll('*')].every((n) => n.__prerendered),
        // Hydration trusts the DOM to be what the element renders: its state must say the same.
        locale: card.locale,
        dataTitle: card.data.title,
      };
    });
  const hydrated = await read();
  check(hydrated.lang === 'vi' && hydrated.title === 'Bộ phận kinh doanh' && hydrated.kept, () => `after hydration: ${show(hydrated)}`);
  check(hydrated.locale === 'vi' && hydrated.dataTitle === hydrated.title, () => `the element renders ${hydrated.locale} over prerendered vi: ${show(hydrated)}`);
  checkClean(await recorded(page));
});

test(`prerendered markup whose templates do not match this version's (its fingerprint does) + ${HYDRATE}: drawn anew, once, with one warning`, async (t) => {
  const api = await import(pathToFileURL(join(ROOT, 'dist/ssr/render.js')).href);
  const html = await api.renderWidgets('<role-card id="card" role-id="sales"></role-card>');
  // Templates that are not this version's under a fingerprint that is (hand-edited markup): the digest of the
  // card's outer template differs. Another version changes the fingerprint (it holds VERSION) and is drawn anew silently, like the edits of the next test.
  const other = html.replace(/(<template shadowroot[^>]*><style>[\s\S]*?<\/style><!--lit-part )[^-]+-->/, '$1AAAAAAAAAAA=-->');
  check(other !== html, 'the test did not alter the prerendered markup');
  const url = t.page(partnerPage({ head: moduleScript(`${t.cdn}/${HYDRATE}`), body: other }), { 'content-security-policy': await csp(t.servers.cdnOrigin) });
  const page = await t.open(url);
  await whenRendered(page, ['role-card']);
  const report = await hydrationReport(page);
  check(report[0].wrappers === 1 && report[0].styleElements === 0 && report[0].adopted > 0, () => `after the mismatch: ${show(report)}`);
  await exercise(page);
  const r = await recorded(page);
  check(r.errors.length === 0 && r.violations.length === 0, () => `errors: ${show(r.errors)}, violations: ${show(r.violations)}`);
  check(r.warnings.length === 1 && /<role-card> its prerendered markup does not match version/.test(r.warnings[0]), () => `warnings: ${show(r.warnings)}`);
  return r.warnings[0];
});

test(`prerendered, then attributes edited in the HTML + ${HYDRATE}: the edited elements show the new text once, the others stay hydrated`, async (t) => {
  const api = await import(pathToFileURL(join(ROOT, 'dist/ssr/render.js')).href);
  const { dataset } = await import(pathToFileURL(join(ROOT, 'dist/data/index.js')).href);
  const source = '<office-compare id="compare" caption="Hai bộ phận"></office-compare><role-card id="edited" role-id="receptionist"></role-card><role-card id="kept" role-id="sales"></role-card>';
  const html = await api.renderWidgets(source);
  // What an editor does to a pasted snippet without running the command again: same templates, other text.
  const edited = html.replace('caption="Hai bộ phận"', 'caption="Tiền sảnh và hậu trường"').replace('<role-card id="edited" role-id="receptionist"', '<role-card id="edited" role-id="customer-relations"');
  check(edited.split('Tiền sảnh và hậu trường').length === 2 && edited.includes('role-id="customer-relations"'), 'the test did not edit the attributes');
  const url = t.page(partnerPage({ head: moduleScript(`${t.cdn}/${HYDRATE}`), body: edited }), { 'content-security-policy': await csp(t.servers.cdnOrigin) });
  const page = await t.open(url, { init: markBeforeScripts });
  await whenRendered(page, ['office-compare', 'role-card']);
  const seen = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('office-compare, role-card')].map((el) => {
        const root = el.shadowRoot;
        const nodes = [...root.querySelectorAll('*')];
        return [el.id, { text: root.textContent.replace(/\s+/g, ' '), wrappers: root.querySelectorAll('.fow').length, captions: [...root.querySelectorAll('caption, figcaption')].map((c) => c.textContent.trim()), title: root.querySelector('h3 button')?.textContent.trim(), kept: nodes.filter((n) => n.__prerendered).length, nodes: nodes.length }];
      }),
    ),
  );
  const { roles } = dataset.vi;
  check(seen.compare.wrappers === 1 && seen.compare.captions.every((c) => c === 'Tiền sảnh và hậu trường') && seen.compare.captions.length > 0, () => `office-compare after its caption was edited: ${show(seen.compare.captions)}`);
  check(!seen.compare.text.includes('Hai bộ phận'), 'office-compare still shows the old caption');
  check(seen.edited.wrappers === 1 && seen.edited.title === roles['customer-relations'].title, () => `role-card after its role-id was edited: ${show(seen.edited.title)}`);
  check(!seen.edited.text.includes(roles.receptionist.title), 'role-card still shows the old role');
  check(seen.kept.kept === seen.kept.nodes && seen.kept.nodes > 5, () => `the unedited role-card was re-rendered, not hydrated: ${show(seen.kept)}`);
  const r = await recorded(page);
  checkClean(r);
  return `edited: re-rendered (${seen.compare.kept}/${seen.compare.nodes}, ${seen.edited.kept}/${seen.edited.nodes} nodes kept); unedited: ${seen.kept.kept}/${seen.kept.nodes} kept`;
});

test('prerendered + the default file (no hydration support): each element shows its content once, and works', async (t) => {
  const page = await t.open(await prerenderedPage(t, { script: `${t.cdn}/front-office-widgets.js` }));
  await whenRendered(page);
  await checkRendered(page);
  const report = await hydrationReport(page);
  check(report.every((el) => el.wrappers === 1), () => `.fow wrappers per element: ${show(report)}`);
  await exercise(page);
  checkClean(await recorded(page));
});

test(`${HYDRATE} on a page of plain tags: renders and works like the default file`, async (t) => {
  const url = t.page(partnerPage({ head: moduleScript(`${t.cdn}/${HYDRATE}`), body: BODY }), {
    'content-security-policy': `script-src ${t.servers.cdnOrigin}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`,
  });
  const page = await t.open(url);
  await whenRendered(page);
  await checkRendered(page, { expectedLang: { compare: 'vi', sales: 'en' } });
  await exercise(page);
  checkClean(await recorded(page));
});

test("prerendered + the README's :not(:defined) snippet: the article shows before the script, CLS 0", async (t) => {
  const url = await prerenderedPage(t, { script: `${t.cdn}/${HYDRATE}?delay=400`, styles: ['/static/partner.css', '/static/not-defined.css'] });
  const page = await t.open(url, { init: markBeforeScripts });
  await whenRendered(page);
  const early = await page.evaluate(() => window.__early);
  check(early && !early.defined, () => `no reading before the script ran: ${show(early)}`);
  check(early.article === 'visible', `before the script the article is ${early.article}`);
  // Its links would otherwise be replaced by its button in view when the script arrives.
  check(early.contact === 'hidden', `before the script the prerendered contact-float is ${early.contact}`);
  const r = await recorded(page);
  checkClean(r);
  const cls = r.shifts.reduce((sum, s) => sum + s.value, 0);
  check(cls === 0, () => `CLS ${cls}: ${show(r.shifts)}`);
  const contact = await page.evaluate(() => getComputedStyle(document.querySelector('contact-float')).visibility);
  check(contact === 'visible', `once defined the contact-float is ${contact}`);
});

test("prerendered + the README's snippet, script never arrives: the article shows at once, the contact links after 3 s", async (t) => {
  const url = await prerenderedPage(t, { script: `${t.servers.cdnOrigin}/cdn/missing.js`, styles: ['/static/partner.css', '/static/not-defined.css'] });
  const page = await t.open(url);
  const before = await page.evaluate(() => ({
    article: getComputedStyle(document.querySelector('article')).visibility,
    link: getComputedStyle(document.querySelector('contact-float').shadowRoot.querySelector('a')).visibility,
  }));
  check(before.article === 'visible' && before.link === 'hidden', () => `before 3 s: ${show(before)}`);
  await page.evaluate(() => document.getAnimations().forEach((a) => (a.currentTime = 3000)));
  const link = await page.evaluate(() => getComputedStyle(document.querySelector('contact-float').shadowRoot.querySelector('a')).visibility);
  check(link === 'visible', `after 3 s without the script the contact link is ${link}`);
});
