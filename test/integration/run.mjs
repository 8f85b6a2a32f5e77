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
 */
import { LABEL, chooseEngines } from '../../scripts/browsers.mjs';
import { DRIVEN, interrupt, run, stopBrowsers } from './harness.mjs';
import { removeSnapshot, snapshotBuild } from './server.mjs';

const say = (message) => console.log(`integration: ${message}`);

let interrupting = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => {
    interrupting = true;
    say(`${signal}: stopping the browsers.`);
    interrupt()
      .then(removeSnapshot)
      .finally(() => process.exit(code));
  });
}

const chosen = chooseEngines(say, {
  drives: DRIVEN,
  undriven: (engine) => `${LABEL[engine]} not run: puppeteer drives Chromium and Firefox only; ${LABEL[engine]} runs the browser tests (npm run test:browsers).`,
});
if (typeof chosen === 'number') process.exit(chosen);
const { engines } = chosen;

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
