/**
 * Strict CSP and Trusted Types: the elements render and work under the policy
 * the README gives partners, with no violation, also with the bundle twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, recorded, show, TAGS, test, whenRendered } from './harness.mjs';
import { checkRendered, exercise } from './elements.mjs';
import { ALL_ELEMENTS, classicScript, lockedDownCsp, moduleScript, partnerPage, strictCsp } from './pages.mjs';
import { CDN_DIR } from './server.mjs';

const readJson = (file) => JSON.parse(readFileSync(join(CDN_DIR, file), 'utf8'));

/**
 * The README's CDN snippet for `files` (paths under dist/cdn/), from `base` (a CDN URL ending in the
 * version's dist/cdn/ folder): an import map giving the integrity of every chunk they import
 * (dist/cdn/imports.json), a `<link rel="modulepreload">` with its integrity for each, so its request starts
 * at once, then each file's script with its integrity. Returns the HTML and `csp(policy)`, which adds the
 * import map's hash to the policy's script-src, as a partner with a strict policy must (an import map is an
 * inline script).
 */
export function cdnSnippet(base, files, { sri = readJson('sri.json'), imports = readJson('imports.json') } = {}) {
  const sriAttrs = (file) => `integrity="${sri[file]}" crossorigin="anonymous"`;
  const chunks = [...new Set(files.flatMap((file) => imports[file] ?? []))];
  const map = chunks.length ? JSON.stringify({ integrity: Object.fromEntries(chunks.map((chunk) => [`${base}/${chunk}`, sri[chunk]])) }) : null;
  const html = [
    ...(map ? [`<script type="importmap">${map}</script>`] : []),
    ...chunks.map((chunk) => `<link rel="modulepreload" href="${base}/${chunk}" ${sriAttrs(chunk)}>`),
    ...files.map((file) => (file.endsWith('.iife.js') ? classicScript : moduleScript)(`${base}/${file}`, sriAttrs(file))),
  ].join('\n');
  const hash = map && `'sha256-${createHash('sha256').update(map).digest('base64')}'`;
  return { html, csp: (policy) => (hash ? policy.replace(/script-src ([^;]+)/, `script-src $1 ${hash}`) : policy) };
}

export const ELEMENT_FILES = TAGS.map((tag) => `${tag}.js`);

/** A partner page that loads `files` from the test CDN as the snippet does, under `policy` plus what the snippet adds. */
export function openSnippetPage(t, files, policy = strictCsp) {
  const cdn = t.servers.cdnOrigin;
  const snippet = cdnSnippet(`${cdn}/cdn`, files);
  return t.open(t.page(partnerPage({ head: snippet.html }), { 'content-security-policy': snippet.csp(policy(cdn)) }));
}

/** Every element rendered, then used as a visitor would, and nothing went wrong; resolves to what the page recorded. */
export async function checkWorksCleanly(page) {
  await whenRendered(page);
  await checkRendered(page);
  await exercise(page);
  const r = await recorded(page);
  checkClean(r);
  return r;
}

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
  const r = await checkWorksCleanly(await t.open(url));
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

for (const [label, csp] of [
  ['the README policy', strictCsp],
  ["the README policy plus default-src 'none'", lockedDownCsp],
]) {
  test(`CSP: ${label}: the three per-element files together, SRI on every request: one copy of Lit, every element works, no violation`, async (t) => {
    const cdn = t.servers.cdnOrigin;
    const r = await checkWorksCleanly(await openSnippetPage(t, ELEMENT_FILES, csp));
    // One Lit for the three files: the chunk they share ran once.
    check(r.policies.join() === 'lit-html', `Trusted Types policies created: ${show(r.policies)}`);
    const chunk = readJson('imports.json')['role-card.js'][0];
    const fetched = r.requests.filter((u) => u.startsWith(`${cdn}/cdn/`)).map((u) => u.slice(`${cdn}/cdn/`.length)).sort();
    check(show(fetched) === show([chunk, ...ELEMENT_FILES].sort()), () => `each file should be fetched once, got ${show(fetched)}`);
  });
}

test('CSP: the all-in-one module and the three per-element files on one page, SRI on every request: no violation, two copies of Lit', async (t) => {
  const r = await checkWorksCleanly(await openSnippetPage(t, ['front-office-widgets.js', ...ELEMENT_FILES]));
  check(r.policies.length === 2 && r.policies.every((p) => p === 'lit-html'), `Trusted Types policies: ${show(r.policies)}`);
});
