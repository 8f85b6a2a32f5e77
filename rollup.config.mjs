import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';
import { minifyTemplateLiterals } from './scripts/minify-literals.mjs';
import reactComponents from './rollup.react.config.mjs';

const elements = ['office-compare', 'role-card', 'contact-float'];
const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

// terser as the CDN files use it.
const TERSER = {
  ecma: 2021,
  module: true,
  // keep_fargs: false drops unused parameters (nothing here reads a function's `length`); unsafe_arrows
  // turns function expressions that use no `this` into arrows (none of them is called with `new`).
  compress: { passes: 3, pure_getters: true, keep_fargs: false, unsafe_arrows: true },
  // Our private and protected members are named `_camelCase` (never read by name from outside the
  // class, nor across two copies of the library: those meet through public names and Symbol.for
  // keys), so their names can be shortened. Lit's own mangled internals are `_$…` and do not match.
  mangle: { properties: { regex: /^_[a-z]/ } },
  format: { comments: false },
};

/**
 * terser for a build of several chunks: one short name per `_member` across all of them, since an element
 * file calls members of the base class in the shared chunk (`this._warnOnce`). @rollup/plugin-terser
 * minifies each chunk on its own and would name them differently; its `nameCache` shares the top-level
 * names too, which then avoid each other across files and grow longer. Chunks are minified one at a time,
 * in-process, with one property-name cache.
 */
function terserSharingMemberNames(options) {
  const properties = { ...options.mangle.properties, cache: { props: new Map() } };
  let queue = Promise.resolve();
  return {
    name: 'terser',
    renderChunk(code, _chunk, { sourcemap }) {
      const done = queue.then(() => minify(code, { ...options, mangle: { ...options.mangle, properties }, sourceMap: Boolean(sourcemap) }));
      queue = done.catch(() => {});
      return done.then((result) => ({ code: result.code, map: result.map ?? null }));
    },
  };
}

// The CDN files carry Lit inside them, in its production build (no dev-mode checks or warnings).
const cdnPlugins = ({ chunks = false } = {}) => [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplateLiterals(),
  ts(),
  chunks ? terserSharingMemberNames(TERSER) : terser(TERSER),
];

// The ready-made themes of themes/ go next to the CDN files (dist/cdn/themes/), as written: a partner
// reads and copies them, and at a few hundred bytes minifying would save nothing worth the unreadable file.
const themes = () => ({
  name: 'themes',
  generateBundle() {
    for (const file of readdirSync('themes').filter((f) => f.endsWith('.css'))) {
      this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`themes/${file}`) });
    }
  },
});

/**
 * manualChunks: every module that two or more entries use goes into one chunk named `name`. Rollup's
 * default would make one chunk per combination of entries (what office-compare and role-card share,
 * what all three share, …): more requests for a page with two elements, and bytes no one saves.
 */
const sharedBy = (name) => (id, { getModuleInfo }) => {
  const entries = new Set();
  const seen = new Set();
  const pending = [id];
  while (pending.length) {
    const module = getModuleInfo(pending.pop());
    if (!module || seen.has(module.id)) continue;
    seen.add(module.id);
    if (module.isEntry) entries.add(module.id);
    pending.push(...module.importers);
  }
  return entries.size > 1 ? name : undefined;
};

/**
 * The modules each element file gets its own copy of, instead of sharing them in the chunk: the dataset
 * (one module per locale: each element keeps only its own part), the data checks (small helpers, and
 * one field list per element), the heading templates (not used by <contact-float>) and the boolean
 * converter (not used by <office-compare>). Measured (`npm run size`): sharing the data checks and the
 * headings makes every set of two or three files 0.2–0.6 KB smaller but each file alone 0.1–0.45 KB
 * larger, and a page with one element is the common case; a copy of the converter in each element file
 * that uses it makes every page smaller: 0.02–0.04 KB with one element, 0.01–0.03 KB with two or three.
 */
export const PER_ELEMENT = /\/src\/(data\/(vi|en|schema)|internal\/(heading|boolean-attribute))\.ts$/;

/**
 * Gives each element its own copy of the modules whose path matches `pattern`, so that rollup's
 * tree-shaking keeps in each element file only the parts that element uses. The dataset is one module
 * per locale with one export per part: used by all three elements, it would otherwise land whole in the
 * shared chunk, and a page with one element would download the other two's words in both languages.
 */
function perElementCopies(pattern) {
  const components = fileURLToPath(new URL('src/components/', import.meta.url));
  const copies = new Map(); // copy's id (a path that does not exist: <dir>/<element>/<file>) → the real file
  const ownerOf = (importer) => (copies.has(importer) ? basename(dirname(importer)) : importer.startsWith(components) ? importer.slice(components.length).split(sep)[0] : null);
  return {
    name: 'per-element-copies',
    async resolveId(source, importer, options) {
      const owner = importer && ownerOf(importer);
      if (!owner) return null;
      const resolved = await this.resolve(source, copies.get(importer) ?? importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !pattern.test(resolved.id)) return resolved;
      const copy = join(dirname(resolved.id), owner, basename(resolved.id));
      copies.set(copy, resolved.id);
      return copy;
    },
    load(id) {
      return copies.has(id) ? readFileSync(copies.get(id), 'utf8') : null;
    },
  };
}

/**
 * CDN: one file per element, all three built together so that what two or more of them use (Lit, the
 * shared base of src/internal/) is one content-hashed chunk under dist/cdn/chunks/ that a page downloads
 * and runs once, whichever files it loads (issue 19). Each element file keeps its own copy of the
 * modules `ownCopies` matches; bench/splits.mjs builds other choices of them to compare.
 */
export function perElementFiles(ownCopies = PER_ELEMENT) {
  return {
    input: Object.fromEntries(elements.map((e) => [e, `src/${e}.ts`])),
    plugins: [perElementCopies(ownCopies), ...cdnPlugins({ chunks: true })],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: sharedBy('shared'),
    },
  };
}

export default [
  // npm: one module per source file, `lit` left to the app's bundler so it is shared.
  {
    input: { index: 'src/index.ts', elements: 'src/elements.ts', ...Object.fromEntries(elements.map((e) => [e, `src/${e}.ts`])) },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  // CDN: the all-in-one module and the classic-script version of it.
  {
    input: 'src/cdn.ts',
    plugins: [...cdnPlugins(), themes()],
    output: [
      { file: 'dist/cdn/front-office-widgets.js', format: 'es' },
      { file: 'dist/cdn/front-office-widgets.iife.js', format: 'iife', name: 'FrontOfficeWidgets' },
    ],
  },
  perElementFiles(),
  // CDN: the all-in-one module with Lit's hydration support, for prerendered pages (issue 10).
  // Its own file, so the default one does not carry hydration.
  {
    input: 'src/cdn-hydrate.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/front-office-widgets.hydrate.js', format: 'es' },
  },
  // Node: the render API behind `front-office-widgets render` (package export ./ssr). Lit, @lit-labs/ssr
  // and parse5 are inlined, so `lit` stays the only dependency; Lit's node build in production mode,
  // and the same literal minification as the CDN files, so the templates are the CDN files' to the
  // byte: hydration compares a digest of them.
  {
    input: { render: 'src/ssr/render.ts' },
    external: (id) => id.startsWith('node:'),
    plugins: [nodeResolve({ exportConditions: ['node', 'production'], preferBuiltins: true }), minifyTemplateLiterals(), ts()],
    output: { dir: 'dist/ssr', format: 'es' },
  },
  // The React components (package export ./react): their own config file.
  ...reactComponents,
];
