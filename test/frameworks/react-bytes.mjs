/**
 * What the React components (front-office-widgets/react) add to a React app's bundle, against the same app with the
 * plain tags: both bundled by esbuild (minified, production), from this build's dist/ (`npm run build` first).
 *
 *   node test/frameworks/react-bytes.mjs
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const apps = {
  'plain tags': `import '${ROOT}dist/index.js';
    import { createElement as h } from 'react';
    import { createRoot } from 'react-dom/client';
    createRoot(document.getElementById('app')).render(h('role-card', { 'role-id': 'sales', onToggle: console.log }));`,
  components: `import { RoleCard } from '${ROOT}dist/react.js';
    import { createElement as h } from 'react';
    import { createRoot } from 'react-dom/client';
    createRoot(document.getElementById('app')).render(h(RoleCard, { 'role-id': 'sales', onToggle: console.log }));`,
};

const sizes = {};
for (const [name, contents] of Object.entries(apps)) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  sizes[name] = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
for (const [name, { raw, gzip }] of Object.entries(sizes)) console.log(`${name.padEnd(12)} ${kb(raw)} minified, ${kb(gzip)} gzipped`);
const added = { raw: sizes.components.raw - sizes['plain tags'].raw, gzip: sizes.components.gzip - sizes['plain tags'].gzip };
console.log(`the components add ${added.raw} bytes minified, ${added.gzip} bytes gzipped`);
