/**
 * `npm start`: builds (`npm run build`, then the site), serves dist/site/ (web-dev-server.config.mjs: the site's pages,
 * and cdn/, dist/cdn/ byte for byte, compressed as a CDN sends it), and rebuilds on every change in src/, demo/,
 * themes/ or CHANGELOG.md, then reloads the open pages.
 *
 * A change in src/ or themes/ runs the whole `npm run build` (what ships is what is shown, never a quicker
 * approximation of it), then the site; in demo/ or CHANGELOG.md only the site. Changes during a rebuild are
 * gathered into one more rebuild after it.
 *
 *   node scripts/serve.mjs              what `npm start` runs
 *   node scripts/serve.mjs --no-build   serve the last build at once (the integration suite's start.spec.mjs)
 */
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { buildSite } from './build-site.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WATCHED = ['src', 'demo', 'themes', 'CHANGELOG.md'];

const npmBuild = () =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
  });

if (!process.argv.includes('--no-build') && !(await npmBuild())) process.exit(1);
buildSite();

/** Reloads every page the server has open, through @web/dev-server's web socket (the script it injects into each page). */
function reloader() {
  let reload = () => {};
  return {
    plugin: {
      name: 'reload-after-build',
      injectWebSocket: true,
      serverStart({ webSockets }) {
        reload = () => webSockets.sendImport('data:text/javascript,window.location.reload()');
      },
    },
    reload: () => reload(),
  };
}
const { plugin, reload } = reloader();

// No POST /api/render: the configurator prerenders in the browser (dist/renderer/), as it must on a static host.
const server = await startDevServer({
  config: { plugins: [plugin], disableFileWatcher: true, chokidarOptions: { ignoreInitial: true } },
  readCliArgs: false,
  readFileConfig: true,
  logStartMessage: false,
});
const { hostname, port } = server.config;
const origin = `http://${hostname}:${port}`;
console.log(`Site: ${origin}/  (configurator: ${origin}/configurator.html, partner page: ${origin}/partner.html)`);
console.log(`CDN files: ${origin}/cdn/ (dist/cdn/ byte for byte, sent with brotli or gzip). Rebuilds and reloads on changes in ${WATCHED.join(', ')}.`);

let pending = null; // 'site' | 'all' | null: what the changes since the last rebuild need
let running = false;
async function rebuild() {
  if (running || !pending) return;
  running = true;
  const what = pending;
  pending = null;
  const started = Date.now();
  console.log(what === 'all' ? 'Rebuilding (npm run build, then the site)…' : 'Rebuilding the site…');
  try {
    if (what === 'all' && !(await npmBuild())) throw new Error('npm run build failed: fix the error and save, the next change rebuilds.');
    buildSite();
    console.log(`Rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: reloading.`);
    reload();
  } catch (error) {
    console.error(error.message);
  } finally {
    running = false;
    rebuild();
  }
}

// The dev server's own chokidar watcher, on the sources instead of the served files.
server.fileWatcher.add(WATCHED.map((path) => `${ROOT}${path}`));
for (const event of ['change', 'add', 'unlink']) {
  server.fileWatcher.on(event, (path) => {
    const file = relative(ROOT, path);
    const needs = file.startsWith('src') || file.startsWith('themes') ? 'all' : 'site';
    pending = pending === 'all' || needs === 'all' ? 'all' : 'site';
    console.log(`${event}: ${file}`);
    setTimeout(rebuild, 100);
  });
}
