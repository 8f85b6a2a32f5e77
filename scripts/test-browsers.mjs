#!/usr/bin/env node
// Runs the browser unit tests (web-test-runner.config.mjs) in every engine installed here: Chromium with Lit's
// development build and again with its production build (as the CDN files ship it), Firefox ESR and WebKitGTK.
// It says, one line each, which engines it skipped and why.
//
//   node scripts/test-browsers.mjs                      every engine installed
//   BROWSERS=chromium node scripts/test-browsers.mjs    only these (a comma list of chromium, firefox, webkit); an engine
//                                                       named here but not installed is an error, never a skip
//   node scripts/test-browsers.mjs --files test/role-card.test.ts     extra arguments go to each test-runner run
//
// WebKitGTK's MiniBrowser has no headless mode and takes its colour scheme and motion settings from the desktop, so for
// WebKit this starts Xvfb, xsettingsd and WebKitWebDriver. Every process it starts is stopped by PID when the run ends,
// passes, fails or is interrupted (Ctrl-C, SIGTERM, SIGHUP), each step bounded in time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';
import { LABEL, chooseEngines, findFirefox, findMiniBrowser } from './browsers.mjs';
import { DEFAULT_MEDIA, xsettings } from './wtr-emulation.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUN_TIMEOUT_MS = Number(process.env.BROWSERS_TIMEOUT_MS ?? 300_000);
const START_TIMEOUT_MS = 15_000;

const log = (message) => console.log(`test-browsers: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (child) => child.exitCode === null && child.signalCode === null;

const children = [];
let stopping;
let scratch;

/** Starts a process in its own process group, so that stopping it also stops what it started (MiniBrowser, its web processes). */
function start(command, args, options = {}) {
  if (stopping) throw new Error('interrupted');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.output = () => output.trim();
  children.push(child);
  return child;
}

/** PIDs of every process below `pid` (Linux /proc): puppeteer starts Firefox and Chromium in process groups of their own. */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const [child, ppid] of parents) if (ppid === parent && !found.includes(child)) (found.push(child), queue.push(child));
  }
  return found;
}

/**
 * Asks the child to stop (`first` to its whole process group, or to itself when it shuts down its own children, as the
 * test runner does its browsers on SIGINT), SIGKILLs the group if it is still there after `graceMs`, and finally
 * whatever it had started that outlived it.
 */
async function stop(child, { first = 'SIGTERM', group = true, graceMs = 3000 } = {}) {
  if (!alive(child)) return;
  const below = existsSync('/proc') ? descendants(child.pid) : [];
  const kill = (pid, signal) => {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  };
  const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
  kill(group ? -child.pid : child.pid, first);
  if (!(await Promise.race([exited, sleep(graceMs).then(() => false)]))) {
    kill(-child.pid, 'SIGKILL');
    await Promise.race([exited, sleep(1000)]);
  }
  for (const pid of below) kill(pid, 'SIGKILL');
}

/** Stops everything started so far, newest first; safe to call again (a signal during the normal shutdown). */
function stopAll() {
  stopping ??= (async () => {
    for (const child of [...children].reverse()) await stop(child, child.stopWith);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  })();
  return stopping;
}

async function waitFor(what, child, ready) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(child)) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}): ${child.output()}`);
    if (await ready()) return;
    await sleep(100);
  }
  throw new Error(`${what} not ready after ${START_TIMEOUT_MS / 1000} s: ${child.output()}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function freeDisplay() {
  for (let display = 99; display < 199; display++) {
    if (!existsSync(`/tmp/.X${display}-lock`) && !existsSync(`/tmp/.X11-unix/X${display}`)) return display;
  }
  throw new Error('no free X display between :99 and :198');
}

/** Xvfb, xsettingsd on its display, then WebKitWebDriver; resolves to the environment the test runner needs for WebKit. */
async function startWebKit() {
  const display = freeDisplay();
  const xvfb = start('Xvfb', [`:${display}`, '-nolisten', 'tcp', '-screen', '0', '1280x1024x24']);
  await waitFor('Xvfb', xvfb, async () => existsSync(`/tmp/.X11-unix/X${display}`));
  const env = { ...process.env, DISPLAY: `:${display}` };

  const settings = join(scratch, 'xsettingsd.conf');
  writeFileSync(settings, xsettings(DEFAULT_MEDIA));
  const xsettingsd = start('xsettingsd', ['-c', settings], { env });
  await waitFor('xsettingsd', xsettingsd, async () => xsettingsd.output().includes('Loaded'));

  // MiniBrowser's toolbar holds its window at least 447 px wide; squeezed (GTK widgets only: WebKit draws the page and
  // its form controls itself), the window, and so the page's viewport, can be as narrow as a phone's.
  mkdirSync(join(scratch, 'config/gtk-3.0'), { recursive: true });
  writeFileSync(join(scratch, 'config/gtk-3.0/gtk.css'), '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n');

  const port = await freePort();
  // WEBKIT_SKIA_CPU_PAINTING_THREADS=0: MiniBrowser paints on its main thread. With painting threads, a repaint's
  // anti-aliasing depended on the page's history, so two renders of the same element differed in pixels
  // (test/host-isolation.test.ts compares renders pixel for pixel).
  const driver = start('WebKitWebDriver', [`--port=${port}`], { env: { ...env, XDG_CONFIG_HOME: join(scratch, 'config'), WEBKIT_SKIA_CPU_PAINTING_THREADS: '0' } });
  await waitFor('WebKitWebDriver', driver, async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      return response.ok && (await response.json()).value?.ready === true;
    } catch {
      return false;
    }
  });
  return {
    stop: () => Promise.all([driver, xsettingsd, xvfb].map((child) => stop(child))),
    env: { WEBKIT_WEBDRIVER_PORT: String(port), FOW_XSETTINGS: settings, FOW_XSETTINGSD_PID: String(xsettingsd.pid), DISPLAY: `:${display}` },
  };
}

/** "Chromium 156.0.8078.108", "Firefox 153.7.0esr", "WebKitGTK 2.50.6": what the binaries say, for the log. */
function version(engine, display) {
  const read = (command, args, env) => spawnSync(command, args, { encoding: 'utf8', timeout: 10_000, env: { ...process.env, ...env } }).stdout?.trim() ?? '';
  const number = (text) => /\d+(\.\d+)+\w*/.exec(text)?.[0] ?? 'unknown version';
  if (engine === 'chromium') return `Chromium ${number(read(findChromium(), ['--version']))}`;
  if (engine === 'firefox') return `Firefox ${number(read(findFirefox(), ['--version']))}`;
  return `WebKitGTK ${number(read(findMiniBrowser(), ['--version'], { DISPLAY: display }))}`;
}

/** One test-runner run; resolves to its exit status. */
async function runTests(env, extraArgs) {
  const wtr = start(process.execPath, [`${root}node_modules/@web/test-runner/dist/bin.js`, ...extraArgs], {
    cwd: root,
    env: { ...process.env, ...env },
    // No stdin: in its own session the runner must not read the terminal (Ctrl-C reaches this script, which stops it).
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  wtr.stopWith = { first: 'SIGINT', group: false, graceMs: 10_000 };
  const timer = setTimeout(() => {
    log(`tests still running after ${RUN_TIMEOUT_MS / 1000} s; stopping them.`);
    stop(wtr, wtr.stopWith);
  }, RUN_TIMEOUT_MS);
  const [code, signal] = await new Promise((resolve) => wtr.once('exit', (...result) => resolve(result)));
  clearTimeout(timer);
  return signal || stopping ? 1 : code;
}

const outcome = (status) => (stopping ? 'interrupted' : status ? 'FAILED' : 'passed');

async function main() {
  const chosen = chooseEngines(log);
  if (typeof chosen === 'number') return chosen;
  const { engines, skipped } = chosen;

  scratch = mkdtempSync(join(tmpdir(), 'fow-browsers-'));
  const extraArgs = process.argv.slice(2);
  const results = [];
  const began = Date.now();

  const webKit = engines.includes('webkit') ? await startWebKit() : undefined;
  log(`engines: ${engines.map((engine) => version(engine, webKit?.env.DISPLAY)).join(', ')}`);
  let status = await runTests({ ...webKit?.env, BROWSERS: engines.join(','), LIT_MODE: 'development' }, extraArgs);
  results.push(`${engines.map((engine) => LABEL[engine]).join(', ')} with Lit's development build: ${outcome(status)}`);
  await webKit?.stop();

  if (engines.includes('chromium') && !stopping) {
    const production = await runTests({ BROWSERS: 'chromium', LIT_MODE: 'production' }, extraArgs);
    results.push(`Chromium with Lit's production build: ${outcome(production)}`);
    status ||= production;
  }
  results.forEach(log);
  skipped.forEach(log);
  log(`${outcome(status)} in ${Math.round((Date.now() - began) / 1000)} s`);
  return status;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => {
    log(`${signal}: stopping the browsers and their drivers.`);
    stopAll().finally(() => process.exit(code));
  });
}

let status;
try {
  status = await main();
} catch (error) {
  log(`ERROR: ${error.message}`);
  status = 1;
} finally {
  await stopAll();
}
process.exit(status);
