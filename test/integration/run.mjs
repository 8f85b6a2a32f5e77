/**
 * The integration suite: the built CDN files, served from one loopback origin to partner pages on another, in
 * headless Chromium (DevTools protocol) and then Firefox ESR (WebDriver BiDi), both driven by puppeteer-core.
 * Run after `npm run build`:
 *   node test/integration/run.mjs [name filter]
 *   BROWSERS=firefox node test/integration/run.mjs [name filter]     only these engines (as for npm run test:browsers)
 * Every engine found is used; one that is not installed is skipped with one line saying how to install it (named in
 * BROWSERS, it is an error instead). WebKitGTK is not driven by puppeteer: it runs the wtr browser tests only.
 * Each test line names its engine; the run closes with "N passed, M skipped, K failed" per engine and in all, and
 * exits non-zero on any failure. Every browser it starts is stopped by PID, also on failure or Ctrl-C.
 * Two engines run at the same time, one process each (FOW_SERIAL=1: one after the other).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LABEL, chooseEngines } from '../../scripts/browsers.mjs';
import { DRIVEN, interrupt, run, stopBrowsers } from './harness.mjs';
import { removeSnapshot, snapshotBuild } from './server.mjs';
import { appsWanted, startSharedBuild } from './framework-apps.mjs';

const say = (message) => console.log(`integration: ${message}`);

let interrupting = false;
/** The child processes of a run with several engines (one each); stopped with this one. */
const children = [];
/** The framework apps built once for the engines' processes (framework-apps.mjs), removed at the end. */
let sharedApps;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => {
    interrupting = true;
    say(`${signal}: stopping the browsers.`);
    // Each child stops its own browser and removes its own snapshot on SIGTERM.
    for (const child of children) child.kill('SIGTERM');
    interrupt()
      .then(removeSnapshot)
      .then(() => sharedApps?.remove())
      .finally(() => process.exit(code));
  });
}

const chosen = chooseEngines(say, {
  drives: DRIVEN,
  undriven: (engine) => `${LABEL[engine]} not run: puppeteer drives Chromium and Firefox only; ${LABEL[engine]} runs the browser tests (npm run test:browsers).`,
});
if (typeof chosen === 'number') process.exit(chosen);
const { engines } = chosen;

/**
 * Several engines: one process each, at the same time. A test is mostly waiting (a CDN that answers in 800 ms, 1.5 s of
 * layout-shift observation, debounces), so two engines take about the time of the slower one, also on CI's 2 cores.
 * Each process has its own servers, build snapshot and browser, so no test sees the other engine's requests. Each
 * report is printed whole when its process ends, in the engines' order; FOW_SERIAL=1 runs them one after the other.
 */
async function runEachEngineInItsOwnProcess() {
  say(`${engines.map((engine) => LABEL[engine]).join(' and ')} at the same time, one process each; each report follows when it ends.`);
  const started = Date.now();
  // The framework apps are built once, here, while the engines' processes run their first tests.
  sharedApps = appsWanted(process.argv[2]) ? await startSharedBuild() : undefined;
  const runs = engines.map((engine) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      env: { ...process.env, BROWSERS: engine, ...(sharedApps && { FOW_FRAMEWORK_APPS: sharedApps.file }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const done = new Promise((resolve) => child.once('close', (code, signal) => resolve({ engine, code: signal ? 1 : code, output })));
    return done;
  });
  if (sharedApps) say(await sharedApps.log);
  const total = { passed: 0, skipped: 0, failed: 0 };
  let status = 0;
  for (const finished of runs) {
    const { engine, code, output } = await finished;
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    const counts = /(\d+) passed, (\d+) skipped, (\d+) failed\s*$/.exec(output);
    if (counts) ['passed', 'skipped', 'failed'].forEach((key, i) => (total[key] += Number(counts[i + 1])));
    else total.failed++;
    if (code !== 0) {
      status = 1;
      if (!counts) say(`${LABEL[engine]} ended (${code}) without its counts`);
    }
  }
  console.log(`\nIntegration suite: ${engines.map((engine) => LABEL[engine]).join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${total.passed} passed, ${total.skipped} skipped, ${total.failed} failed`);
  await sharedApps?.remove();
  return status || total.failed ? 1 : 0;
}

if (engines.length > 1 && process.env.FOW_SERIAL !== '1') process.exit(await runEachEngineInItsOwnProcess());

try {
  await snapshotBuild();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 0 skipped, 1 failed');
  process.exit(1);
}

await import('./csp.spec.mjs');
await import('./loading.spec.mjs');
await import('./hostile.spec.mjs');
await import('./layout-shift.spec.mjs');
await import('./partner-demo.spec.mjs');
await import('./site.spec.mjs');
await import('./start.spec.mjs');
await import('./frameworks.spec.mjs');
await import('./editor-data.spec.mjs');
await import('./configurator.spec.mjs');
await import('./prerender.spec.mjs');

let code = 1;
try {
  code = await run(process.argv[2], engines);
} catch (error) {
  // Once interrupted, the browser's closed connection is expected.
  if (!interrupting) console.log(error?.stack ?? String(error));
} finally {
  await stopBrowsers();
  await removeSnapshot();
}
process.exit(code);
