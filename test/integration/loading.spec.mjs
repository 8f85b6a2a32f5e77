/**
 * How partners load the files: several copies on one page, another version,
 * a classic script, Subresource Integrity, and no request beyond the script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, recorded, show, TAGS, test, whenRendered } from './harness.mjs';
import { checkRendered, describeElements, exercise } from './elements.mjs';
import { checkClean } from './csp.spec.mjs';
import { CDN_DIR } from './server.mjs';
import { ALL_ELEMENTS, classicScript, moduleScript, partnerPage, strictCsp } from './pages.mjs';

const readSri = () => JSON.parse(readFileSync(join(CDN_DIR, 'sri.json'), 'utf8'));

test('loaded several times: module under two URLs + IIFE + single-element file: one definition per tag, silent', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({
      head: [
        moduleScript(`${cdn}/cdn/front-office-widgets.js`),
        moduleScript(`${cdn}/mirror/front-office-widgets.js`),
        moduleScript(`${cdn}/cdn/contact-float.js`),
      ].join('\n'),
      // The IIFE as a WordPress plugin would add it: late, in the footer.
      body: `${ALL_ELEMENTS}\n${classicScript(`${cdn}/cdn/front-office-widgets.iife.js`)}`,
    }),
    { 'content-security-policy': strictCsp(cdn) },
  );
  const page = await t.open(url);
  await whenRendered(page);
  const elements = await checkRendered(page);
  await exercise(page);
  const r = await recorded(page);
  checkClean(r);
  for (const tag of TAGS) check(r.defines[tag] === 1, `${tag} was defined ${r.defines[tag] ?? 0} times: ${show(r.defines)}`);
  check(r.policies.length === 4, `expected four copies of Lit to run, saw ${r.policies.length} lit-html policies`);
  // Each instance is rendered once, by one copy: its shadow root holds one wrapper.
  const wrappers = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => [...el.shadowRoot.children].filter((c) => c.classList.contains('fow')).length), TAGS);
  check(wrappers.every((n) => n === 1), `.fow wrappers per shadow root: ${wrappers}`);
  check(elements.every((el) => el.version === t.servers.version), () => `versions: ${show(elements.map((e) => e.version))}`);
});

test('loaded several times: another version on the page: one version-mismatch warning per mismatched copy, first copy keeps the tags', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const other = '9.9.9';
  const url = t.page(
    partnerPage({
      head: [moduleScript(`${cdn}/cdn/front-office-widgets.js`), moduleScript(`${cdn}/v/${other}/front-office-widgets.js`), moduleScript(`${cdn}/v/${other}/role-card.js`)].join('\n'),
    }),
    { 'content-security-policy': strictCsp(cdn) },
  );
  const page = await t.open(url);
  await whenRendered(page);
  await checkRendered(page);
  const r = await recorded(page);
  check(r.errors.length === 0 && r.violations.length === 0, () => `errors: ${show(r.errors)} violations: ${show(r.violations)}`);
  for (const tag of TAGS) check(r.defines[tag] === 1, `${tag} defined ${r.defines[tag] ?? 0} times`);
  const mismatch = r.warnings.filter((w) => w.includes(t.servers.version) && w.includes(other));
  // One warning per copy that met another version: the all-in-one 9.9.9 copy, then the 9.9.9 role-card file.
  check(mismatch.length === 2 && r.warnings.length === 2, () => `expected one warning from each 9.9.9 copy, got ${show(r.warnings)}`);
  check(/^<(office-compare|role-card|contact-float)> /.test(mismatch[0]), `the warning names the element: ${mismatch[0]}`);
  const version = await page.evaluate(() => customElements.get('role-card').version);
  check(version === t.servers.version, `the first copy loaded should keep the tag, got version ${version}`);
  return `warning: ${mismatch[0]}`;
});

test('sri.json: one sha384 per CDN file and theme, matching the bytes served', async () => {
  const sri = readSri();
  const themes = readdirSync(join(CDN_DIR, 'themes')).map((f) => `themes/${f}`);
  check(themes.length === 2, () => `dist/cdn/themes/ should hold the two themes, has ${show(themes)}`);
  const files = [...readdirSync(CDN_DIR).filter((f) => f.endsWith('.js')), ...themes].sort();
  check(show(Object.keys(sri).sort()) === show(files), () => `sri.json lists ${show(Object.keys(sri))}, dist/cdn has ${show(files)}`);
  for (const file of files) {
    const hash = `sha384-${createHash('sha384').update(readFileSync(join(CDN_DIR, file))).digest('base64')}`;
    check(sri[file] === hash, `${file}: sri.json says ${sri[file]}, the file hashes to ${hash}`);
  }
});

for (const [label, script] of [
  ['classic script (IIFE)', (cdn, sri) => classicScript(`${cdn}/cdn/front-office-widgets.iife.js`, `integrity="${sri['front-office-widgets.iife.js']}" crossorigin="anonymous"`)],
  ['module', (cdn, sri) => moduleScript(`${cdn}/cdn/front-office-widgets.js`, `integrity="${sri['front-office-widgets.js']}" crossorigin="anonymous"`)],
  ['single-element file', (cdn, sri) => moduleScript(`${cdn}/cdn/role-card.js`, `integrity="${sri['role-card.js']}" crossorigin="anonymous"`)],
]) {
  test(`SRI: ${label} with its integrity from sri.json renders, under the strict CSP`, async (t) => {
    const cdn = t.servers.cdnOrigin;
    const single = label.startsWith('single');
    const url = t.page(partnerPage({ head: script(cdn, readSri()), body: single ? '<role-card role-id="sales"></role-card>' : undefined }), {
      'content-security-policy': strictCsp(cdn),
    });
    const page = await t.open(url);
    await whenRendered(page, single ? ['role-card'] : TAGS);
    await checkRendered(page);
    checkClean(await recorded(page));
  });
}

test('SRI: a theme linked from the CDN with its integrity recolours the elements, under the strict CSP with the CDN in style-src', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const sri = readSri();
  const head = [
    `<link rel="stylesheet" href="${cdn}/cdn/themes/institute.css" integrity="${sri['themes/institute.css']}" crossorigin="anonymous">`,
    moduleScript(`${cdn}/cdn/front-office-widgets.js`, `integrity="${sri['front-office-widgets.js']}" crossorigin="anonymous"`),
  ].join('\n');
  const url = t.page(partnerPage({ head }), { 'content-security-policy': strictCsp(cdn).replace("style-src 'self'", `style-src 'self' ${cdn}`) });
  const page = await t.open(url);
  await whenRendered(page);
  const colours = await page.evaluate(() => ({
    token: getComputedStyle(document.documentElement).getPropertyValue('--fow-accent').trim(),
    bar: getComputedStyle(document.querySelector('role-card').shadowRoot.querySelector('[part="card"]')).borderTopColor,
  }));
  check(colours.token === '#c2410c' && colours.bar === 'rgb(194, 65, 12)', () => `the theme did not apply: ${show(colours)}`);
  checkClean(await recorded(page));
});

test('SRI: a wrong integrity hash blocks the file (control: the browser really checks)', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const sri = readSri();
  const url = t.page(partnerPage({ head: classicScript(`${cdn}/cdn/front-office-widgets.iife.js`, `integrity="${sri['role-card.js']}" crossorigin="anonymous"`) }));
  const page = await t.open(url);
  await new Promise((r) => setTimeout(r, 200));
  const defined = await page.evaluate(() => Boolean(customElements.get('role-card')));
  const r = await recorded(page);
  check(!defined, 'role-card got defined from a file whose hash does not match');
  check(r.errors.some((e) => /integrity/i.test(e)), () => `expected an integrity error, got ${show(r.errors)}`);
});

test('no network at run time: only the page and the script are requested, also after using every element', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const script = `${cdn}/cdn/front-office-widgets.js`;
  // No stylesheet either, so every request is accounted for.
  const url = t.page(partnerPage({ head: moduleScript(script), styles: [] }), { 'content-security-policy': strictCsp(cdn) });
  const page = await t.open(url);
  await whenRendered(page);
  await exercise(page);
  // Theme and language switches must not fetch anything either (no lazy locale files, no fonts).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('office-compare, role-card, contact-float')) {
      el.setAttribute('lang', 'en');
      el.setAttribute('theme', 'dark');
    }
  });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('office-compare, role-card, contact-float')].map((el) => el.updateComplete)));
  await t.emulateMedia(page, [{ name: 'prefers-color-scheme', value: 'dark' }]);
  check(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the visitor\'s dark colour scheme was not emulated');
  await new Promise((r) => setTimeout(r, 300));
  const r = await recorded(page);
  const requests = r.requests.filter((u) => !u.endsWith('/favicon.ico'));
  check(show(requests) === show([url, script]), () => `requests: ${show(r.requests)}`);
  checkClean(r);
  const texts = (await describeElements(page)).map((e) => e.text);
  check(texts.every((x) => x.length > 0), 'an element lost its text after switching language');
});

test('loaded several times: two <contact-float> from two copies of the bundle: the first connected shows, the other hides with one warning', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({
      head: moduleScript(`${cdn}/cdn/front-office-widgets.js`),
      // The second one is a partner plugin's own copy, registered under its own tag.
      body: '<contact-float id="first"></contact-float><acme-contact id="second"></acme-contact>',
    }),
    { 'content-security-policy': strictCsp(cdn) },
  );
  const page = await t.open(url);
  await whenRendered(page, ['contact-float']);
  await page.evaluate(async (src) => {
    const copy = await import(src);
    copy.ContactFloat.define('acme-contact');
    await customElements.whenDefined('acme-contact');
    await document.querySelector('acme-contact').updateComplete;
  }, `${cdn}/mirror/front-office-widgets.js`);
  const shown = await page.evaluate(() =>
    ['contact-float', 'acme-contact'].map((tag) => {
      const el = document.querySelector(tag);
      return { tag, different: customElements.get('acme-contact') !== customElements.get('contact-float'), visible: [...el.shadowRoot.querySelectorAll('button, a')].some((c) => c.getClientRects().length > 0) };
    }),
  );
  check(shown[0].different, 'the two tags share a class: this does not test two copies');
  check(shown[0].visible && !shown[1].visible, () => `visible: ${show(shown)}`);
  const r = await recorded(page);
  check(r.violations.length === 0 && r.errors.length === 0, () => `errors ${show(r.errors)} violations ${show(r.violations)}`);
  check(r.warnings.length === 1 && /^<acme-contact> .*hidden/.test(r.warnings[0]), () => `warnings: ${show(r.warnings)}`);
});
