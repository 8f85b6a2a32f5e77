/**
 * A framework app rendering the elements (Preact, whose handling of custom
 * elements matches React 19's: attributes for unknown names, properties the
 * element has, `on<event-name>` listeners). Checks the README's framework
 * snippets do what they say, under the strict CSP.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AssertionError, check, recorded, show, test, whenRendered } from './harness.mjs';
import { clickInShadow } from './elements.mjs';
import { checkClean } from './csp.spec.mjs';
import { moduleScript, partnerPage } from './pages.mjs';
import { appsWanted, FRAMEWORK_TESTS, frameworkApps } from './framework-apps.mjs';

test('frameworks: a Preact app sets attributes, properties and event listeners on the elements', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({ head: [moduleScript(`${cdn}/cdn/front-office-widgets.js`), moduleScript('/static/preact-app.js')].join('\n'), body: '<div id="app"></div>' }),
    { 'content-security-policy': `script-src ${cdn} 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'` },
  );
  const page = await t.open(url);
  await whenRendered(page);
  const state = () =>
    page.evaluate(() => {
      const compare = document.getElementById('compare');
      const card = document.getElementById('card');
      return {
        caption: compare.shadowRoot.querySelector('caption, figcaption')?.textContent.trim(),
        level: compare.getAttribute('heading-level'),
        role: card.roleId,
        expanded: card.expanded,
        toggle: card.shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'),
        contactLinks: [...document.getElementById('contact').shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      };
    });
  const first = await state();
  check(first.caption === 'Caption from Preact', `the data property did not reach the element: ${show(first)}`);
  check(first.level === '4' && first.role === 'sales' && first.expanded === false, () => `attributes: ${show(first)}`);
  await page.evaluate(() => window.__rerender(true));
  await page.evaluate(() => document.getElementById('card').updateComplete);
  check((await state()).toggle === 'true', 'a re-render with expanded=true did not open the card');
  await clickInShadow(page, 'role-card', 'button[aria-expanded]');
  await clickInShadow(page, 'contact-float', 'a[href]');
  const events = await page.evaluate(() => window.__preactEvents);
  check(show(events) === show([['role-card-toggle', false], ['contact-float-select', 'phone', first.contactLinks[0]]]), () => `events seen by the app: ${show(events)}`);
  checkClean(await recorded(page));
});

/*
 * The apps of test/frameworks/ (React 19 and 18, Preact, Vue 3, Svelte 5), built from the packed tarball as a partner
 * installs it (test/frameworks/build.mjs), each rendered on the client alone and, but for React's plain tags, rendered
 * on the server then hydrated. Each checks what a visitor sees in the shadow DOM and that every event reaches the
 * framework's own handler. Built once per run (framework-apps.mjs: for every engine at once, while the first tests
 * run), and only when a framework test is selected; the first framework test waits for the build.
 */
const APPS = appsWanted(process.argv[2]) ? (await import('../frameworks/build.mjs')).APPS : [];
let served;
/** The built apps, `{ dir, apps, origin }`, served from a third origin: once, for the first framework test. */
const builtApps = () => (served ??= serveFrameworkApps());
// Started now, so that the build runs during the tests before these (a failed build fails each framework test).
if (APPS.length) builtApps().catch(() => {});

async function serveFrameworkApps() {
  const result = await frameworkApps();
  // The app bundles, from a third origin (module scripts load with CORS).
  const server = createServer(async (req, res) => {
    const file = /^\/(app-\d+\.js)$/.exec(new URL(req.url, 'http://x').pathname)?.[1];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(await readFile(join(result.dir, file)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  return { ...result, origin: `http://127.0.0.1:${server.address().port}` };
}

// Lit's development build says so once: the Svelte app is built with the `development` condition, for Svelte's own
// hydration warnings.
const LIT_DEV_MODE = /^Lit is in dev mode/;

for (const [index, { name, ssr: rendersOnServer }] of APPS.entries()) {
  for (const ssr of rendersOnServer ? [false, true] : [false]) {
    test(`${FRAMEWORK_TESTS} ${name} app, ${ssr ? 'server-rendered then hydrated' : 'rendered on the client'}`, async (t) => {
      const built = await builtApps();
      const app = built.apps[index];
      check(app?.name === name && (app.html !== undefined) === rendersOnServer, () => `the build gave another app: ${show(app && { ...app, html: app.html?.slice(0, 40) })}`);
      const body = `<div id="app">${ssr ? app.html : ''}</div>`;
      if (ssr) {
        // The server's markup with the CDN file alone, as a page shows it while the app's own script is still on its
        // way: the card the app rendered closed is closed (Vue, Svelte and React 18 write expanded="false"), and
        // Svelte's data="[object Object]" is ignored without a warning.
        const early = await t.open(t.page(partnerPage({ head: moduleScript(`${t.cdn}/front-office-widgets.js`), body })));
        await whenRendered(early, ['role-card', 'contact-float']);
        const seen = await early.evaluate(() => ({
          expanded: document.getElementById('card').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'),
          menu: document.getElementById('contact').shadowRoot.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded'),
        }));
        check(seen.expanded === 'false' && seen.menu === 'false', () => `before hydration, the server's markup shows ${show(seen)}`);
        const r = await recorded(early);
        check(r.errors.length + r.warnings.length === 0, () => `before hydration: ${show([...r.errors, ...r.warnings])}`);
        await early.close();
      }
      const page = await t.open(t.page(partnerPage({ head: moduleScript(`${built.origin}/${app.client}`), body })));
      await whenRendered(page, ['role-card', 'contact-float']);
      await page.waitForFunction(() => window.__app?.setTheme && window.__app.unmount, { timeout: 5000 });
      const state = () =>
        page.evaluate(() => {
          const card = document.getElementById('card');
          const contact = document.getElementById('contact');
          const toggle = card?.shadowRoot.querySelector('button[aria-expanded]');
          const box = card?.shadowRoot.querySelector('[part="card"]');
          return {
            title: toggle?.textContent.trim(),
            heading: toggle?.parentElement.localName,
            expanded: toggle?.getAttribute('aria-expanded'),
            details: card?.shadowRoot.querySelector('#details')?.getClientRects().length > 0,
            cardTheme: box?.className,
            cardBackground: box && getComputedStyle(box).backgroundColor,
            contactTheme: contact?.shadowRoot.querySelector('.fow')?.className,
            menu: contact?.shadowRoot.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded'),
            app: document.getElementById('state')?.textContent.trim(),
            events: window.__app.events,
          };
        });
      const until = (predicate, what) =>
        page.waitForFunction(predicate, { timeout: 5000, polling: 50 }).catch(async () => {
          throw new AssertionError(`${what}; now: ${show(await state())}`);
        });
      // The data override (a property) arrives with hydration at the latest.
      await until(new Function(`return document.getElementById('card').shadowRoot.querySelector('button')?.textContent.trim() === ${JSON.stringify(app.title)}`), `the data override never showed "${app.title}"`);
      const first = await state();
      check(first.heading === 'h4' && first.expanded === 'false' && !first.details && first.app === 'closed light', () => `attributes and the boolean: ${show(first)}`);
      check(/\btheme-light\b/.test(first.cardTheme) && /\btheme-light\b/.test(first.contactTheme), () => `theme: ${show(first)}`);

      await clickInShadow(page, 'role-card', 'button[aria-expanded]');
      await until(() => document.getElementById('state').textContent.trim() === 'open light', 'the app never saw role-card-toggle open the card');
      const opened = await state();
      check(opened.expanded === 'true' && opened.details, () => `the card did not open: ${show(opened)}`);

      await clickInShadow(page, 'contact-float', 'button[aria-expanded]');
      const before = page.url();
      await clickInShadow(page, 'contact-float', '[part~="menu"] a[href]');
      const events = (await state()).events;
      const expected = [['role-card-toggle', true], ['contact-float-toggle', true], ['contact-float-select', 'zalo', 'https://zalo.me/0903966729']];
      check(show(events) === show(expected), () => `events seen by the app's handlers: ${show(events)}, expected ${show(expected)}`);
      check(page.url() === before, `preventDefault() in the app's handler did not stop the navigation: now at ${page.url()}`);

      await page.evaluate(() => window.__app.setTheme('dark'));
      await until(() => /\btheme-dark\b/.test(document.getElementById('card').shadowRoot.querySelector('[part="card"]').className), 'the theme set by state did not reach the card');
      const dark = await state();
      check(/\btheme-dark\b/.test(dark.contactTheme) && dark.cardBackground === 'rgb(31, 35, 40)', () => `dark theme: ${show(dark)}`);
      await page.evaluate(() => window.__app.setExpanded(false));
      await until(() => document.getElementById('card').shadowRoot.querySelector('button').getAttribute('aria-expanded') === 'false', 'expanded=false set by state did not close the card');

      await page.evaluate(() => window.__app.unmount());
      await until(() => !document.querySelector('role-card, contact-float'), 'unmount left the elements in the page');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      const r = await recorded(page);
      check(r.errors.length === 0, () => `console errors / uncaught errors (hydration included): ${show(r.errors)}`);
      const warnings = r.warnings.filter((w) => !LIT_DEV_MODE.test(w));
      check(warnings.length === 0, () => `console warnings (hydration included): ${show(warnings)}`);
    });
  }
}
