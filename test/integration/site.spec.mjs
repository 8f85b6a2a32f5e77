/**
 * The partner editors' site (`npm run build:site`, dist/site/) as any static host serves it: a plain file server,
 * no /api and no server code, its cdn/ folder 300 ms late as over a real network. Every page, on a phone and a
 * desktop: every request answered (no 404), no console error, axe clean, CLS < 0.1 while it loads. Then every HTML
 * snippet the embedding and theming pages offer, pasted into a page with the CDN address pointed at the harness's
 * CDN (same bytes, so the integrity hashes are checked for real): the elements upgrade, nothing fails. And every page
 * is valid HTML for the W3C Nu validator (npm vnu-jar, on Java).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AssertionError, atOnce, axeViolations, check, recorded, show, Skip, sleep, TAGS, test } from './harness.mjs';
import { CDN_DIR, ROOT, siteBuild, startStaticServer, versionOf } from './server.mjs';

/** Lighthouse's and Google's "good" CLS is 0.1; the site's own pages must stay under it while they load. */
const MAX_CLS = 0.1;

/** The configurator's page before the configurator branch moved it to the site's layout (it loaded ../dist/): not yet a site page. */
const notYetMoved = (dir, file) => /"\.\.\/dist\//.test(readFileSync(join(dir, file), 'utf8'));

/** Every custom element on the page defined and done rendering (an element may render nothing: a bad role-id). */
async function settle(page, timeout = 8000) {
  const tags = await page.evaluate((tags) => tags.filter((tag) => document.querySelector(tag)), TAGS);
  try {
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout, polling: 50 }, tags);
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    throw new AssertionError(`not defined within ${timeout} ms: ${tags.filter(Boolean).join(', ')}\n${show((await recorded(page)).errors)}`);
  }
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete)));
  // Two frames, so that a shift the last render caused is recorded.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return tags;
}

/** Every link to the site itself leads to a file it has, and to an element with that id when it names one. */
async function checkLinks(page, origin) {
  const links = await page.evaluate((origin) => [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((href) => href.startsWith(`${origin}/`)), origin);
  const texts = new Map();
  for (const link of new Set(links)) {
    const url = new URL(link);
    const target = `${url.origin}${url.pathname}`;
    if (!texts.has(target)) {
      const response = await fetch(target);
      texts.set(target, response.ok ? await response.text() : null);
    }
    check(texts.get(target) !== null, `a link to ${url.pathname}: not on the site`);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id) check(texts.get(target).includes(`id="${id}"`), `a link to ${url.pathname}#${id}: no such id there`);
  }
}

const { pages } = await siteBuild().catch((error) => ({ pages: [], error }));

for (const file of pages) {
  test(`site: ${file}, served as plain files (phone and desktop): no 404, no console error, axe clean, CLS < ${MAX_CLS}`, async (t) => {
    const { dir } = await siteBuild();
    // The configurator's page is the configurator branch's; until it loads ./cdn/ as the site's layout says, it cannot pass here.
    if (notYetMoved(dir, file)) throw new Skip(`${file} still loads ../dist/ instead of ./cdn/`);
    const host = await startStaticServer(dir, { slow: /^\/cdn\// });
    try {
      for (const [label, width, height] of [
        ['phone', 390, 844],
        ['desktop', 1280, 800],
      ]) {
        host.log.length = 0;
        const page = await t.open(`${host.origin}/${file}`, { width, height });
        await settle(page);
        // What a visitor's first seconds hold: scripts that build the page after load (the configurator) included.
        await sleep(500);
        const r = await recorded(page);
        const missing = host.log.filter((entry) => entry.status >= 400);
        check(!missing.length, () => `${label}: not found on the static host: ${show(missing)}`);
        check(!r.failed.length, () => `${label}: failed requests: ${show(r.failed)}`);
        check(!r.errors.length, () => `${label}: console errors: ${show(r.errors)}`);
        // The test runs beside others (parallel), its page in a window of its own: a hidden page would measure no shift.
        check(!r.hidden, `${label}: the page was hidden while it loaded, so its shifts were not seen`);
        const cls = r.shifts.reduce((sum, s) => sum + s.value, 0);
        check(cls < MAX_CLS, () => `${label}: CLS ${cls.toFixed(3)} (${r.shiftsMeasuredBy}): ${show(r.shifts)}`);
        const violations = await axeViolations(page);
        check(!violations.length, () => `${label}: axe: ${show(violations)}`);
        const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
        check(overflow <= 0, `${label}: the page scrolls sideways by ${overflow}px`);
        if (label === 'phone') await checkLinks(page, host.origin);
        await page.close();
      }
    } finally {
      await host.close();
    }
  }, { parallel: true });
}

test('site: every HTML snippet of embedding.html and theming.html works when pasted (integrity checked, elements upgraded, no error)', async (t) => {
  const { dir } = await siteBuild();
  const host = await startStaticServer(dir);
  try {
    const snippets = [];
    for (const file of ['embedding.html', 'theming.html']) {
      const page = await t.open(`${host.origin}/${file}`, { width: 1280, height: 800 });
      snippets.push(...(await page.evaluate(() => [...document.querySelectorAll('pre.snippet[data-lang="html"]')].map((pre) => pre.textContent))).map((code) => ({ file, code })));
      await page.close();
    }
    check(snippets.length >= 6, `only ${snippets.length} HTML snippets found`);
    const pinned = /https:\/\/cdn\.jsdelivr\.net\/npm\/front-office-widgets@[\w.-]+\/dist\/cdn/g;
    const script = `<script type="module" src="${t.cdn}/front-office-widgets.js"></script>`;
    // Each snippet in a page of its own, a few at once (they are only loaded and read).
    await atOnce(snippets, async ({ file, code }) => {
      check(!/%\w/.test(code), `${file}: a placeholder left in ${code}`);
      const local = code.replace(pinned, t.cdn);
      // A snippet with tags and no script is pasted where an administrator loads the script once for the site.
      const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>snippet</title>${/<script/.test(local) || !/<(office-compare|role-card|contact-float)/.test(local) ? '' : script}</head><body><main><h1>Bài viết</h1>${local}<p>Đoạn văn sau.</p></main></body></html>`;
      const page = await t.open(t.page(html), { width: 1280, height: 800, window: true });
      const tags = await settle(page);
      const r = await recorded(page);
      check(!r.errors.length && !r.failed.length, () => `${file}: ${code}\nerrors ${show(r.errors)} failed ${show(r.failed)}`);
      for (const tag of tags) {
        const rendered = await page.evaluate((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.childElementCount > 0), tag);
        check(rendered, `${file}: <${tag}> did not render from\n${code}`);
      }
      const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => Boolean(link.sheet)));
      check(sheets.every(Boolean), () => `${file}: a stylesheet did not load (integrity?) from\n${code}`);
      await page.close();
    });
  } finally {
    await host.close();
  }
}, { parallel: true });


test(
  'site: every page is valid HTML (W3C Nu validator: 0 errors, 0 warnings)',
  async () => {
    const { dir } = await siteBuild();
    const files = pages.filter((file) => !notYetMoved(dir, file)).map((file) => join(dir, file));
    const run = spawnSync('java', ['-jar', String(createRequire(import.meta.url)('vnu-jar')), '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`java: ${run.error.message} (npm test installs it: scripts/install-engines.mjs)`);
    const messages = JSON.parse(run.stderr || '{"messages":[]}').messages.filter((m) => m.type === 'error' || m.subType === 'warning');
    check(
      !messages.length,
      () => `vnu: ${messages.length} messages:\n${messages.map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`).join('\n')}`,
    );
  },
  // The validator reads the files, not a browser's page: once is enough.
  { skip: { firefox: 'engine-independent (the validator reads the built files); run in Chromium' } },
);

test(
  'site: cdn/ is the build byte for byte; custom-elements.json and package.json beside it',
  async () => {
    const { dir } = await siteBuild();
    const files = (root) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(root.length + 1)).sort();
    const built = files(CDN_DIR);
    check(show(files(join(dir, 'cdn'))) === show(built), () => `cdn/ holds ${show(files(join(dir, 'cdn')))}, the build ${show(built)}`);
    for (const file of built) check(readFileSync(join(dir, 'cdn', file)).equals(readFileSync(join(CDN_DIR, file))), `cdn/${file} differs from the build`);
    check(readFileSync(join(dir, 'custom-elements.json')).equals(readFileSync(join(ROOT, 'custom-elements.json'))), 'custom-elements.json differs');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    check(pkg.name === 'front-office-widgets' && pkg.version === (await versionOf()), `package.json: ${show(pkg)}`);
    check(!files(dir).some((file) => /\.(ts|mjs|php)$|^api\//.test(file)), () => `server code or sources on the site: ${show(files(dir))}`);
  },
  { skip: { firefox: 'engine-independent (reads the built files); run in Chromium' } },
);
