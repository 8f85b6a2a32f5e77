// Issue 19: where the ready time goes. The bench's two pages (one article, and 20 + 60 elements at scale) and their
// static twins, loaded in turn in headless Chromium with the CPU profiler on; every sample of the main thread until
// the page is ready is put in one bucket:
//   - JS, by the module its function comes from (source maps of the all-in-one file, built in memory as
//     rollup.config.mjs builds it): Lit's runtime, or ours (src/…, per module), or the page's own inline script;
//   - DOM calls (insertBefore, importNode, attachShadow, …): the browser's C++ called from JS, put under the
//     module of the JS function that called them;
//   - "(program)": the browser's own work outside JS (parsing HTML, style, layout, paint);
//   - GC.
// The static twin has no script but the page's inline one, so the widgets' excess over it is what the table splits.
//
//   node bench/where.mjs [--runs 10]     (needs a build: npm run build; uses bench/pages/ as npm run bench wrote them)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium.mjs';
import { buildInMemory, cdnConfigs, groupOf, moduleName, rangesBySource } from './bytes.mjs';
import { loadData, widgetPages } from './pages.mjs';
import { serve } from './server.mjs';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const RUNS = Math.max(3, Number(opts.runs) || 10);
const ALL_IN_ONE = 'front-office-widgets.js';

const entry = (await cdnConfigs()).find((e) => e.name === ALL_IN_ONE);
const { code, map } = await buildInMemory(entry, { sourcemap: 'hidden' });
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const ranges = [...rangesBySource(code, map)].flatMap(([source, spans]) => spans.map(([start, end]) => ({ start, end, source }))).sort((a, b) => a.start - b.start);
/** The source module of the function starting at (line, column) of the built file. */
function moduleAt(line, column) {
  const offset = lineStarts[line] + column;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else if (ranges[mid].start > offset) hi = mid - 1;
    else return ranges[mid].source === '(unmapped)' ? '(unmapped glue)' : moduleName(ranges[mid].source);
  }
  return '(unmapped glue)';
}

const vi = await loadData();
const pages = new Map(Object.entries(widgetPages(vi)).map(([name, body]) => [`/bench/pages/${name}`, body]));
for (const name of ['static.html', 'static-scale.html', 'static.css']) pages.set(`/bench/pages/${name}`, readFileSync(new URL(`pages/${name}`, import.meta.url), 'utf8'));
pages.set(`/dist/cdn/${ALL_IN_ONE}`, code);
const server = await serve(pages, {});

const { puppeteerCore: puppeteer } = await import('@web/test-runner-chrome');
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS, defaultViewport: { width: 1280, height: 900 } });

/** One load with the profiler on: ms per bucket, until ready. */
async function sample(path) {
  const tab = await browser.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    const { ready } = await tab.evaluate(() => window.__ready);
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n);
    const owner = (n) => {
      const { url, lineNumber, columnNumber } = n.callFrame;
      if (url.endsWith(`/${ALL_IN_ONE}`)) return moduleAt(lineNumber, columnNumber);
      if (url) return 'the page’s inline script';
      return null;
    };
    const buckets = {};
    // The profile stops right after ready; (idle) samples before it (waiting on the network) are not counted.
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i + 1] ?? 0;
      const node = nodes.get(id);
      const name = node.callFrame.functionName;
      let bucket;
      if (name === '(idle)' || name === '(root)') return;
      if (name === '(program)') bucket = 'browser outside JS: parse, style, layout, paint';
      else if (name === '(garbage collector)') bucket = 'GC';
      else {
        let n = node;
        while (n && !owner(n)) n = parent.get(n.id);
        const module = n ? owner(n) : '(unknown)';
        const group = module.startsWith('src/') ? `ours: ${module}` : groupOf(module);
        bucket = owner(node) ? group : `${group} → DOM calls`;
      }
      buckets[bucket] = (buckets[bucket] ?? 0) + us / 1000;
    });
    return { ready, buckets };
  } finally {
    await tab.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  for (const [label, widgets, twin] of [
    ['one page', '/bench/pages/widgets.html', '/bench/pages/static.html'],
    ['at scale (20 + 60)', '/bench/pages/widgets-scale.html', '/bench/pages/static-scale.html'],
  ]) {
    const runs = { widgets: [], twin: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.widgets.push(await sample(widgets));
      runs.twin.push(await sample(twin));
    }
    const names = [...new Set([...runs.widgets, ...runs.twin].flatMap((r) => Object.keys(r.buckets)))];
    const rows = names
      .map((name) => [name, median(runs.widgets.map((r) => r.buckets[name] ?? 0)), median(runs.twin.map((r) => r.buckets[name] ?? 0))])
      .sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
    const ready = [median(runs.widgets.map((r) => r.ready)), median(runs.twin.map((r) => r.ready))];
    console.log(`\n${label}: ready ${ready[0].toFixed(1)} ms, static twin ${ready[1].toFixed(1)} ms (with the profiler on: slower than npm run bench)`);
    console.log(`${'main thread until ready, by owner'.padEnd(62)} ${'widgets'.padStart(8)} ${'twin'.padStart(8)} ${'Δ ms'.padStart(8)}`);
    for (const [name, a, b] of rows) if (Math.max(a, b) >= 0.05) console.log(`${name.padEnd(62)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)} ${(a - b).toFixed(2).padStart(8)}`);
    const ours = rows.filter(([n]) => n.startsWith('ours')).reduce((t, [, a, b]) => t + a - b, 0);
    const lit = rows.filter(([n]) => n.startsWith('lit')).reduce((t, [, a, b]) => t + a - b, 0);
    console.log(`sum: Lit ${lit.toFixed(1)} ms (its own JS and the DOM calls it makes), ours ${ours.toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('\nRepeat: node bench/where.mjs [--runs N]');
