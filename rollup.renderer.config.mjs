/**
 * The render API for browsers (dist/renderer/), so the configurator makes prerendered snippets on a
 * static site, with no server. The same source as the Node build (src/ssr/render.ts, dist/ssr/), the same
 * Lit server build and the same literal minification, so its output is the render command's to the byte
 * (test/ssr/renderer-bundle.test.mjs and the configurator's integration test check it).
 *
 *   dist/renderer/render.js   the API (prerender, renderWidgets, renderElement, VERSION) as an ES module
 *   dist/renderer/worker.js   a module worker around it (src/ssr/render-worker.ts): what the configurator loads
 *
 * Its own config, apart from rollup.config.mjs, and run after it by `npm run build`.
 *
 * Lit's server build (export condition `node`) is what renders: `isServer` is true and its DOM shim stands
 * in for the DOM the worker lacks. Two things of it assume Node, fixed here by resolution, not by forks:
 * - @lit-labs/ssr-client's node build computes the template digest with `Buffer` (from 'buffer');
 *   its browser build computes the same base64 with `btoa`: that one is taken.
 * - @lit-labs/ssr-dom-shim reads `process.env.NODE_ENV`: replaced by "production", as Lit's build is.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from './scripts/minify-literals.mjs';

// The package's folder, from where Node resolves its entry (its exports do not list package.json).
const ssrClientEntry = createRequire(import.meta.url).resolve('@lit-labs/ssr-client');
const ssrClientRoot = ssrClientEntry.slice(0, ssrClientEntry.lastIndexOf('/@lit-labs/ssr-client/') + '/@lit-labs/ssr-client'.length);

/** Bundler aliases for what assumes Node (see above). */
const browserAliases = () => ({
  name: 'renderer-browser-aliases',
  resolveId(source) {
    if (source === '@lit-labs/ssr-client') return join(ssrClientRoot, 'index.js');
    if (source === 'buffer' || source.startsWith('node:')) this.error(`the browser renderer must not import ${source}`);
    return null;
  },
  transform(code) {
    return code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null } : null;
  },
});

export default {
  input: { render: 'src/ssr/render.ts', worker: 'src/ssr/render-worker.ts' },
  plugins: [
    browserAliases(),
    nodeResolve({ exportConditions: ['node', 'production'], browser: false, preferBuiltins: false }),
    minifyTemplateLiterals(),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    // Plain minification: no property mangling (the CDN files' `_camelCase` rule is theirs), template strings untouched.
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: { dir: 'dist/renderer', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
};
