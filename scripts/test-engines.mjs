#!/usr/bin/env node
// Runs the browser unit tests in Firefox and WebKit (web-test-runner.engines.config.mjs).
// WebKitGTK's MiniBrowser has no headless mode and its WebDriver needs a display, so this starts
// Xvfb and WebKitWebDriver, runs the test runner, and stops both by PID, each step bounded in time.
//
//   node scripts/test-engines.mjs                  Firefox and WebKit
//   ENGINES=firefox node scripts/test-engines.mjs  Firefox only (no Xvfb, no WebKitWebDriver)
//   Extra arguments go to wtr, e.g. `node scripts/test-engines.mjs --files test/role-card.test.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const engines = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((name) => name.trim());
const TEST_TIMEOUT_MS = Number(process.env.ENGINES_TIMEOUT_MS ?? 180_000);
const START_TIMEOUT_MS = 15_000;

const children = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (child) => child.exitCode === null && child.signalCode === null;

function fail(message) {
  console.error(`test-engines: ${message}`);
  return 1;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Starts a process in its own process group, so that stopping it also stops what it started (MiniBrowser). */
function start(command, args, options = {}) {
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

/** PIDs of every process below `pid` (Linux /proc): puppeteer starts Firefox in its own process group. */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
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
 * Asks the child to stop (`first` to its whole process group, or to itself when it shuts down its own children,
 * as the test runner does its browsers on SIGINT), then SIGKILLs the group if it is still there after `graceMs`,
 * and finally whatever it had started that outlived it.
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

async function stopAll() {
  for (const child of children.reverse()) await stop(child, child.stopWith);
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

async function startWebKit() {
  const missing = ['Xvfb', 'WebKitWebDriver'].filter((command) => !onPath(command));
  if (missing.length) {
    throw new Error(
      `${missing.join(' and ')} not found. Install them (Debian/Ubuntu: \`apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth\`) or run with ENGINES=firefox.`,
    );
  }
  const display = freeDisplay();
  const xvfb = start('Xvfb', [`:${display}`, '-nolisten', 'tcp', '-screen', '0', '1280x1024x24']);
  await waitFor('Xvfb', xvfb, async () => existsSync(`/tmp/.X11-unix/X${display}`));

  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: `:${display}` } });
  await waitFor('WebKitWebDriver', driver, async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      return response.ok && (await response.json()).value?.ready === true;
    } catch {
      return false;
    }
  });
  return { WEBKIT_WEBDRIVER_PORT: String(port), DISPLAY: `:${display}` };
}

async function main() {
  const unknown = engines.filter((name) => name !== 'firefox' && name !== 'webkit');
  if (unknown.length || !engines.includes('firefox')) {
    return fail(`ENGINES must be "firefox" or "firefox,webkit" (got "${process.env.ENGINES}").`);
  }
  const env = { ...process.env };
  delete env.WEBKIT_WEBDRIVER_PORT;
  if (engines.includes('webkit')) Object.assign(env, await startWebKit());

  const wtr = start(process.execPath, [`${root}node_modules/@web/test-runner/dist/bin.js`, '--config', 'web-test-runner.engines.config.mjs', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  wtr.stopWith = { first: 'SIGINT', group: false, graceMs: 10_000 };
  const timer = setTimeout(() => {
    console.error(`test-engines: tests still running after ${TEST_TIMEOUT_MS / 1000} s; stopping them.`);
    stop(wtr, wtr.stopWith);
  }, TEST_TIMEOUT_MS);
  const [code, signal] = await new Promise((resolve) => wtr.once('exit', (...result) => resolve(result)));
  clearTimeout(timer);
  return code ?? (signal ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll().finally(() => process.exit(130));
  });
}

let status;
try {
  status = await main();
} catch (error) {
  status = fail(error.message);
} finally {
  await stopAll();
}
process.exit(status);
