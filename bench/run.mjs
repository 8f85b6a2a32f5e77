// `npm run bench`: builds, serves dist/cdn and the bench pages on 127.0.0.1,
// drives headless Chromium and prints one table (issue 7). Method: bench/README.md.
//
//   node bench/run.mjs [--no-build] [--runs 15] [--only ready,scale,elements,variants,instance,memory]
//                      [--cpu 4] [--json results.json] [--cdn-dir DIR] [--screenshots DIR]
//
// --cdn-dir serves the CDN files from DIR instead of building (to compare two builds).
// --screenshots DIR keeps the screenshots of each widget page and its static twin.
//
// Every row is a median with its spread (p25–p75, and min–max in --json) over
// repeated runs; widget and static samples alternate (W S S W W S …) so drift
// in machine load falls on both sides alike. Each sample is a fresh tab with
// the HTTP cache off: a first visit, on loopback.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium.mjs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from '../scripts/size.mjs';
import { flattenInPage, loadData, staticCssInPage, staticPage, widgetPages } from './pages.mjs';
import { serve } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '15' },
    only: { type: 'string', default: 'ready,scale,elements,variants,instance,memory' },
    cpu: { type: 'string', default: '1' },
    json: { type: 'string' },
    'cdn-dir': { type: 'string' },
    screenshots: { type: 'string' },
  },
});
const RUNS = Math.max(3, Number(opts.runs) || 15);
const ONLY = new Set(opts.only.split(','));
const CPU = Math.max(1, Number(opts.cpu) || 1);
const INSTANCES = 1000;
const CYCLES = 300;
const WARM_UP = 600; // cycles before the heap settles (optimised code, inline caches, wrapper tables): measured, not counted as growth
const FLAGS = [
  ...CHROMIUM_FLAGS,
  // Keep background tabs' timers and rendering honest; only one tab is open at a time anyway.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];
const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);

// ---------------------------------------------------------------- build & snapshot
function build() {
  for (let attempt = 1; attempt <= 2; attempt++) {
    log(`npm run build${attempt > 1 ? ` (attempt ${attempt}: another build may have removed dist/ under us)` : ''}`);
    const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status === 0) return;
  }
  throw new Error('npm run build failed twice (see above); --no-build measures dist/ as it is');
}

/** dist/cdn copied aside, so a concurrent `npm run build` (rm -rf dist) cannot pull files from under the benchmark. */
function snapshotCdn(from = join(root, 'dist/cdn')) {
  const dir = mkdtempSync(join(tmpdir(), 'fow-bench-'));
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      cpSync(from, dir, { recursive: true });
      if (existsSync(join(dir, 'front-office-widgets.js'))) return dir;
    } catch {
      // dist/ is being rebuilt by someone else: wait and retry
    }
    spawnSync('sleep', ['3']);
  }
  throw new Error('dist/cdn/front-office-widgets.js not found: run `npm run build` (or drop --no-build)');
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    // Not hoisted: take the copy @web/test-runner-chrome carries.
    return (await import('@web/test-runner-chrome')).puppeteerCore;
  }
}

// ---------------------------------------------------------------- statistics
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { n: v.length, median: quantile(v, 0.5), p25: quantile(v, 0.25), p75: quantile(v, 0.75), min: v[0], max: v.at(-1) };
}

// ---------------------------------------------------------------- browser helpers
let browser;
let origin;
let twinCheck = [];

async function open(path) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const ready = await page.evaluate(() => Promise.race([window.__ready, new Promise((_, reject) => setTimeout(() => reject(new Error('not ready after 20 s')), 20_000))]));
  if (errors.length) log(`page errors on ${path}: ${errors.slice(0, 3).join(' | ')}`);
  return { page, cdp, ...ready };
}

async function close({ page, cdp }) {
  await cdp.detach().catch(() => {});
  await page.close();
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

async function listenerCounts(cdp) {
  const count = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.length;
  };
  return { window: await count('window'), document: await count('document') };
}

/** Instances of an element class still alive on the heap (queryObjects collects garbage first). */
async function aliveInstances(cdp, tag) {
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)})?.prototype` });
  if (!proto.objectId) return null;
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  return result.value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- static twins
const KINDS = {
  'office-compare': [{}],
  'role-card': [{ 'role-id': 'receptionist' }, { 'role-id': 'customer-relations' }, { 'role-id': 'sales' }],
  'contact-float': [{}],
};
const selectorOf = (tag, attrs) => tag + Object.entries(attrs).map(([k, v]) => `[${k}="${v}"]`).join('');

/** Renders the widget pages once and writes their static twins (markup + static.css) from what the elements rendered. */
async function makeStaticTwins(pages, outDir) {
  const templates = {};
  for (const [widgets, twin, title] of [
    ['widgets.html', 'static.html', 'bench: static twin, one page'],
    ['widgets-scale.html', 'static-scale.html', 'bench: static twin at scale'],
  ]) {
    const tab = await open(`/bench/pages/${widgets}`);
    const body = await tab.page.evaluate(flattenInPage);
    pages.set(`/bench/pages/${twin}`, staticPage(title, `<!-- Generated by bench/run.mjs from the rendered ${widgets}: do not edit. -->\n${body}`));
    if (widgets === 'widgets.html') {
      const css = await tab.page.evaluate(staticCssInPage, Object.keys(KINDS));
      pages.set('/bench/pages/static.css', `/* Generated by bench/run.mjs: the elements' own styles, :host → & under .static-<tag>. Do not edit. */\n${css}\n`);
      for (const [tag, variants] of Object.entries(KINDS)) {
        templates[tag] = [];
        for (const attrs of variants) templates[tag].push(await tab.page.evaluate(flattenInPage, selectorOf(tag, attrs)));
      }
    }
    await close(tab);
  }
  mkdirSync(outDir, { recursive: true });
  for (const [path, body] of pages) writeFileSync(join(outDir, path.replace('/bench/pages/', '')), body);
  // The twins must look exactly like the widget pages, or the comparison is not fair: compare screenshots.
  twinCheck = [];
  for (const [widgets, twin] of [['widgets', 'static'], ['widgets-scale', 'static-scale']]) {
    const shots = [];
    for (const name of [widgets, twin]) {
      const tab = await open(`/bench/pages/${name}.html`);
      const png = await tab.page.screenshot({ fullPage: true });
      if (opts.screenshots) {
        mkdirSync(opts.screenshots, { recursive: true });
        writeFileSync(join(opts.screenshots, `${name}.png`), png);
      }
      shots.push(Buffer.from(png));
      await close(tab);
    }
    twinCheck.push(`${twin}.html ${shots[0].equals(shots[1]) ? 'pixel-identical to' : 'DIFFERS FROM'} ${widgets}.html`);
  }
  log(`static twins: ${twinCheck.join('; ')}`);
  return templates;
}

// ---------------------------------------------------------------- sections
const results = [];
const row = (section, metric, widgets, staticSide, extra = {}) => results.push({ section, metric, widgets, static: staticSide, ...extra });

/** Alternating pairs: W S, S W, W S, … */
async function pairs(runs, sample) {
  const out = { widgets: [], static: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['static', 'widgets'] : ['widgets', 'static'];
    for (const side of order) out[side].push(await sample(side, i));
  }
  return out;
}

async function readySection(name, widgetsPage, staticPath, { heap = false, runs = RUNS, aim, fcp = true, detail = fcp } = {}) {
  log(`${name}: ${runs} alternating pairs`);
  const samples = await pairs(runs, async (side) => {
    const tab = await open(side === 'widgets' ? widgetsPage : staticPath);
    // Main-thread time by kind, summed by Chromium from page creation up to now (just after ready).
    const { metrics } = await tab.cdp.send('Performance.getMetrics');
    const ms = (name) => 1000 * metrics.find((m) => m.name === name).value;
    const work = { task: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
    await sleep(250); // late layout shifts still count; paint entries arrive after presentation
    const { cls, fcp: paint } = await tab.page.evaluate(() => ({ cls: window.__cls(), fcp: window.__fcp() }));
    const heapUsed = heap ? await heapAfterGc(tab.cdp) : null;
    await close(tab);
    return { ready: tab.ready, dcl: tab.dcl, fcp: paint, cls, heap: heapUsed, elements: tab.elements, ...work };
  });
  const pick = (side, key) => samples[side].map((s) => s[key]);
  const ratios = samples.widgets.map((w, i) => w.ready / samples.static[i].ready);
  row(name, `ready (ms), ${samples.widgets[0].elements} elements`, stats(pick('widgets', 'ready')), stats(pick('static', 'ready')), { ratio: stats(ratios), aim });
  if (detail) {
    const vs = (key, label) =>
      row(name, label, stats(pick('widgets', key)), stats(pick('static', key)), {
        delta: stats(samples.widgets.map((w, i) => w[key] - samples.static[i][key])),
      });
    vs('dcl', '  DOMContentLoaded (ms)');
    vs('task', '  main thread busy, all tasks (ms)');
    vs('script', '  main thread: script (ms)');
    vs('style', '  main thread: style recalc (ms)');
    vs('layout', '  main thread: layout (ms)');
  }
  if (fcp) {
    row(name, 'first contentful paint (ms)', stats(pick('widgets', 'fcp')), stats(pick('static', 'fcp')), {
      ratio: stats(samples.widgets.map((w, i) => w.fcp / samples.static[i].fcp)),
    });
  }
  // A shift is a visitor's bad moment whenever it happens: the median hides it when most runs are clean, so CLS
  // is reported as its worst run and the number of runs with any shift (the median stays in --json).
  const clsOf = (side) => ({ ...stats(pick(side, 'cls')), shifted: pick(side, 'cls').filter((v) => v > 0).length, runs });
  row(name, 'CLS: worst run, runs with a shift', clsOf('widgets'), clsOf('static'), { aim: '0 in every run', cls: true });
  if (heap) {
    row(name, 'JS heap after GC (KB)', stats(pick('widgets', 'heap').map((b) => b / 1024)), stats(pick('static', 'heap').map((b) => b / 1024)), {
      delta: stats(samples.widgets.map((w, i) => (w.heap - samples.static[i].heap) / 1024)),
    });
  }
}

/** In the page: create and render (updateComplete + a frame) `n` nodes of one kind; they stay in `window.__nodes`. */
async function instanceCreate({ tag, variants, side, markups, n }) {
  const host = document.getElementById('host');
  const quiet = console.warn;
  console.warn = () => {}; // 999 of 1000 <contact-float> warn that the placement is taken; printing that is not what we measure
  const templates = markups.map((markup) => {
    const t = document.createElement('template');
    t.innerHTML = markup;
    return t.content.firstElementChild;
  });
  const nodes = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    let el;
    if (side === 'widgets') {
      el = document.createElement(tag);
      for (const [k, v] of Object.entries(variants[i % variants.length])) el.setAttribute(k, v);
    } else {
      el = templates[i % templates.length].cloneNode(true);
    }
    host.append(el);
    nodes.push(el);
  }
  if (side === 'widgets') await Promise.all(nodes.map((el) => el.updateComplete));
  await window.__frame();
  const t1 = performance.now();
  console.warn = quiet;
  window.__nodes = nodes;
  return t1 - t0;
}

/** In the page: removes what instanceCreate made, one by one, up to the next frame. */
async function instanceRemove() {
  const t0 = performance.now();
  for (const el of window.__nodes) el.remove();
  await window.__frame();
  window.__nodes = null;
  return performance.now() - t0;
}

async function instanceSection(templates) {
  const runs = Math.max(5, Math.round(RUNS / 2));
  for (const [tag, variants] of Object.entries(KINDS)) {
    log(`per instance: ${INSTANCES} × <${tag}>, ${runs} alternating pairs`);
    const samples = await pairs(runs, async (side) => {
      const tab = await open('/bench/pages/lab.html');
      const heap0 = await heapAfterGc(tab.cdp);
      const render = await tab.page.evaluate(instanceCreate, { tag, variants, side, markups: templates[tag], n: INSTANCES });
      const heap1 = await heapAfterGc(tab.cdp);
      const remove = await tab.page.evaluate(instanceRemove);
      await close(tab);
      return { render, remove, heap: (heap1 - heap0) / INSTANCES / 1024 };
    });
    const rowOf = (key, metric, extra = {}) => {
      const w = samples.widgets.map((s) => s[key]);
      const s = samples.static.map((x) => x[key]);
      const relation = key === 'heap' ? { delta: stats(w.map((x, i) => x - s[i])) } : { ratio: stats(w.map((x, i) => x / s[i])) };
      row('per instance', metric, stats(w), stats(s), { ...relation, ...extra });
    };
    rowOf('render', `${INSTANCES} × <${tag}> create+render (ms)`, { perInstance: stats(samples.widgets.map((s) => (s.render * 1000) / INSTANCES)) }); // µs per element
    rowOf('remove', `${INSTANCES} × <${tag}> remove (ms)`);
    rowOf('heap', `  JS heap per live <${tag}> (KB)`, { digits: 2 });
  }
}

/** In the page: puts one of each element in #host, or runs `cycles` disconnect/connect cycles on them. */
async function memoryStep({ setup, cycles, fresh }) {
  const host = document.getElementById('host');
  const settle = (els) => Promise.all(els.map((el) => el.updateComplete));
  if (setup) {
    host.innerHTML = '<office-compare></office-compare><role-card role-id="receptionist"></role-card><role-card role-id="customer-relations" industry="banking"></role-card><role-card role-id="sales"></role-card><contact-float></contact-float>';
    await settle([...host.children]);
    return host.children.length;
  }
  for (let i = 0; i < cycles; i++) {
    const old = [...host.children];
    for (const el of old) el.remove(); // disconnect (while open / expanded: the leak-prone path)
    const els = fresh ? old.map((el) => el.cloneNode(false)) : old;
    for (const el of els) host.append(el); // connect
    await settle(els);
    // Exercise what adds listeners: open the contact button, toggle the cards.
    for (const el of els) {
      if (el.localName === 'contact-float') el.open = i % 2 === 0;
      if (el.localName === 'role-card') el.expanded = !el.expanded;
    }
    await settle(els);
  }
  await window.__frame();
  return host.children.length;
}

async function memorySection() {
  const runs = Math.max(3, Math.round(RUNS / 3));
  for (const fresh of [false, true]) {
    const label = fresh ? 'new instances' : 'same instances';
    log(`memory: ${WARM_UP + CYCLES} disconnect/connect cycles (${label}), ${runs} runs`);
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const tab = await open('/bench/pages/lab.html');
      const connected = await tab.page.evaluate(memoryStep, { setup: true });
      await tab.page.evaluate(memoryStep, { cycles: 20, fresh });
      const heapStart = await heapAfterGc(tab.cdp);
      const listeners0 = await listenerCounts(tab.cdp);
      // The first few hundred cycles grow the heap once (optimised code, inline caches, DOM
      // wrapper tables), then it stays flat: that one-off is reported apart from growth.
      await tab.page.evaluate(memoryStep, { cycles: WARM_UP, fresh });
      const heap0 = await heapAfterGc(tab.cdp);
      await tab.page.evaluate(memoryStep, { cycles: CYCLES, fresh });
      const heap1 = await heapAfterGc(tab.cdp);
      const listeners1 = await listenerCounts(tab.cdp);
      const alive = {};
      for (const tag of Object.keys(KINDS)) alive[tag] = await aliveInstances(tab.cdp, tag);
      await close(tab);
      samples.push({ heapStart, heap0, heap1, listeners0, listeners1, connected, alive: Object.values(alive).reduce((a, b) => a + (b ?? 0), 0) });
    }
    const section = `memory, ${WARM_UP + CYCLES} cycles, ${label}`;
    const sum = (l) => l.window + l.document;
    const mem = (metric, before, after, extra) => results.push({ memory: true, section, metric, before: stats(before), after: stats(after), delta: stats(after.map((a, i) => a - before[i])), ...extra });
    mem(`JS heap after GC (KB), cycles 1–${WARM_UP}: one-off warm-up`, samples.map((s) => s.heapStart / 1024), samples.map((s) => s.heap0 / 1024));
    mem(`JS heap after GC (KB), cycles ${WARM_UP + 1}–${WARM_UP + CYCLES}`, samples.map((s) => s.heap0 / 1024), samples.map((s) => s.heap1 / 1024), { aim: 'no growth' });
    mem(
      'listeners on window + document',
      samples.map((s) => sum(s.listeners0)),
      samples.map((s) => sum(s.listeners1)),
      { aim: '+0', digits: 0, detail: samples.map((s) => ({ before: s.listeners0, after: s.listeners1 })) },
    );
    mem(
      'element instances alive after GC',
      samples.map((s) => s.connected),
      samples.map((s) => s.alive),
      { aim: '+0 (only the connected ones)', digits: 0 },
    );
  }
}

// ---------------------------------------------------------------- report
function fmt(s, digits = 1) {
  if (!s) return '';
  const f = (x) => x.toFixed(digits);
  return s.p25 === s.p75 ? f(s.median) : `${f(s.median)} (${f(s.p25)}–${f(s.p75)})`;
}

function printRows(rows, header, cells) {
  const lines = [];
  let lastSection = null;
  for (const r of rows) {
    lines.push([r.section === lastSection ? '' : r.section, r.metric, ...cells(r)]);
    lastSection = r.section;
  }
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((l) => l[i].length)));
  const out = (l) => l.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(out(header));
  console.log(out(widths.map((w) => '-'.repeat(w))));
  for (const l of lines) console.log(out(l));
}

/** CLS as `max 0.147, 3/15 shifted`: the worst run and how often it shifts at all. */
const clsCell = (s) => (s ? `max ${s.max.toFixed(3)}, ${s.shifted}/${s.runs} shifted` : '');

const relation = (r) => (r.ratio ? `×${fmt(r.ratio, 2)}` : r.delta ? `${r.delta.median >= 0 ? '+' : ''}${fmt(r.delta, r.digits ?? 1)}` : '');

function printTable(env) {
  console.log(`\nfront-office-widgets benchmark: median (p25–p75) over repeated runs, widget and static samples alternating`);
  console.log(`machine: ${env.cores} cores (${env.cpu}), ${env.os}, Node ${env.node}, ${env.browser}; load avg ${env.loadBefore} → ${env.loadAfter}${CPU > 1 ? `; CPU throttled ×${CPU}` : ''}`);
  console.log(`bundle: dist/cdn/front-office-widgets.js ${env.bundle.raw} B, ${env.bundle.gzip} B gzip -9, ${env.bundle.brotli} B brotli; viewport 1280×900, HTTP cache off, loopback`);
  console.log(`static twins (bench/pages/static*.html, static.css: the elements' rendered markup and their own CSS): ${twinCheck.join('; ')}\n`);
  const compared = results.filter((r) => !r.memory);
  if (compared.length) {
    const cell = (r, side) => (r.cls ? clsCell(r[side]) : fmt(r[side], r.digits));
    printRows(compared, ['', 'metric', 'widgets', 'static twin', 'ratio / Δ', 'aim'], (r) => [cell(r, 'widgets'), cell(r, 'static'), relation(r), r.aim ?? '']);
  }
  const perInstance = results.filter((r) => r.perInstance);
  if (perInstance.length) {
    console.log(`per element (create+render, median): ${perInstance.filter((r) => r.metric.includes('create')).map((r) => `${r.metric.match(/<[^>]+>/)[0]} ${r.perInstance.median.toFixed(0)} µs`).join(', ')}`);
  }
  const memory = results.filter((r) => r.memory);
  if (memory.length) {
    console.log('');
    printRows(memory, ['', 'metric', 'before', 'after', 'Δ', 'aim'], (r) => [fmt(r.before, r.digits), fmt(r.after, r.digits), relation(r), r.aim ?? '']);
  }
}

/** The two widget pages prerendered by the package's own renderer (dist/ssr/render.js), loading the hydrate file. */
async function prerenderedPages(pages) {
  const { renderWidgets } = await import(join(root, 'dist/ssr/render.js'));
  for (const [prerendered, source] of [
    ['widgets-prerendered.html', 'widgets.html'],
    ['widgets-scale-prerendered.html', 'widgets-scale.html'],
  ]) {
    const html = await renderWidgets(pages.get(`/bench/pages/${source}`));
    pages.set(`/bench/pages/${prerendered}`, html.replace('/dist/cdn/front-office-widgets.js"', '/dist/cdn/front-office-widgets.hydrate.js"'));
  }
}

// ---------------------------------------------------------------- main
async function main() {
  if (!opts['no-build'] && !opts['cdn-dir']) build();
  const cdnDir = snapshotCdn(opts['cdn-dir']);
  const bundle = measure(readFileSync(join(cdnDir, 'front-office-widgets.js')));
  const loadBefore = loadavg()[0].toFixed(2);
  const vi = await loadData();
  const imports = existsSync(join(cdnDir, 'imports.json')) ? JSON.parse(readFileSync(join(cdnDir, 'imports.json'), 'utf8')) : undefined;
  const pages = new Map(Object.entries(widgetPages(vi, imports)).map(([name, body]) => [`/bench/pages/${name}`, body]));
  const server = await serve(pages, { '/dist/cdn/': cdnDir });
  origin = server.origin;

  const puppeteer = await loadPuppeteer();
  const executablePath = chromiumPath();
  browser = await puppeteer.launch({ executablePath, headless: true, args: FLAGS, defaultViewport: { width: 1280, height: 900 }, protocolTimeout: 180_000 });
  try {
    log('rendering the widget pages once to write their static twins (bench/pages/)');
    const templates = await makeStaticTwins(pages, join(root, 'bench/pages'));
    if (ONLY.has('ready')) await readySection('one page', '/bench/pages/widgets.html', '/bench/pages/static.html', { heap: true, aim: '< 1.25' });
    if (ONLY.has('scale')) await readySection('at scale (20 + 60)', '/bench/pages/widgets-scale.html', '/bench/pages/static-scale.html', { heap: true, aim: '< 1.5' });
    if (ONLY.has('variants')) {
      const runs = Math.max(5, Math.round(RUNS / 3));
      for (const [variant, label] of [
        ['reserve', "+ README's :not(:defined) CSS"],
        ['blocking', '<script type=module blocking=render>'],
        ['iife', 'IIFE: classic <script> in <head>'],
      ]) {
        await readySection(`one page, ${label}`, `/bench/pages/widgets-${variant}.html`, '/bench/pages/static.html', { runs, fcp: false });
        await readySection(`at scale, ${label}`, `/bench/pages/widgets-scale-${variant}.html`, '/bench/pages/static-scale.html', { runs, fcp: false });
      }
      // The configurator's default snippet: the elements prerendered into the page (declarative shadow DOM), then the
      // hydrate file. The content paints with the HTML, as the twin's does; "ready" waits for the hydration.
      await prerenderedPages(pages);
      await readySection('one page, prerendered + hydrate file', '/bench/pages/widgets-prerendered.html', '/bench/pages/static.html', { runs, detail: false });
      await readySection('at scale, prerendered + hydrate file', '/bench/pages/widgets-scale-prerendered.html', '/bench/pages/static-scale.html', { runs, detail: false });
    }
    // The per-element files (issue 19): four requests instead of one, one copy of Lit.
    if (ONLY.has('elements') && imports) {
      await readySection('one page, the three per-element files', '/bench/pages/widgets-elements.html', '/bench/pages/static.html', { fcp: false });
      await readySection('at scale, the three per-element files', '/bench/pages/widgets-scale-elements.html', '/bench/pages/static-scale.html', { fcp: false });
    }
    if (ONLY.has('instance')) await instanceSection(templates);
    if (ONLY.has('memory')) await memorySection();
    const env = {
      cores: cpus().length,
      cpu: cpus()[0]?.model?.trim() ?? '?',
      os: (readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/) ?? [, process.platform])[1],
      node: process.versions.node,
      browser: await browser.version(),
      loadBefore,
      loadAfter: loadavg()[0].toFixed(2),
      bundle,
      runs: RUNS,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    printTable(env);
    console.log(`\n${env.seconds} s. Repeat: npm run bench (options: --no-build --runs N --only ready,scale,elements,variants,instance,memory --cpu 4 --json file)`);
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ env, results }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(cdnDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
