/**
 * How partners load the files: several copies on one page, another version,
 * a classic script, Subresource Integrity, and no request beyond the script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, recorded, show, TAGS, test, whenRendered } from './harness.mjs';
import { checkRendered, describeElements, exercise } from './elements.mjs';
import { cdnSnippet, checkClean, checkWorksCleanly, ELEMENT_FILES, openSnippetPage } from './csp.spec.mjs';
import { CDN_DIR } from './server.mjs';
import { ALL_ELEMENTS, classicScript, moduleScript, partnerPage, strictCsp } from './pages.mjs';

const readSri = () => JSON.parse(readFileSync(join(CDN_DIR, 'sri.json'), 'utf8'));
const readImports = () => JSON.parse(readFileSync(join(CDN_DIR, 'imports.json'), 'utf8'));

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

test('sri.json: one sha384 per CDN file, chunk and theme, matching the bytes served', async () => {
  const sri = readSri();
  const themes = readdirSync(join(CDN_DIR, 'themes')).map((f) => `themes/${f}`);
  check(themes.length === 2, () => `dist/cdn/themes/ should hold the two themes, has ${show(themes)}`);
  const chunks = readdirSync(join(CDN_DIR, 'chunks')).map((f) => `chunks/${f}`);
  check(chunks.length === 1, () => `dist/cdn/chunks/ should hold the one chunk the per-element files share, has ${show(chunks)}`);
  const files = [...readdirSync(CDN_DIR).filter((f) => f.endsWith('.js')), ...themes, ...chunks].sort();
  check(show(Object.keys(sri).sort()) === show(files), () => `sri.json lists ${show(Object.keys(sri))}, dist/cdn has ${show(files)}`);
  for (const file of files) {
    const hash = `sha384-${createHash('sha384').update(readFileSync(join(CDN_DIR, file))).digest('base64')}`;
    check(sri[file] === hash, `${file}: sri.json says ${sri[file]}, the file hashes to ${hash}`);
  }
}, { parallel: true });

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
  }, { parallel: true });
}

for (const [label, files] of [
  ['each per-element file alone', ELEMENT_FILES.map((file) => [file])],
  ['the per-element files in pairs', [ELEMENT_FILES.slice(0, 2), [ELEMENT_FILES[0], ELEMENT_FILES[2]], ELEMENT_FILES.slice(1)]],
]) {
  test(`SRI: ${label}, as the README snippet loads them (import map and preload with the chunk's integrity), under the strict CSP: each tag upgraded, one Lit`, async (t) => {
    const cdn = t.servers.cdnOrigin;
    const notes = [];
    for (const set of files) {
      const tags = set.map((file) => file.replace('.js', ''));
      const snippet = cdnSnippet(`${cdn}/cdn`, set);
      const url = t.page(partnerPage({ head: snippet.html }), { 'content-security-policy': snippet.csp(strictCsp(cdn)) });
      const page = await t.open(url);
      await whenRendered(page, tags);
      // Only the tags whose files are on the page: the others stay plain, undefined elements.
      const defined = await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), TAGS);
      check(show(defined) === show(tags), () => `${set.join(' + ')} defined ${show(defined)}`);
      const rendered = (await describeElements(page)).filter((el) => tags.includes(el.tag));
      check(rendered.length > 0 && rendered.every((el) => el.defined && el.text.length > 0), () => `${set.join(' + ')}: ${show(rendered)}`);
      const r = await recorded(page);
      checkClean(r);
      check(r.policies.length === 1, () => `${set.join(' + ')}: expected one copy of Lit, saw ${r.policies.length} lit-html policies`);
      notes.push(`${set.join(' + ')}: ${r.requests.filter((u) => u.startsWith(cdn)).length} requests`);
      await page.close();
    }
    return notes.join('; ');
  }, { parallel: true });
}

test('loaded several times: per-element files first, then the all-in-one, SRI on every request: the per-element files keep their tags, silent', async (t) => {
  const page = await openSnippetPage(t, ['role-card.js', 'contact-float.js', 'front-office-widgets.js', 'office-compare.js']);
  const r = await checkWorksCleanly(page);
  for (const tag of TAGS) check(r.defines[tag] === 1, `${tag} was defined ${r.defines[tag] ?? 0} times: ${show(r.defines)}`);
  // Module scripts run in document order: role-card and contact-float come from the chunk's copy of Lit,
  // office-compare from the all-in-one, which ran before office-compare.js.
  const sameBase = await page.evaluate(() => {
    const base = (tag) => Object.getPrototypeOf(customElements.get(tag));
    return { cardAndContact: base('role-card') === base('contact-float'), cardAndCompare: base('role-card') === base('office-compare') };
  });
  check(sameBase.cardAndContact && !sameBase.cardAndCompare, () => `which copy defined which tag: ${show(sameBase)}`);
});

test('three README snippets pasted apart in one article (each with its import map): every element upgraded, one Lit, no error', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const tags = { 'office-compare.js': '<office-compare></office-compare>', 'role-card.js': '<role-card role-id="sales"></role-card>', 'contact-float.js': '<contact-float></contact-float>' };
  const snippets = ELEMENT_FILES.map((file) => cdnSnippet(`${cdn}/cdn`, [file]));
  check(new Set(snippets.map((s) => s.csp(''))).size === 1, 'the three import maps should be the same text, so one hash in script-src serves them all');
  const body = ELEMENT_FILES.map((file, i) => `<p>Đoạn văn ${i + 1}.</p>\n${snippets[i].html}\n${tags[file]}`).join('\n');
  const url = t.page(partnerPage({ body }), { 'content-security-policy': snippets[0].csp(strictCsp(cdn)) });
  const page = await t.open(url);
  await whenRendered(page);
  await checkRendered(page);
  const r = await recorded(page);
  check(r.violations.length === 0 && r.errors.length === 0, () => `errors ${show(r.errors)} violations ${show(r.violations)}`);
  check(r.policies.length === 1, `expected one copy of Lit, saw ${r.policies.length} lit-html policies`);
  // Chromium keeps the first import map's rule and warns that a repeat (the same rule) was removed; Firefox says nothing.
  const repeats = r.warnings.filter((w) => /import map integrity rule .* conflicted/i.test(w));
  check(repeats.length === r.warnings.length && (t.engine === 'chromium' ? repeats.length >= 1 : repeats.length === 0), () => `warnings: ${show(r.warnings)}`);
  return repeats[0];
}, { parallel: true });

test('imports.json: every ES module file with the chunks it imports, transitively; the IIFE is not listed', async () => {
  const imports = readImports();
  const sri = readSri();
  const modules = readdirSync(CDN_DIR).filter((f) => f.endsWith('.js') && !f.endsWith('.iife.js')).sort();
  check(show(Object.keys(imports).sort()) === show(modules), () => `imports.json lists ${show(Object.keys(imports))}, dist/cdn has ${show(modules)}`);
  for (const [file, chunks] of Object.entries(imports)) {
    for (const chunk of chunks) check(/^chunks\/[\w-]+\.js$/.test(chunk) && sri[chunk], `${file} imports ${chunk}, which sri.json does not list`);
    // The chunk's name is in the file: what the browser will request.
    for (const chunk of chunks) check(readFileSync(join(CDN_DIR, file), 'utf8').includes(`"./${chunk}"`), `${file} does not import ./${chunk}`);
  }
  for (const file of ELEMENT_FILES) check(imports[file].length === 1, `${file} should import the one shared chunk: ${show(imports[file])}`);
}, { parallel: true });

// What the browsers enforce for a module's static import. A `<script integrity>` covers its own file only; the
// chunk it imports is checked against an integrity the page gives for that URL. An import map's "integrity" entry
// is enforced by Chromium (156) and Firefox (ESR 153), but Firefox uses only a page's first import map and ignores
// the others without a word (https://bugzilla.mozilla.org/show_bug.cgi?id=1916277). A `<link rel="modulepreload"
// integrity>` is enforced by Firefox (the import fails with the preload); in Chromium, when the preload has failed
// before the import asks for the chunk, the import fetches it again without the integrity and runs it (only the
// preload's console error tells): in most runs here, not all, as it depends on timing. So the README snippet has
// both. The chunk served here claims another version, so its bytes differ from what sri.json hashed, while
// role-card.js is unchanged and passes its own check.
for (const [label, how, expected] of [
  ['the per-element file with its integrity, nothing for the chunk: a changed chunk runs', 'none', { chromium: 'ran', firefox: 'ran' }],
  ['the chunk preloaded with its integrity, no import map: Firefox blocks a changed chunk, Chromium may fetch it again and run it', 'modulepreload', { chromium: 'either', firefox: 'blocked' }],
  ["an import map with the chunk's integrity (its hash in script-src): a changed chunk is blocked", 'importmap', { chromium: 'blocked', firefox: 'blocked' }],
  ['the README snippet (import map and preload): a changed chunk is blocked', 'both', { chromium: 'blocked', firefox: 'blocked' }],
  ["after the page's own import map, ours alone: Chromium blocks a changed chunk, Firefox ignores our map and runs it", 'second map', { chromium: 'blocked', firefox: 'ran' }],
  ["after the page's own import map, the README snippet: a changed chunk is blocked (in Firefox by the preload)", 'second map + preload', { chromium: 'blocked', firefox: 'blocked' }],
]) {
  test(`SRI on the chunk: ${label}`, async (t) => {
    const cdn = t.servers.cdnOrigin;
    const sri = readSri();
    const chunk = readImports()['role-card.js'][0];
    const chunkUrl = `${cdn}/v/9.9.9/${chunk}`;
    const script = moduleScript(`${cdn}/v/9.9.9/role-card.js`, `integrity="${sri['role-card.js']}" crossorigin="anonymous"`);
    const map = JSON.stringify({ integrity: { [chunkUrl]: sri[chunk] } });
    // A partner page's own import map (WordPress prints one for its script modules), before our snippet.
    const partnerMap = JSON.stringify({ imports: { 'partner-lib': '/static/partner-lib.js' } });
    const snippet = cdnSnippet(`${cdn}/v/9.9.9`, ['role-card.js']).html;
    const head = {
      none: script,
      modulepreload: `<link rel="modulepreload" href="${chunkUrl}" integrity="${sri[chunk]}" crossorigin="anonymous">\n${script}`,
      importmap: `<script type="importmap">${map}</script>\n${script}`,
      both: snippet,
      'second map': `<script type="importmap">${partnerMap}</script>\n<script type="importmap">${map}</script>\n${script}`,
      'second map + preload': `<script type="importmap">${partnerMap}</script>\n${snippet}`,
    }[how];
    const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const csp = strictCsp(cdn).replace(`script-src ${cdn}`, `script-src ${cdn} ${hash(map)} ${hash(partnerMap)}`);
    const url = t.page(partnerPage({ head, body: '<role-card role-id="sales"></role-card>' }), { 'content-security-policy': csp });
    const page = await t.open(url);
    // Until the tag is defined or an integrity error shows, then a while longer: a blocked chunk gives nothing else to wait for.
    const integrityError = (r) => r.errors.find((e) => e.includes(chunk) && /integrity|digest|hash/i.test(e));
    for (let i = 0; i < 100; i++) {
      if ((await page.evaluate(() => Boolean(customElements.get('role-card')))) || integrityError(await recorded(page))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const version = await page.evaluate(() => customElements.get('role-card')?.version ?? null);
    const r = await recorded(page);
    const outcome = version === null ? 'blocked' : 'ran';
    const wanted = expected[t.engine];
    check(wanted === 'either' || outcome === wanted, () => `expected the changed chunk to be ${wanted}, it ${outcome === 'ran' ? `ran (version ${version})` : 'was blocked'}; errors ${show(r.errors)}`);
    check(r.violations.length === 0, () => `CSP violations: ${show(r.violations)}`);
    if (outcome === 'blocked') {
      check(integrityError(r), () => `expected an integrity error naming the chunk, got ${show(r.errors)}`);
    } else {
      check(version === '9.9.9', `role-card's version: ${version}`);
      // With no integrity the page gives for it, nothing tells; after a failed preload, only the preload's error does.
      check(r.errors.length === (how === 'modulepreload' ? 1 : 0), () => `errors: ${show(r.errors)}`);
    }
    // Chromium asks again for a chunk whose preload failed: the second request is the one that runs (or that the import map blocks).
    const requests = r.requests.filter((u) => u === chunkUrl).length;
    check(requests === 1 || (t.engine === 'chromium' && requests === 2 && how !== 'none' && how !== 'importmap' && how !== 'second map'), () => `the chunk was requested ${requests} times`);
    return `${outcome}, ${requests} request(s) for the chunk${outcome === 'blocked' ? `: ${integrityError(r)}` : ''}`;
  }, { parallel: true });
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
}, { parallel: true });

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
}, { parallel: true });

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
