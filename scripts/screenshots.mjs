/**
 * `npm run screenshots`: the README's pictures, made from the demo so they never go stale.
 * Regenerate them whenever an element's look changes. Needs a build (`npm run build`); builds nothing.
 *
 * For each element of custom-elements.json, light (in Vietnamese) and dark (in English), wide
 * (a 1280 px desktop window, the element in a 720 px article column) and narrow (a 360 px phone):
 * the site's configurator (dist/site/configurator.html, built here by `buildSite`) is set up through its address, its snippet is pasted into a plain page
 * (the snippet's CDN URL answered with the local build), and the picture is cropped to the element.
 * Writes docs/images/<tag>-<light|dark>-<wide|narrow>.png.
 *
 *   node scripts/screenshots.mjs [tag …]
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { puppeteerCore } from '@web/test-runner-chrome';
import { buildSite, SITE } from './build-site.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CDN_DIR = join(ROOT, 'dist/cdn');
const OUT = join(ROOT, 'docs/images');

/** What each picture shows besides the defaults: the content a reader wants to see. Unknown tags get none. */
const SHOW = {
  'office-compare': { highlight: 'front', criteria: 'interaction,focus' },
  'role-card': { 'role-id': 'receptionist', expanded: 'true' },
  'contact-float': { open: 'true' },
};
const THEMES = [
  { theme: 'light', lang: 'vi', page: '#f3f5f8' },
  { theme: 'dark', lang: 'en', page: '#0d1014' },
];
const SIZES = [
  // 1 device pixel per CSS pixel, so a picture shows at its natural size in the README and stays small
  // (2× made the stacked comparison 325 KB); the phone is a touch screen, as its layout assumes.
  { name: 'wide', viewport: { width: 1280, height: 900, deviceScaleFactor: 1 }, column: '720px' },
  { name: 'narrow', viewport: { width: 360, height: 780, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, column: 'none' },
];
const MARGIN = 16;

if (!existsSync(join(CDN_DIR, 'sri.json'))) {
  console.error('screenshots: dist/cdn/sri.json is missing: run `npm run build` first.');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const allTags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement && d.tagName).map((d) => d.tagName);
const tags = process.argv.slice(2).length ? allTags.filter((t) => process.argv.slice(2).includes(t)) : allTags;

buildSite();
const server = await startDevServer({
  // No port: the dev server takes a free one (server.config.port).
  config: { rootDir: SITE, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const origin = `http://127.0.0.1:${server.config.port}`;
const browser = await puppeteerCore.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, '--hide-scrollbars', '--font-render-hinting=none'] });

/** The configurator's snippet for these settings, read from the site's page. */
async function snippetFor(tag, { theme, lang }) {
  const params = new URLSearchParams({ element: tag, lang, theme });
  for (const [name, value] of Object.entries(SHOW[tag] ?? {})) params.set(`attr.${name}`, value);
  const page = await browser.newPage();
  await page.goto(`${origin}/configurator.html#${params}`, { waitUntil: 'load' });
  await page.waitForSelector('form[aria-busy="false"]', { timeout: 10000 });
  const snippet = await page.$eval('#snippet-code', (code) => code.textContent);
  await page.close();
  return snippet;
}

async function picture(tag, look, size) {
  const snippet = await snippetFor(tag, look);
  const src = /<script type="module" src="([^"]+)"/.exec(snippet)[1];
  const page = await browser.newPage();
  await page.setViewport(size.viewport);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === src
      ? request.respond({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(join(CDN_DIR, src.split('/').pop())) })
      : request.continue(),
  );
  const html = `<!doctype html><html lang="${look.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 24px 16px; background: ${look.page}; font-family: system-ui, sans-serif; } main { max-width: ${size.column}; margin: 0 auto; }</style>
</head><body><main>\n${snippet}\n</main></body></html>`;
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount > 0, { timeout: 10000 }, tag);
  const box = await page.evaluate(async (tag) => {
    const host = document.querySelector(tag);
    await host.updateComplete;
    await document.fonts.ready;
    // The element's own box, or for a floating one (no box of its own) what its shadow root shows.
    const rects = [host, ...host.shadowRoot.querySelectorAll('*')]
      .map((node) => node.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const left = Math.min(...rects.map((r) => r.left)) + scrollX;
    const top = Math.min(...rects.map((r) => r.top)) + scrollY;
    const right = Math.max(...rects.map((r) => r.right)) + scrollX;
    const bottom = Math.max(...rects.map((r) => r.bottom)) + scrollY;
    return { left, top, right, bottom, pageWidth: document.documentElement.scrollWidth, pageHeight: document.documentElement.scrollHeight };
  }, tag);
  const x = Math.max(0, Math.floor(box.left - MARGIN));
  const y = Math.max(0, Math.floor(box.top - MARGIN));
  const clip = { x, y, width: Math.min(box.pageWidth, Math.ceil(box.right + MARGIN)) - x, height: Math.min(Math.max(box.pageHeight, size.viewport.height), Math.ceil(box.bottom + MARGIN)) - y };
  const file = join(OUT, `${tag}-${look.theme}-${size.name}.png`);
  writeFileSync(file, await page.screenshot({ clip, captureBeyondViewport: true }));
  await page.close();
  return file;
}

let failed = false;
try {
  mkdirSync(OUT, { recursive: true });
  for (const tag of tags) {
    for (const look of THEMES) {
      for (const size of SIZES) {
        const file = await picture(tag, look, size);
        console.log(`screenshots: ${file.slice(ROOT.length)} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(`screenshots: ${error.stack ?? error}`);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
