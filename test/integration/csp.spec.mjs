/**
 * Strict CSP and Trusted Types: the elements render and work under the policy
 * the README gives partners, with no violation, also with the bundle twice.
 */
import { check, recorded, show, test, whenRendered } from './harness.mjs';
import { checkRendered, exercise } from './elements.mjs';
import { ALL_ELEMENTS, classicScript, lockedDownCsp, moduleScript, partnerPage, strictCsp } from './pages.mjs';

/** Nothing went wrong on the page: no violation, no error, no warning. */
export function checkClean(r) {
  check(r.violations.length === 0, () => `CSP violations: ${show(r.violations)}`);
  check(r.errors.length === 0, () => `console errors / uncaught errors: ${show(r.errors)}`);
  check(r.warnings.length === 0, () => `console warnings: ${show(r.warnings)}`);
}

for (const [label, csp] of [
  ['the README policy', strictCsp],
  ["the README policy plus default-src 'none'", lockedDownCsp],
]) {
  test(`CSP: ${label}: the module renders and works, no violation`, async (t) => {
    // A data override in a child JSON script: not JavaScript, so script-src does not apply to it.
    const body = `${ALL_ELEMENTS}<role-card id="override" role-id="sales"><script type="application/json">{ "title": "Kinh doanh (đối tác)" }</script></role-card>`;
    const url = t.page(partnerPage({ head: moduleScript(`${t.cdn}/front-office-widgets.js`), body }), {
      'content-security-policy': csp(t.servers.cdnOrigin),
    });
    const page = await t.open(url);
    await whenRendered(page);
    const elements = await checkRendered(page, { expectedLang: { compare: 'vi', sales: 'en' } });
    const override = elements.find((e) => e.id === 'override');
    check(override.headings[0] === 'Kinh doanh (đối tác)', `the JSON override did not apply: ${show(override.headings)}`);
    await exercise(page);
    const r = await recorded(page);
    checkClean(r);
    check(r.policies.join() === 'lit-html', `Trusted Types policies created: ${show(r.policies)}`);
  });
}

test('CSP: the bundle loaded twice (module under two URLs, the IIFE, a single-element file): no violation', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({
      head: [
        classicScript(`${cdn}/cdn/front-office-widgets.iife.js`),
        moduleScript(`${cdn}/cdn/front-office-widgets.js`),
        moduleScript(`${cdn}/mirror/front-office-widgets.js`),
        moduleScript(`${cdn}/cdn/role-card.js`),
      ].join('\n'),
    }),
    { 'content-security-policy': strictCsp(cdn) },
  );
  const page = await t.open(url);
  await whenRendered(page);
  await checkRendered(page);
  await exercise(page);
  const r = await recorded(page);
  checkClean(r);
  // One policy per copy of Lit proves every copy really ran under the policy.
  check(r.policies.length === 4 && r.policies.every((p) => p === 'lit-html'), `Trusted Types policies: ${show(r.policies)}`);
});

test("CSP: without 'allow-duplicates' a second copy is refused (why the README's line has it)", async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({ head: [moduleScript(`${cdn}/cdn/front-office-widgets.js`), moduleScript(`${cdn}/mirror/front-office-widgets.js`)].join('\n') }),
    { 'content-security-policy': `script-src ${cdn}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html` },
  );
  const page = await t.open(url);
  await whenRendered(page);
  const r = await recorded(page);
  // The control proves the suite sees a Trusted Types failure when there is one.
  check(r.violations.some((v) => v.directive === 'trusted-types'), () => `expected a trusted-types violation, got ${show(r.violations)}`);
  check(r.errors.some((e) => /lit-html/.test(e)), () => `expected the "policy lit-html already exists" error, got ${show(r.errors)}`);
});
