/**
 * The integration suite: the built CDN files in headless Chromium, served from
 * one loopback origin to partner pages on another. Run after `npm run build`:
 *   node test/integration/run.mjs [name filter]
 * Closes with "N passed, M failed" and exits non-zero on any failure.
 */
import { run } from './harness.mjs';
import { removeSnapshot, snapshotBuild } from './server.mjs';

try {
  await snapshotBuild();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

await import('./csp.spec.mjs');
await import('./loading.spec.mjs');
await import('./hostile.spec.mjs');
await import('./layout-shift.spec.mjs');
await import('./partner-demo.spec.mjs');
await import('./frameworks.spec.mjs');
await import('./editor-data.spec.mjs');
await import('./configurator.spec.mjs');
await import('./prerender.spec.mjs');

const code = await run(process.argv[2]);
await removeSnapshot();
process.exit(code);
