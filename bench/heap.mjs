// What one live element costs on the JS heap, by kind of object: takes a heap
// snapshot of a page with no element and one with N of them, and prints the
// difference per element, grouped by constructor (V8 heap snapshot node names).
//
//   node bench/heap.mjs office-compare [--n 200] [--attrs 'role-id=sales'] [--cdn-dir DIR]
//
// Uses dist/cdn/front-office-widgets.js as built (run `npm run build` first) unless --cdn-dir.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { READY_SCRIPT } from './pages.mjs';
import { serve } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '200' }, attrs: { type: 'string', default: '' }, 'cdn-dir': { type: 'string' }, top: { type: 'string', default: '15' } },
});
const tag = positionals[0] ?? 'office-compare';
const n = Number(opts.n);
const attrs = Object.fromEntries(opts.attrs.split(',').filter(Boolean).map((kv) => kv.split('=')));
if (tag === 'role-card' && !attrs['role-id']) attrs['role-id'] = 'receptionist';

const cdnDir = opts['cdn-dir'] ?? `${root}/dist/cdn`;
if (!existsSync(`${cdnDir}/front-office-widgets.js`)) throw new Error(`${cdnDir}/front-office-widgets.js missing: npm run build`);
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${READY_SCRIPT}<script type="module" src="/dist/cdn/front-office-widgets.js"></script></head><body><main id="host"></main></body></html>`;
const server = await serve(new Map([['/heap.html', page]]), { '/dist/cdn/': cdnDir });

let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  puppeteer = (await import('@web/test-runner-chrome')).puppeteerCore;
}
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Lit's production build minifies its class names: find them again in the bundle by their shapes. */
function litNames(code) {
  const names = {};
  const find = (re, label) => {
    const m = code.match(re);
    if (m) names[m[1]] = label;
  };
  find(/class ([\w$]+)\{get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv/, 'ChildPart (lit)');
  find(/class ([\w$]+)\{get tagName\(\)\{return this\.element\.tagName/, 'AttributePart (lit)');
  find(/class ([\w$]+)\{constructor\([\w$]+,[\w$]+\)\{this\._\$AV=\[\],this\._\$AN=void 0,this\._\$AD=/, 'TemplateInstance (lit)');
  for (const [type, label] of [[3, 'PropertyPart'], [4, 'BooleanAttributePart'], [5, 'EventPart']]) {
    find(new RegExp(`class ([\\w$]+) extends [\\w$]+\\{constructor\\([^)]*\\)\\{super\\([^)]*\\),this\\.type=${type}[,}]`), `${label} (lit)`);
  }
  find(/class ([\w$]+)\{constructor\([\w$]+,[\w$]+\)\{this\.host=[\w$]+,this\.check=/, 'DataOverride controller');
  return names;
}
const LIT = litNames(readFileSync(`${cdnDir}/front-office-widgets.js`, 'utf8'));

/** Self size and count per "type:name" of a V8 heap snapshot. */
function summarise(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + iType]];
    let name = snapshot.strings[snapshot.nodes[i + iName]];
    // Blink's objects (DOM nodes, layout, text shaping) live in its own heap, not in V8's JSHeapUsedSize.
    const heap = type === 'native' ? 'native' : 'js';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '(strings)';
    else if (type === 'code') name = '(compiled code)';
    else if (type === 'array') name = `(array) ${name}`;
    else if (type === 'hidden' || type === 'synthetic') name = `(${type}) ${name}`;
    else if (type === 'object' && LIT[name]) name = LIT[name];
    const key = `${heap}\t${name.length > 70 ? `${name.slice(0, 67)}…` : name}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snapshot.nodes[i + iSize];
    out.set(key, entry);
  }
  return out;
}

async function snapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return summarise(JSON.parse(chunks.join('')));
}

try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await tab.goto(`${server.origin}/heap.html`);
  await tab.evaluate(() => window.__ready);
  const create = (count) =>
    tab.evaluate(
      async ({ tag, attrs, count }) => {
        const host = document.getElementById('host');
        const els = [];
        for (let i = 0; i < count; i++) {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          host.append(el);
          els.push(el);
        }
        await Promise.all(els.map((el) => el.updateComplete));
        await window.__frame();
      },
      { tag, attrs, count },
    );
  // One element first, so lazily built shared things (templates, style sheets) are in both snapshots.
  await create(1);
  const before = await snapshot(cdp);
  await create(n);
  const after = await snapshot(cdp);
  const rows = [];
  const total = { js: 0, native: 0 };
  for (const [key, a] of after) {
    const b = before.get(key) ?? { count: 0, size: 0 };
    const size = a.size - b.size;
    const [heap, name] = key.split('\t');
    total[heap] += size;
    if (size > 0) rows.push({ heap, name, count: (a.count - b.count) / n, size: size / n });
  }
  rows.sort((x, y) => y.size - x.size);
  const kb = (bytes) => `${(bytes / n / 1024).toFixed(2)} KB`;
  console.log(`<${tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}> per live element (${n} elements, heap snapshot self sizes):`);
  console.log(`  V8 (JS objects, what JSHeapUsedSize counts): ${kb(total.js)}; Blink (DOM nodes, style, layout, text shaping): ${kb(total.native)}`);
  for (const heap of ['js', 'native']) {
    console.log(`\n${heap === 'js' ? 'V8' : 'Blink'}: ${'object'.padEnd(66)} ${'count'.padStart(7)} ${'bytes'.padStart(7)}`);
    for (const r of rows.filter((r) => r.heap === heap).slice(0, Number(opts.top))) console.log(`  ${r.name.padEnd(72)} ${r.count.toFixed(1).padStart(7)} ${r.size.toFixed(0).padStart(7)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
