/**
 * A small runner for the integration suite: one headless Chromium, a fresh
 * browser context (no shared cache, storage or definitions) per test, and pages
 * that record from their first instruction what a partner's page would suffer:
 * CSP violations, console errors and warnings, uncaught errors, requests,
 * Trusted Types policies, `customElements.define` calls and layout shifts.
 *
 * The recording is injected with the DevTools protocol, which the page's CSP
 * does not govern, so the partner pages themselves hold no inline script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';
import { startServers } from './server.mjs';

export const TAGS = ['office-compare', 'role-card', 'contact-float'];

const tests = [];

/** Registers a test: `fn(t)` gets a {@link TestContext}. */
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Thrown to report a test as skipped, with the reason. */
export class Skip extends Error {}

export class AssertionError extends Error {}

/** Fails the test with `message` unless `condition`. */
export function check(condition, message) {
  if (!condition) throw new AssertionError(typeof message === 'function' ? message() : message);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const show = (value) => JSON.stringify(value, null, 2);

/** Runs before any script of every page, in the page's own world. */
function instrument() {
  const record = {
    violations: [],
    policies: [],
    defines: {},
    shifts: [],
  };
  Object.defineProperty(window, '__fow', { value: record });
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
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.shifts.push({
        value: entry.value,
        time: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => {
          const node = s.node;
          const name = node ? (node.nodeType === 1 ? node.localName + (node.id ? `#${node.id}` : node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '') : node.nodeName) : '?';
          return name;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

class TestContext {
  constructor(context, servers) {
    this.context = context;
    this.servers = servers;
    this.cdn = `${servers.cdnOrigin}/cdn`;
  }

  /**
   * Opens `url` in a new tab of this test's context and records everything.
   * Returns the puppeteer page with `.log` (console messages, errors, requests).
   * `javaScript: false` opens it as a visitor without JavaScript (nothing is then recorded in the
   * page, but console messages, CSP reports included, still are); `init` runs before any script of the page.
   */
  async open(url, { width = 1280, height = 900, waitUntil = 'load', media, javaScript = true, init } = {}) {
    const page = await this.context.newPage();
    await page.setViewport({ width, height });
    if (media) await page.emulateMediaFeatures(media);
    // A visitor with JavaScript off: the page's scripts do not run (page.evaluate still does).
    if (!javaScript) await page.setJavaScriptEnabled(false);
    const log = { console: [], errors: [], requests: [], failed: [] };
    page.on('console', (msg) => log.console.push({ type: msg.type(), text: msg.text(), url: msg.location()?.url }));
    page.on('pageerror', (error) => log.errors.push(String(error?.message ?? error)));
    page.on('request', (request) => log.requests.push(request.url()));
    page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.evaluateOnNewDocument(instrument);
    // A test's own first instruction, after the recording (e.g. to mark nodes before the page's scripts run).
    if (init) await page.evaluateOnNewDocument(init);
    page.log = log;
    const response = await page.goto(url, { waitUntil });
    check(response?.ok(), () => `${url}: HTTP ${response?.status()}`);
    return page;
  }

  /** Serves `html` on the partner origin with the given response headers; returns its URL. */
  page(html, headers) {
    return this.servers.page(html, headers);
  }
}

/** What a page recorded, for assertions. */
export async function recorded(page) {
  const inPage = await page.evaluate(() => ({
    violations: window.__fow.violations,
    policies: window.__fow.policies,
    defines: window.__fow.defines,
    shifts: window.__fow.shifts,
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

export async function run(filter) {
  const selected = tests.filter((t) => !filter || t.name.includes(filter));
  const started = Date.now();
  const servers = await startServers();
  const browser = await puppeteerCore.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  console.log(`CDN origin ${servers.cdnOrigin}, partner origin ${servers.partnerOrigin}, Chromium ${await browser.version()}`);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const { name, fn } of selected) {
    const context = await browser.createBrowserContext();
    const t0 = Date.now();
    try {
      let timer;
      const note = await Promise.race([
        fn(new TestContext(context, servers)),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 20 s')), 20000))),
      ]).finally(() => clearTimeout(timer));
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)${typeof note === 'string' ? `\n      ${note}` : ''}`);
    } catch (error) {
      if (error instanceof Skip) {
        skipped++;
        console.log(`  - ${name} (skipped: ${error.message})`);
      } else {
        failed++;
        console.log(`  ✗ ${name} (${Date.now() - t0} ms)`);
        const text = error instanceof AssertionError ? error.message : (error?.stack ?? String(error));
        console.log(text.replace(/^/gm, '      '));
      }
    } finally {
      await context.close().catch(() => {});
    }
  }
  await browser.close();
  await servers.close();
  console.log(`\nIntegration suite: ${selected.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0 && selected.length > 0 ? 0 : 1;
}
