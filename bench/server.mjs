// A tiny static server for the benchmark: in-memory pages plus a few
// directories, on 127.0.0.1, never cached, no compression (loopback: bytes
// cost next to nothing here; the size budgets cover the wire).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {Map<string, string>} pages url path → body (type from the extension)
 * @param {Record<string, string>} dirs url prefix ('/dist/cdn/') → directory on disk
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(pages, dirs) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/favicon.ico') return send(204, '');
    if (pages.has(path)) return send(200, pages.get(path), TYPES[extname(path)]);
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) return send(403, 'forbidden');
      try {
        return send(200, await readFile(file), TYPES[extname(file)]);
      } catch {
        return send(404, 'not found');
      }
    }
    send(404, 'not found');
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
