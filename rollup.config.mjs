import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from './scripts/minify-literals.mjs';
import reactComponents from './rollup.react.config.mjs';

const elements = ['office-compare', 'role-card', 'contact-float'];
const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

// The CDN files carry Lit inside them, in its production build (no dev-mode checks or warnings).
const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplateLiterals(),
  ts(),
  terser({
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
  }),
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
  // CDN: one self-contained file per element.
  ...elements.map((e) => ({
    input: `src/${e}.ts`,
    plugins: cdnPlugins(),
    output: { file: `dist/cdn/${e}.js`, format: 'es' },
  })),
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
