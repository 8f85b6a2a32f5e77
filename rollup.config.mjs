import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from './scripts/minify-literals.mjs';

const elements = ['office-compare', 'role-card', 'contact-float'];
const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

// The CDN files carry Lit inside them, in its production build (no dev-mode checks or warnings).
const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplateLiterals(),
  ts(),
  terser({ ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
];

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
    plugins: cdnPlugins(),
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
];
