/**
 * A small runner for the integration suite: each engine in turn (headless Chromium over the DevTools protocol,
 * Firefox ESR over WebDriver BiDi, both through puppeteer-core), a fresh browser context (no shared cache, storage
 * or definitions) per test, and pages that record from their first instruction what a partner's page would suffer:
 * CSP violations, console errors and warnings, uncaught errors, requests, Trusted Types policies,
 * `customElements.define` calls and layout shifts.
 *
 * The recording is injected by the driver (CDP's and BiDi's scripts to evaluate on each new document), which the
 * page's CSP does not govern, so the partner pages themselves hold no inline script.
 *
 * A test that an engine cannot run says so when registered (`test(name, fn, { skip: { firefox: 'why, with a link' } })`):
 * it is reported as skipped in that engine, with the reason, and counted.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findFirefox, LABEL } from '../../scripts/browsers.mjs';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';
import { setFirefoxTab } from '../../scripts/wtr-emulation.mjs';
import { startServers } from './server.mjs';

/** The engines puppeteer drives, and how each is started. */
export const DRIVEN = ['chromium', 'firefox'];
const LAUNCH = {
  chromium: () => ({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS }),
  firefox: () => ({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // System access lets the harness switch a tab's JavaScript and media settings as Firefox's DevTools do (setFirefoxTab).
    args: ['--remote-allow-system-access'],
    // The test switch for navigator.clipboard.readText(), which otherwise asks the visitor with a paste menu; Firefox has
    // no clipboard permission to grant (https://developer.mozilla.org/en-US/docs/Web/API/Clipboard_API#security_considerations).
    // No favicon: Firefox would fetch /favicon.ico for every page, under the page's CSP (a violation where img-src is
    // 'none'), as Chromium headless does not.
    extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true, 'browser.chrome.site_icons': false },
  }),
};

export const TAGS = ['office-compare', 'role-card', 'contact-float'];

const tests = [];

/**
 * Registers a test: `fn(t)` gets a {@link TestContext}. `skip: { firefox: reason }` reports it as skipped in that
 * engine, with the reason (name what the engine lacks and link its bug or compatibility table). `timeout` (ms, 20 s by
 * default) for the few tests that run a slow tool, such as the Java validator.
 *
 * `parallel: true`: the test may run at the same time as the tests registered next to it that say so too (up to
 * {@link PARALLEL} at once), because all it does is load pages and read them: no mouse or keyboard input (one window
 * has the focus), no server log shared with other tests, no clipboard. It still gets a browser context of its own, and
 * each of its pages a window of its own ({@link TestContext#newPage}), so every page is visible and paints frames.
 * Its lines are printed in the order the tests were registered.
 */
export function test(name, fn, { skip = {}, timeout = 20000, parallel = false } = {}) {
  tests.push({ name, fn, skip, timeout, parallel, spec: specOfCaller() });
}

/**
 * How many `parallel` tests run at once in one engine. Most of such a test is waiting (a slow CDN, a layout-shift
 * window), so three overlap well also on CI's two cores with both engines running; FOW_PARALLEL=1 runs them one by one.
 */
export const PARALLEL = Math.max(1, Number(process.env.FOW_PARALLEL) || 3);

/**
 * The tests of a `parallel` group run {@link PARALLEL} at once only while the machine has room: where the run queue is
 * already six times the cores (other jobs on a shared machine), tests side by side would only share the same CPU
 * (no faster) and each risk its time limit, so the group runs one by one, as without `parallel`.
 */
function groupSize() {
  if (process.env.FOW_PARALLEL) return PARALLEL;
  return loadavg()[0] > 6 * availableParallelism() ? 1 : PARALLEL;
}

/** The spec file that registered a test (its name, for the timing summary), from the call stack. */
function specOfCaller() {
  return /\/([\w.-]+\.spec\.mjs)\b/.exec(new Error().stack ?? '')?.[1] ?? '?';
}

/** Thrown to report a test as skipped, with the reason. */
export class Skip extends Error {}

export class AssertionError extends Error {}

/** Fails the test with `message` unless `condition`. */
export function check(condition, message) {
  if (!condition) throw new AssertionError(typeof message === 'function' ? message() : message);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `fn` for each of `items`, {@link PARALLEL} at a time; resolves to the results in the items' order. For pages that
 * are only loaded and read (each in a window of its own: `t.open(url, { window: true })`), whose waits then overlap.
 */
export async function atOnce(items, fn, limit = PARALLEL) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export const show = (value) => JSON.stringify(value, null, 2);

/** Runs before any script of every page, in the page's own world. */
function instrument() {
  const record = {
    violations: [],
    policies: [],
    defines: {},
    shifts: [],
    // A hidden page paints nothing, so it reports no shift: a layout-shift figure holds only if this stays false.
    hidden: document.visibilityState !== 'visible',
  };
  Object.defineProperty(window, '__fow', { value: record });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' || (record.hidden = true));
  // Capture phase on the window: violations inside shadow roots are composed events.
  window.addEventListener(
    'securitypolicyviolation',
    (e) =>
      record.violations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        target: e.composedPath?.()[0]?.nodeName ?? null,
      }),
    true,
  );
  if (window.trustedTypes) {
    const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
    trustedTypes.createPolicy = (name, rules) => {
      record.policies.push(name);
      return createPolicy(name, rules);
    };
  }
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    const result = define.call(this, name, ...rest);
    record.defines[name] = (record.defines[name] ?? 0) + 1;
    return result;
  };
  const describe = (node) => (node ? (node.nodeType === 1 ? node.localName + (node.id ? `#${node.id}` : node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '') : node.nodeName) : '?');
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    record.shiftsMeasuredBy = 'layout-shift entries';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        record.shifts.push({ value: entry.value, time: Math.round(entry.startTime), sources: (entry.sources ?? []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } else {
    // Firefox has no Layout Instability API (https://developer.mozilla.org/en-US/docs/Web/API/LayoutShift#browser_compatibility,
    // https://bugzilla.mozilla.org/show_bug.cgi?id=1651528), so the page's frames are compared as that API's spec does
    // (https://wicg.github.io/layout-instability/): an element visible in two consecutive frames whose top-left corner moved
    // by 3 px or more (less, such as sub-pixel rounding, is no jump a visitor sees), both on the screen and in the
    // document (so neither a scroll nor a fixed element counts), is unstable; a frame's score is the share of the viewport its old and new boxes cover times the
    // longest move over the viewport's larger side; frames within 500 ms of a click or key press are left out, as
    // `hadRecentInput` leaves them out. Light DOM only: our elements' growth shows in the page content they push.
    record.shiftsMeasuredBy = 'frame comparison';
    let lastInput = -Infinity;
    for (const type of ['pointerdown', 'mousedown', 'keydown']) addEventListener(type, (e) => e.isTrusted && (lastInput = performance.now()), true);
    const area = (rects) => {
      // Exact area of a union of rectangles, on the grid of their edges (a few dozen rectangles per frame at most).
      const xs = [...new Set(rects.flatMap((r) => [r.left, r.right]))].sort((a, b) => a - b);
      const ys = [...new Set(rects.flatMap((r) => [r.top, r.bottom]))].sort((a, b) => a - b);
      let sum = 0;
      for (let i = 0; i < xs.length - 1; i++) {
        for (let j = 0; j < ys.length - 1; j++) {
          const x = (xs[i] + xs[i + 1]) / 2;
          const y = (ys[j] + ys[j + 1]) / 2;
          if (rects.some((r) => r.left <= x && x < r.right && r.top <= y && y < r.bottom)) sum += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
        }
      }
      return sum;
    };
    let previous = new Map();
    const frame = (now) => {
      const current = new Map();
      const moved = [];
      for (const el of document.body?.querySelectorAll('*') ?? []) {
        const r = el.getBoundingClientRect();
        if ((!r.width && !r.height) || getComputedStyle(el).visibility === 'hidden') continue;
        const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, x: r.left + scrollX, y: r.top + scrollY };
        current.set(el, box);
        const before = previous.get(el);
        if (!before) continue;
        const onScreen = Math.max(Math.abs(box.left - before.left), Math.abs(box.top - before.top));
        const inDocument = Math.max(Math.abs(box.x - before.x), Math.abs(box.y - before.y));
        if (onScreen >= 3 && inDocument >= 3) moved.push({ el, before, box, distance: Math.min(onScreen, inDocument) });
      }
      previous = current;
      if (moved.length && now - lastInput > 500) {
        const clip = (r) => ({ left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(innerWidth, r.right), bottom: Math.min(innerHeight, r.bottom) });
        const regions = moved.flatMap((m) => [clip(m.before), clip(m.box)]).filter((r) => r.right > r.left && r.bottom > r.top);
        const value = (area(regions) / (innerWidth * innerHeight)) * (Math.max(...moved.map((m) => m.distance)) / Math.max(innerWidth, innerHeight));
        if (value > 0) record.shifts.push({ value, time: Math.round(now), sources: [...new Set(moved.slice(0, 5).map((m) => describe(m.el)))] });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }
}

class TestContext {
  constructor(engine, context, servers, { windows = false } = {}) {
    /** Every page in a window of its own (a `parallel` test): see {@link TestContext#newPage}. */
    this.windows = windows;
    /** 'chromium' or 'firefox': for the few expectations that differ by engine. */
    this.engine = engine;
    this.context = context;
    this.servers = servers;
    this.cdn = `${servers.cdnOrigin}/cdn`;
  }

  /**
   * A new tab of this test's context. `javaScript: false`: a visitor with JavaScript off (the page's scripts do not
   * run; page.evaluate still does); `media`: prefers-color-scheme and prefers-reduced-motion, as
   * `[{ name, value }]`; `init` runs before any script of every page it loads. `window: true` opens it in a window
   * of its own instead of a tab: a tab that is not the selected one is hidden, and a hidden page gets no animation
   * frames (Firefox's layout-shift measure counts frames) nor layout-shift entries, so pages measured at the same time
   * each need a window (the default in a `parallel` test).
   */
  async newPage({ width = 1280, height = 900, javaScript = true, media, init, window = this.windows } = {}) {
    const page = await (window ? newWindow(this.context) : this.context.newPage());
    await page.setViewport({ width, height });
    if (this.engine === 'firefox' && (!javaScript || media)) {
      // What BiDi cannot switch yet is set on the tab itself, found by a URL no other tab has; it holds for what the tab loads next.
      await page.goto(`${this.servers.partnerOrigin}/blank?tab=${++blankTabs}`);
      if (!javaScript) await setFirefoxTab(page, { allowJavascript: false });
    } else if (!javaScript) {
      await page.setJavaScriptEnabled(false);
    }
    if (media) await this.emulateMedia(page, media);
    if (init) await page.evaluateOnNewDocument(init);
    return page;
  }

  /**
   * Opens `url` in a new tab of this test's context and records everything.
   * Returns the puppeteer page with `.log` (console messages, errors, requests).
   * `javaScript: false` opens it as a visitor without JavaScript (nothing is then recorded in the
   * page, but console messages, CSP reports included, still are); `init` runs before any script of the page;
   * `window` as for {@link TestContext#newPage}.
   */
  async open(url, { width = 1280, height = 900, waitUntil = 'load', media, javaScript = true, init, window } = {}) {
    const page = await this.newPage({ width, height, javaScript, media, window });
    const log = { console: [], errors: [], requests: [], failed: [] };
    page.on('console', (msg) => log.console.push({ type: msg.type(), text: msg.text(), url: msg.location()?.url }));
    // Firefox reports CSP violations, as uncaught errors are, with the page's errors (BiDi's log entries of type "javascript").
    page.on('pageerror', (error) => log.errors.push(String(error?.message ?? error)));
    // data: URLs are no network: Firefox's UA stylesheet (html.css) loads its list-bullet font, -moz-bullet-font, from one.
    page.on('request', (request) => request.url().startsWith('data:') || log.requests.push(request.url()));
    page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.evaluateOnNewDocument(instrument);
    // A test's own first instruction, after the recording (e.g. to mark nodes before the page's scripts run).
    if (init) await page.evaluateOnNewDocument(init);
    page.log = log;
    const response = await page.goto(url, { waitUntil });
    check(response?.ok(), () => `${url}: HTTP ${response?.status()}`);
    return page;
  }

  /** Sets prefers-color-scheme and prefers-reduced-motion (`[{ name, value }]`) for the page, as a visitor's system would. */
  async emulateMedia(page, features) {
    if (this.engine === 'chromium') return page.emulateMediaFeatures(features);
    // puppeteer's emulateMediaFeatures needs CDP; Firefox's DevTools set these overrides on the tab.
    const overrides = { 'prefers-color-scheme': 'prefersColorSchemeOverride', 'prefers-reduced-motion': 'prefersReducedMotionOverride' };
    const unknown = features.filter((f) => !overrides[f.name]);
    if (unknown.length) throw new Error(`emulateMedia in Firefox: ${unknown.map((f) => f.name).join(', ')} not supported`);
    await setFirefoxTab(page, Object.fromEntries(features.map((f) => [overrides[f.name], f.value || 'none'])));
    // The tab's overrides are set from the browser's own window and reach the page a moment later.
    const wanted = features.filter((f) => f.value).map((f) => `(${f.name}: ${f.value})`);
    await page.waitForFunction((queries) => queries.every((query) => matchMedia(query).matches), { timeout: 3000 }, wanted);
  }

  /** Lets the partner origin's pages read and write the clipboard without asking. */
  async grantClipboard() {
    // Firefox has no such permission: the harness starts it with the clipboard's test switch (LAUNCH).
    if (this.engine === 'chromium') await this.context.overridePermissions(this.servers.partnerOrigin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }

  /** Serves `html` on the partner origin with the given response headers; returns its URL. */
  page(html, headers) {
    return this.servers.page(html, headers);
  }
}

let blankTabs = 0;

/**
 * Windows are opened one at a time: headless Chromium leaves windows opened at the same moment hidden (no paint, no
 * layout-shift entry) but the last; opened one after the other, each stays visible.
 */
let windowsOpened = Promise.resolve();
function newWindow(context) {
  const open = () => context.newPage({ type: 'window' });
  windowsOpened = windowsOpened.then(open, open);
  return windowsOpened;
}

/** What a page recorded, for assertions. */
export async function recorded(page) {
  const inPage = await page.evaluate(() => ({
    violations: window.__fow.violations,
    policies: window.__fow.policies,
    defines: window.__fow.defines,
    shifts: window.__fow.shifts,
    /** Whether the page was ever hidden (a background tab) since it loaded: no frames then, so no shifts seen. */
    hidden: window.__fow.hidden,
    /** 'layout-shift entries' (Chromium) or 'frame comparison' (Firefox, see instrument). */
    shiftsMeasuredBy: window.__fow.shiftsMeasuredBy,
  }));
  const log = page.log;
  return {
    ...inPage,
    errors: [...log.errors, ...log.console.filter((m) => m.type === 'error').map((m) => m.text)],
    warnings: log.console.filter((m) => m.type === 'warn' || m.type === 'warning').map((m) => m.text),
    requests: log.requests,
    failed: log.failed,
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe in the page (the whole document, or only `include`'s selectors) and returns its violations,
 * each with the first nodes it names. Injected by evaluation, so pages without a CSP only.
 */
export async function axeViolations(page, include) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    const result = await window.axe.run(include ? { include: include.map((selector) => [selector]) } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, include);
}

/** Waits until each tag is defined and every instance on the page has rendered into its shadow root. */
export async function whenRendered(page, tags = TAGS, timeout = 5000) {
  try {
    await waitForRender(page, tags, timeout);
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    const r = await recorded(page);
    const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), tags);
    throw new AssertionError(
      `not rendered within ${timeout} ms (undefined: ${missing.join(', ') || 'none'})\nerrors: ${show(r.errors)}\nviolations: ${show(r.violations)}\nfailed requests: ${show(r.failed)}`,
    );
  }
}

async function waitForRender(page, tags, timeout) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => customElements.get(tag)) &&
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.hasUpdated !== false),
      ),
    { timeout, polling: 50 },
    tags,
  );
  // Lit renders in a microtask after upgrade; let pending updates settle.
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete)));
}

/** Browsers started and not yet closed, stopped by {@link stopBrowsers} when the run is cut short. */
const running = new Set();
let interrupted = false;

/** Ctrl-C or SIGTERM: no further test starts, and what fails because its browser was stopped is not reported. */
export function interrupt() {
  interrupted = true;
  return stopBrowsers();
}

/**
 * Stops every browser this run started, by the PID of its process group (puppeteer starts each in a group of its
 * own, with its content processes), and removes Firefox's temporary profile. For Ctrl-C, SIGTERM and crashes.
 */
export async function stopBrowsers() {
  for (const browser of running) {
    const child = browser.process();
    const profile = child?.spawnargs[child.spawnargs.indexOf('--profile') + 1];
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      kill('SIGTERM');
      if (!(await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]))) kill('SIGKILL');
    }
    if (child?.spawnargs.includes('--profile') && profile) rmSync(profile, { recursive: true, force: true });
    running.delete(browser);
  }
}

/** Closes `browser`, or stops it by PID if it does not close within 10 s. */
async function close(browser) {
  const closed = await Promise.race([browser.close().then(() => true, () => false), sleep(10_000).then(() => false)]);
  if (closed) running.delete(browser);
  else await stopBrowsers();
}

async function runTest({ name, fn, skip, timeout, parallel, spec }, engine, browser, servers, counts, timings, say = console.log) {
  const tag = `[${LABEL[engine]}]`;
  if (skip[engine]) {
    counts.skipped++;
    say(`  - ${tag} ${name} (skipped in ${LABEL[engine]}: ${skip[engine]})`);
    return;
  }
  if (interrupted) return;
  const context = await browser.createBrowserContext();
  const t0 = Date.now();
  // Beside others, a test shares the machine with them: its time limit grows with how many run at once.
  if (parallel) timeout *= PARALLEL;
  try {
    let timer;
    const note = await Promise.race([
      fn(new TestContext(engine, context, servers, { windows: parallel })),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s`)), timeout))),
    ]).finally(() => clearTimeout(timer));
    counts.passed++;
    say(`  ✓ ${tag} ${name} (${Date.now() - t0} ms)${typeof note === 'string' ? `\n      ${note}` : ''}`);
  } catch (error) {
    if (error instanceof Skip) {
      counts.skipped++;
      say(`  - ${tag} ${name} (skipped: ${error.message})`);
    } else if (!interrupted) {
      counts.failed++;
      say(`  ✗ ${tag} ${name} (${Date.now() - t0} ms)`);
      const text = error instanceof AssertionError ? error.message : (error?.stack ?? String(error));
      say(text.replace(/^/gm, '      '));
    }
  } finally {
    await context.close().catch(() => {});
    timings.push({ name, spec, start: t0, end: Date.now() });
  }
}

/**
 * Runs `group` (consecutive `parallel` tests), {@link PARALLEL} at a time; each test's lines are printed once it and
 * every test before it have ended, so the report reads in the order the tests were registered.
 */
async function runTogether(group, engine, browser, servers, counts, timings) {
  const size = groupSize();
  if (size < PARALLEL) console.log(`  (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores: the next ${group.length} tests run one by one)`);
  const lines = group.map(() => []);
  const ended = group.map(() => false);
  let printed = 0;
  let next = 0;
  const worker = async () => {
    while (next < group.length) {
      const index = next++;
      await runTest(group[index], engine, browser, servers, counts, timings, (line) => lines[index].push(line));
      ended[index] = true;
      while (printed < group.length && ended[printed]) console.log(lines[printed++].join('\n'));
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, group.length) }, worker));
}

/**
 * Where an engine's time went: each spec file's share and the slowest tests, so that a suite grown slow shows why
 * (CI's rule is well under 10 minutes for the whole `npm test`).
 */
function printTimings(engine, timings) {
  // A spec's time is from its first test's start to its last test's end: `parallel` tests overlap.
  const bySpec = new Map();
  for (const { spec, start, end } of timings) {
    const entry = bySpec.get(spec) ?? { start, end, tests: 0 };
    entry.start = Math.min(entry.start, start);
    entry.end = Math.max(entry.end, end);
    entry.ms = entry.end - entry.start;
    entry.tests++;
    bySpec.set(spec, entry);
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  console.log(`${LABEL[engine]}: time per spec file`);
  for (const [spec, { ms, tests }] of [...bySpec].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${seconds(ms)}  ${spec} (${tests} test${tests === 1 ? '' : 's'})`);
  console.log(`${LABEL[engine]}: the slowest tests`);
  for (const { spec, name, ms } of timings.map((timing) => ({ ...timing, ms: timing.end - timing.start })).sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${seconds(ms)}  ${spec}: ${name.length > 110 ? `${name.slice(0, 109)}…` : name}`);
}

const summary = ({ passed, skipped, failed }) => `${passed} passed, ${skipped} skipped, ${failed} failed`;

/**
 * Runs the tests whose name includes `filter` in each of `engines` in turn (one browser at a time: CI has two cores).
 * Resolves to the exit status: 0 when some test was selected and none failed.
 */
export async function run(filter, engines) {
  const selected = tests.filter((t) => !filter || t.name.includes(filter));
  const started = Date.now();
  const servers = await startServers();
  console.log(`CDN origin ${servers.cdnOrigin}, partner origin ${servers.partnerOrigin}`);
  const results = [];
  try {
    for (const engine of engines) {
      if (interrupted) break;
      const began = Date.now();
      const counts = { passed: 0, skipped: 0, failed: 0 };
      results.push({ engine, counts });
      let browser;
      try {
        // puppeteer's own signal handlers would exit at once, before the Firefox profile and the build snapshot are removed.
        browser = await puppeteerCore.launch({ ...LAUNCH[engine](), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
      } catch (error) {
        counts.failed++;
        console.log(`\n${LABEL[engine]} did not start: ${error.message}`);
        continue;
      }
      running.add(browser);
      const version = (await browser.version()).split('/').pop();
      console.log(`\n${LABEL[engine]} ${version}`);
      const timings = [];
      for (let i = 0; i < selected.length; ) {
        if (!selected[i].parallel) {
          await runTest(selected[i], engine, browser, servers, counts, timings);
          i++;
          continue;
        }
        let end = i;
        while (end < selected.length && selected[end].parallel) end++;
        await runTogether(selected.slice(i, end), engine, browser, servers, counts, timings);
        i = end;
      }
      await close(browser);
      printTimings(engine, timings);
      console.log(`${LABEL[engine]}: ${summary(counts)} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    }
  } finally {
    await stopBrowsers();
    await servers.close();
  }
  const total = results.reduce((sum, { counts }) => ({ passed: sum.passed + counts.passed, skipped: sum.skipped + counts.skipped, failed: sum.failed + counts.failed }), { passed: 0, skipped: 0, failed: 0 });
  console.log(`\nIntegration suite: ${selected.length} tests × ${engines.length} engine${engines.length === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const { engine, counts } of results) console.log(`  ${LABEL[engine]}: ${summary(counts)}`);
  console.log(summary(total));
  return total.failed === 0 && selected.length > 0 ? 0 : 1;
}
