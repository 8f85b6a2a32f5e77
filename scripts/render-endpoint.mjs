/**
 * `POST /api/render` for the test servers (web-test-runner.config.mjs, test/integration/server.mjs): the
 * render API (dist/ssr/render.js, which `npm run build` writes) on the request body, so that browser tests
 * get prerendered markup from the real renderer. The configurator no longer needs it: it runs the same
 * renderer in the page (dist/renderer/, rollup.renderer.config.mjs), and `npm start` serves the site as plain files.
 *
 *   request   JSON `{ "html": "<role-card role-id=\"sales\"></role-card>", "lang": "en" }` (lang optional),
 *             or the HTML itself as text/html or text/plain
 *   200       JSON `{ html, elements, styleSrc, warnings }`: what `prerender()` returns
 *   400       JSON `{ error }`: no HTML, invalid JSON, a lang other than vi or en
 *   405, 413  another method; a body over 1 MB
 *   503       JSON `{ error }`: dist/ssr/render.js is not built
 */
import { pathToFileURL } from 'node:url';

const LIMIT = 1024 * 1024;
const DEFAULT_MODULE = new URL('../dist/ssr/render.js', import.meta.url);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > LIMIT) throw new HttpError(413, `the body is over ${LIMIT} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What to render, from a JSON or a plain-text body. */
function requestOf(type, body) {
  if (!/json/i.test(type ?? '')) return { html: body, options: {} };
  let value;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON (${error.message})`);
  }
  if (typeof value?.html !== 'string') throw new HttpError(400, 'the JSON body needs "html", a string');
  return { html: value.html, options: value.lang === undefined ? {} : { lang: value.lang } };
}

/** A Koa middleware (what @web/dev-server takes) answering `path`. */
export function renderEndpoint({ path = '/api/render', module = DEFAULT_MODULE } = {}) {
  let api;
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    ctx.set('cache-control', 'no-store');
    try {
      if (ctx.method !== 'POST') {
        ctx.set('allow', 'POST');
        throw new HttpError(405, 'use POST');
      }
      const { html, options } = requestOf(ctx.get('content-type'), await readBody(ctx.req));
      if (!html.trim()) throw new HttpError(400, 'no HTML to render');
      try {
        api ??= await import(module instanceof URL ? module.href : pathToFileURL(module).href);
      } catch (error) {
        throw new HttpError(503, `the render module is not built (${error.message}); run npm run build`);
      }
      let result;
      try {
        result = await api.prerender(html, options);
      } catch (error) {
        // The API checks the options before rendering: an unknown lang is the request's mistake.
        // Not every RangeError: a call stack exceeded by very deep HTML is one too.
        throw error instanceof RangeError && /\blang must be\b/.test(error.message) ? new HttpError(400, error.message) : error;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(result);
    } catch (error) {
      ctx.status = error instanceof HttpError ? error.status : 500;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: error.message });
    }
  };
}
