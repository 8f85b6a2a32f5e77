/**
 * The two origins of the integration suite, both on loopback:
 *
 * - the CDN (http://127.0.0.1:<a>): the built `dist/cdn/` files, with CORS and
 *   the content types a real CDN sends, plus variants made on the fly
 *   (a second URL for the same bytes, a copy whose version string differs,
 *   a slow response);
 * - the partner (http://127.0.0.1:<b>, another origin since the port differs):
 *   pages the tests register, each with its own response headers (CSP), the
 *   static files of `test/integration/pages/`, the site (`npm run build:site`, built
 *   from the snapshot of the build) under `/site/`, its `cdn/` 300 ms late, and the
 *   repository's `demo/` with `/dist/cdn/` beside it and its `POST /api/render`
 *   (under `/static-host/`, the same without that endpoint), for the configurator's spec;
 * - {@link startStaticServer}: a plain static file server, nothing else, as any host serves the site.
 *
 * FOW_CDN_DIR points the CDN at another directory (a patched copy of the build),
 * which is how a deliberate regression is shown to be caught.
 */
import { createServer } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../scripts/build-site.mjs';
import { renderEndpoint } from '../../scripts/render-endpoint.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The build under test. */
export const BUILD_DIR = resolve(process.env.FOW_CDN_DIR || join(ROOT, 'dist/cdn'));
/** What the servers serve: a private copy of BUILD_DIR once {@link snapshotBuild} ran. */
export let CDN_DIR = BUILD_DIR;

/**
 * Copies the build to a private directory, so that another `npm run build`
 * (which starts with `rm -rf dist`) cannot pull files from under a running
 * suite. A build in progress is waited for: sri.json is the last file it writes.
 */
export async function snapshotBuild(timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const copy = await mkdtemp(join(tmpdir(), 'fow-cdn-'));
    try {
      const sri = JSON.parse(await readFile(join(BUILD_DIR, 'sri.json'), 'utf8'));
      const themes = (await readdir(join(BUILD_DIR, 'themes'))).filter((f) => f.endsWith('.css')).map((f) => `themes/${f}`);
      const files = [...(await readdir(BUILD_DIR)).filter((f) => f.endsWith('.js') || f.endsWith('.json')), ...themes];
      if (!Object.keys(sri).every((f) => files.includes(f))) throw new Error(`sri.json lists files that are missing`);
      await mkdir(join(copy, 'themes'));
      for (const file of files) await copyFile(join(BUILD_DIR, file), join(copy, file));
      CDN_DIR = copy;
      return copy;
    } catch (error) {
      await rm(copy, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${BUILD_DIR} is incomplete (${error.message}): run \`npm run build\` first.`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

let site = null;

/**
 * The site as `npm run build:site` writes it, built once per run into a private directory from the snapshot of the
 * build (so it holds the CDN files under test, byte for byte). Returns its directory and its pages.
 */
export async function siteBuild() {
  site ??= mkdtemp(join(tmpdir(), 'fow-site-')).then((dir) => ({ dir, pages: buildSite({ out: dir, cdn: CDN_DIR }) }));
  return site;
}

export async function removeSnapshot() {
  if (CDN_DIR !== BUILD_DIR) await rm(CDN_DIR, { recursive: true, force: true });
  if (site) await rm((await site).dir, { recursive: true, force: true });
}
const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** `file` inside `dir`, or null for a path that climbs out of it. */
function inside(dir, file) {
  const full = normalize(join(dir, file));
  return full.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? full : null;
}

async function sendFile(res, path, extraHeaders = {}, transform) {
  let body;
  try {
    body = await readFile(path);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (transform) {
    try {
      body = Buffer.from(transform(body.toString('utf8')));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message));
      return;
    }
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

function listen(server) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a Koa middleware, as @web/dev-server mounts it for `npm start`, on a node:http request: the
 * few members of Koa's context that scripts/render-endpoint.mjs uses. Resolves false when it passed
 * the request on (`next()`).
 */
async function runKoaMiddleware(middleware, req, res, path) {
  const headers = {};
  const ctx = {
    req,
    path,
    method: req.method,
    status: 200,
    body: '',
    get: (name) => req.headers[name.toLowerCase()] ?? '',
    set: (name, value) => void (headers[name.toLowerCase()] = value),
    set type(value) {
      headers['content-type'] = value;
    },
  };
  let passed = false;
  await middleware(ctx, async () => void (passed = true));
  if (!passed) res.writeHead(ctx.status, headers).end(ctx.body);
  return !passed;
}

/**
 * The package version as the bundles carry it, and a copy of a bundle that
 * claims another version: what a page gets when two partners' plugins pin
 * different releases.
 */
export async function versionOf() {
  return JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * A plain static file server for `dir`, as GitHub Pages or any host serves the site: files, `index.html` for a
 * folder, 404 for anything else; no /api, no favicon answered for it. `slow` delays the paths it matches (a CDN
 * folder on a real network), so pages paint before their scripts run. Returns its origin, the `log` of what it
 * answered (`{ path, status }`) and `close()`.
 */
export async function startStaticServer(dir, { slow = null, delay = 300 } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://static');
    res.on('finish', () => log.push({ path: url.pathname, status: res.statusCode }));
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    if (slow?.test(url.pathname)) await sleep(delay);
    const path = inside(dir, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
    return path ? sendFile(res, path) : res.writeHead(400).end();
  });
  const origin = await listen(server);
  return {
    origin,
    log,
    async close() {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
    },
  };
}

export async function startServers() {
  const version = await versionOf();
  const cdnLog = [];
  const partnerLog = [];
  const pages = new Map();
  let pageCount = 0;

  const cdnHeaders = {
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
    'x-content-type-options': 'nosniff',
  };

  const cdn = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://cdn');
    cdnLog.push(url.pathname + url.search);
    const delay = Number(url.searchParams.get('delay') || 0);
    if (delay) await sleep(Math.min(delay, 5000));
    // /v/<version>/<file>: the same build, claiming another version.
    const versioned = /^\/v\/(\d+\.\d+\.\d+[\w.-]*)\/([\w.-]+)$/.exec(url.pathname);
    if (versioned) {
      const [, other, file] = versioned;
      const path = inside(CDN_DIR, file);
      if (!path) return res.writeHead(400).end();
      return sendFile(res, path, cdnHeaders, (code) => {
        const needle = `"${version}"`;
        const count = code.split(needle).length - 1;
        if (count !== 1) throw new Error(`expected the version string ${needle} once in ${file}, found it ${count} times`);
        return code.replace(needle, `"${other}"`);
      });
    }
    // /cdn/<file> and /mirror/<file>: two URLs, so the browser keeps two module instances. Also /cdn/themes/<file>.
    const plain = /^\/(?:cdn|mirror)\/((?:themes\/)?[\w.-]+)$/.exec(url.pathname);
    if (plain) {
      const path = inside(CDN_DIR, plain[1]);
      if (!path) return res.writeHead(400).end();
      return sendFile(res, path, cdnHeaders);
    }
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });

  const render = renderEndpoint();
  const partner = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://partner');
    partnerLog.push(url.pathname + url.search);
    // The demo as a static host serves it: the same files under /static-host/, and no POST /api/render.
    if (url.pathname.startsWith('/static-host/')) url.pathname = url.pathname.slice('/static-host'.length);
    // `npm start`'s POST /api/render (scripts/render-endpoint.mjs), for the configurator's prerendered snippet.
    else if (await runKoaMiddleware(render, req, res, url.pathname)) return;
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    // An empty page on the partner's site, where the harness sets up a Firefox tab before it loads the test's page.
    if (url.pathname === '/blank') return res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end('<!doctype html><title>blank</title>');
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...page.headers });
      return res.end(page.html);
    }
    if (url.pathname.startsWith('/static/')) {
      const path = inside(PAGES_DIR, url.pathname.slice('/static/'.length));
      return path ? sendFile(res, path) : res.writeHead(400).end();
    }
    // A partner's own app framework, for the embedding test (Preact: its runtime is a devDependency for the type tests).
    if (url.pathname === '/vendor/preact.mjs') return sendFile(res, join(ROOT, 'node_modules/preact/dist/preact.mjs'));
    // The demo pages that use only the built files (partner.html: CDN file on a partner's own
    // server; configurator.html, which also reads the manifest and package.json), as `npm start` serves them.
    if (url.pathname.startsWith('/demo/')) {
      const path = inside(join(ROOT, 'demo'), url.pathname.slice('/demo/'.length));
      return path ? sendFile(res, path) : res.writeHead(400).end();
    }
    if (url.pathname === '/custom-elements.json' || url.pathname === '/package.json') return sendFile(res, join(ROOT, url.pathname.slice(1)));
    // The site, as a partner's own server or any static host serves it; its CDN files as slow as a first visit.
    if (url.pathname.startsWith('/site/')) {
      const { dir } = await siteBuild();
      const file = url.pathname.slice('/site/'.length) || 'index.html';
      if (file.startsWith('cdn/')) await sleep(300);
      const path = inside(dir, decodeURIComponent(file));
      return path ? sendFile(res, path) : res.writeHead(400).end();
    }
    if (url.pathname.startsWith('/dist/cdn/')) {
      // As slow as a first visit over a real network, so the demo paints before its elements are defined.
      await sleep(300);
      const path = inside(CDN_DIR, url.pathname.slice('/dist/cdn/'.length));
      return path ? sendFile(res, path) : res.writeHead(400).end();
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });

  const [cdnOrigin, partnerOrigin] = await Promise.all([listen(cdn), listen(partner)]);

  return {
    version,
    cdnOrigin,
    partnerOrigin,
    cdnLog,
    partnerLog,
    /** Serves `html` at a fresh partner URL with `headers` (e.g. a CSP) and returns that URL. */
    page(html, headers = {}) {
      const path = `/page-${++pageCount}.html`;
      pages.set(path, { html, headers });
      return partnerOrigin + path;
    },
    async close() {
      cdn.closeAllConnections?.();
      partner.closeAllConnections?.();
      await Promise.all([new Promise((r) => cdn.close(r)), new Promise((r) => partner.close(r))]);
    },
  };
}
