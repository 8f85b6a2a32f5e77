// The React components (package export ./react, src/frameworks/react.ts): @lit/react is bundled in, so `lit` stays the
// package's only dependency; `react` and the element modules (./index.js) are left to the app's bundler. Two builds of
// @lit/react's code: the browser's, and Node's for server rendering (no useLayoutEffect there: React 18 warns about it).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const isIndex = (id) => id === '../index.js' || /[\\/]src[\\/]index\.(ts|js)$/.test(id);

const build = (file, conditions) => ({
  input: 'src/frameworks/react.ts',
  external: (id) => id === 'react' || isIndex(id),
  plugins: [nodeResolve({ exportConditions: conditions }), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' })],
  output: { file, format: 'es', paths: (id) => (isIndex(id) ? './index.js' : id) },
});

export default [build('dist/react.js', ['browser', 'production']), build('dist/react.node.js', ['node', 'production'])];
