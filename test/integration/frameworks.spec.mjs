/**
 * A framework app rendering the elements (Preact, whose handling of custom
 * elements matches React 19's: attributes for unknown names, properties the
 * element has, `on<event-name>` listeners). Checks the README's framework
 * snippets do what they say, under the strict CSP.
 */
import { check, recorded, show, test, whenRendered } from './harness.mjs';
import { clickInShadow } from './elements.mjs';
import { checkClean } from './csp.spec.mjs';
import { moduleScript, partnerPage } from './pages.mjs';

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
