/**
 * `npm start` (scripts/serve.mjs, started here with --no-build on the build under test): the CDN files are dist/cdn/
 * byte for byte, sent compressed as a CDN sends them; the site's pages load from it with no error; a change in demo/
 * rebuilds the site and reloads the open page.
 */
import { spawn } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { check, recorded, show, test, whenRendered } from './harness.mjs';
import { ROOT } from './server.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts `node scripts/serve.mjs --no-build` on a free port; resolves once it prints its address. Stopped by PID. */
async function startServe() {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--no-build'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('CDN files:')) resolve();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
    setTimeout(() => reject(new Error(`serve.mjs did not start in 30 s: ${output}`)), 30000);
  });
  await ready;
  return { origin: `http://127.0.0.1:${port}`, output: () => output, stop: () => child.kill('SIGTERM') };
}

/** The raw response (node:http, which leaves the body encoded, where fetch() would decode it). */
const raw = (url, headers) =>
  new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

test('npm start: dist/cdn byte for byte, compressed (br, gzip) with its content-encoding; the site loads; a demo/ change rebuilds and reloads', async (t) => {
  const serve = await startServe();
  try {
    for (const file of ['front-office-widgets.js', 'role-card.js', 'front-office-widgets.iife.js', 'sri.json', 'themes/institute.css']) {
      const shipped = readFileSync(join(ROOT, 'dist/cdn', file));
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ]) {
        const response = await raw(`${serve.origin}/cdn/${file}`, { 'accept-encoding': encoding });
        check(response.status === 200, `${file}: HTTP ${response.status}`);
        check(response.headers['content-encoding'] === encoding, `${file}: content-encoding ${response.headers['content-encoding']}, asked for ${encoding}`);
        check(response.body.length < shipped.length, `${file} (${encoding}): ${response.body.length} bytes sent for ${shipped.length}: not compressed`);
        // Decoded as the header says, as a browser does: the shipped bytes, nothing re-printed.
        const body = decode(response.body);
        check(body.equals(shipped), `${file} (${encoding}): ${body.length} bytes after decoding, ${shipped.length} shipped, or different bytes`);
      }
    }
    const page = await t.open(`${serve.origin}/`, { width: 1280, height: 800 });
    await whenRendered(page);
    const r = await recorded(page);
    check(!r.errors.length && !r.failed.length, () => `errors ${show(r.errors)} failed ${show(r.failed)}`);
    const scripts = r.requests.filter((u) => u.includes('/cdn/'));
    check(show(scripts) === show([`${serve.origin}/cdn/front-office-widgets.js`]), () => `CDN requests: ${show(scripts)}`);

    // A save in demo/ (its time changed, not its content): the site is rebuilt, then the page reloads.
    await page.evaluate(() => (window.__beforeReload = true));
    const now = new Date();
    utimesSync(join(ROOT, 'demo/changelog.html'), now, now);
    await page.waitForFunction(() => !window.__beforeReload, { timeout: 15000 }).catch(() => {
      throw new Error(`no reload within 15 s: ${serve.output()}`);
    });
    check(/Rebuilt in/.test(serve.output()), () => `no rebuild reported: ${serve.output()}`);
  } finally {
    serve.stop();
  }
});
