/**
 * The browser renderer (dist/renderer/render.js, built by rollup.renderer.config.mjs for the configurator)
 * gives what the render command's API (dist/ssr/render.js) gives, byte for byte, for every input of the
 * matrix, run here on Node; the configurator's integration test runs the same matrix in the worker in
 * Chromium and Firefox. And it is a browser bundle: nothing of Node in it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { api, ROOT, sameText } from './helpers.mjs';
import { RENDERER_MATRIX, RENDERER_MATRIX_EN } from './renderer-matrix.mjs';

/**
 * The browser bundle runs in a thread of its own: in this one, dist/ssr/render.js has already defined the
 * tags in the global registry that Lit's server build shares, and a second bundle would render with the
 * first one's classes (its define is idempotent), which would compare the Node build with itself.
 */
const thread = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
   const loaded = import(workerData);
   parentPort.on('message', async ({ id, html, options }) => {
     try {
       const api = await loaded;
       parentPort.postMessage({ id, result: await api.prerender(html, options), version: api.VERSION });
     } catch (error) {
       parentPort.postMessage({ id, error: String(error && error.message) });
     }
   });`,
  { eval: true, workerData: new URL('dist/renderer/render.js', ROOT).href },
);
after(() => thread.terminate());
let asked = 0;
const browserApi = {
  prerender(html, options) {
    const id = ++asked;
    return new Promise((resolve, reject) => {
      const answer = (message) => {
        if (message.id !== id) return;
        thread.off('message', answer);
        if (message.error !== undefined) reject(new Error(message.error));
        else resolve(message.result);
      };
      thread.on('message', answer);
      thread.postMessage({ id, html, options });
    });
  },
};

async function same(input, options) {
  const expected = await api.prerender(input, options);
  const actual = await browserApi.prerender(input, options);
  sameText(actual.html, expected.html, `the browser renderer's HTML for ${JSON.stringify(input.slice(0, 80))}`);
  assert.deepEqual(actual, expected, `prerender(${JSON.stringify(input.slice(0, 80))})`);
  return expected;
}

describe('the browser renderer (dist/renderer/)', () => {
  it('gives what dist/ssr/render.js gives for every input of the matrix: HTML, element count, style-src hashes, warnings', async () => {
    let elements = 0;
    let warned = 0;
    for (const input of RENDERER_MATRIX) {
      const result = await same(input);
      elements += result.elements;
      warned += result.warnings.length;
    }
    for (const input of RENDERER_MATRIX_EN) await same(input, { lang: 'en' });
    // The matrix exercises what it claims to: many elements, and warnings.
    assert.ok(elements >= 50 && warned >= 15, `the matrix rendered ${elements} elements with ${warned} warnings`);
  });

  it('gives the render command\'s output for a snippet as the configurator builds it', async () => {
    const input = RENDERER_MATRIX.find((i) => i.startsWith('<script') && i.includes('<style>'));
    const command = spawnSync(process.execPath, [fileURLToPath(new URL('bin/front-office-widgets.mjs', ROOT)), 'render', input], { encoding: 'utf8' });
    assert.equal(command.status, 0, command.stderr);
    sameText((await browserApi.prerender(input)).html, command.stdout, 'the browser renderer against the command');
  });

  it('refuses what the API refuses, with the same message', async () => {
    for (const [html, options] of [['<role-card></role-card>', { lang: 'fr' }], [42, {}]]) {
      const message = await api.prerender(html, options).then(() => null, (error) => error.message);
      assert.ok(message);
      await assert.rejects(browserApi.prerender(html, options), { message });
    }
  });

  it('imports nothing of Node: no node: modules, no Buffer, no process', () => {
    for (const file of ['render.js', 'worker.js']) {
      const code = readFileSync(new URL(`dist/renderer/${file}`, ROOT), 'utf8');
      assert.doesNotMatch(code, /\bfrom\s*["'](node:|buffer|stream|vm|fs|path)["']|\bimport\(\s*["']node:/, `${file} imports a Node module`);
      assert.doesNotMatch(code, /\bprocess\.env\b|\bBuffer\.from\b|\brequire\(/, `${file} uses a Node global`);
    }
  });

  it('renders with its own classes, not the Node build\'s: the thread has only the browser bundle', async () => {
    // A bundle whose literals were not minified would differ from the command here (its CSS comments).
    const { html } = await browserApi.prerender('<role-card role-id="sales"></role-card>');
    assert.doesNotMatch(html, /\/\*/, 'the browser renderer\'s styles keep their comments: not minified as the CDN files are');
  });
});
