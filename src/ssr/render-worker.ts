/**
 * The render API in a browser, for the configurator on a static site (no `POST /api/render`): a module
 * worker around src/ssr/render.ts, built by rollup.renderer.config.mjs into dist/renderer/.
 *
 * A worker, not a module on the page: the renderer runs Lit's server build (`isServer`, the DOM shim,
 * a registry of its own), which must not meet the page's `customElements`, where the configurator's
 * live elements are already defined; a worker has no DOM, as Node has none, so the same code runs as in
 * the render command. It also keeps @lit-labs/ssr and parse5 off the page's main thread.
 *
 * Protocol: post `{ id, html, lang? }`; the answer is `{ id, result }` (what `prerender()` returns) or
 * `{ id, error }` (its message). A first message `{ id, version: true }` answers `{ id, result: VERSION }`.
 */
import { prerender, VERSION } from './render.js';

interface Request {
  id: number;
  html?: string;
  lang?: 'vi' | 'en';
  version?: boolean;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    const result = data.version ? VERSION : await prerender(String(data.html ?? ''), data.lang === undefined ? {} : { lang: data.lang });
    scope.postMessage({ id, result });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
