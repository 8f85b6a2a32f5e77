/**
 * Builds the framework apps of test/frameworks/ as a partner would: the package packed (`npm pack` of the build in
 * dist/), installed from that tarball into a scratch folder with npm, and each app bundled with esbuild against it;
 * the frameworks themselves come from this repository's devDependencies (pinned by its lock file), except React 18,
 * installed beside a second copy of the tarball. Each app has a client bundle, and most a server render: the HTML
 * that react-dom/server, preact-render-to-string, @vue/server-renderer or svelte/server writes, for the client bundle
 * to hydrate.
 *
 *   node test/frameworks/build.mjs     builds them and prints where, with each server render (after npm run build)
 *
 * One pack and one install serve every app; esbuild builds them all in a few seconds.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = fileURLToPath(new URL('./', import.meta.url));
const REPO_MODULES = join(ROOT, 'node_modules');

/** Every app: its framework, its sources (under test/frameworks/), whether it is server-rendered. */
export const APPS = [
  { name: 'React 19, components', folder: 'react', alias: { app: './react/App.jsx' }, ssr: true, title: 'Sales in React' },
  { name: 'React 19, plain tags', folder: 'react', alias: { app: './react/Tags.jsx' }, ssr: false, title: 'Sales in React' },
  { name: 'React 18, components', folder: 'react', alias: { app: './react/App.jsx' }, ssr: true, react18: true, title: 'Sales in React' },
  {
    name: 'Preact, components through preact/compat',
    folder: 'preact',
    alias: { app: './react/App.jsx', react: 'preact/compat', 'react-dom': 'preact/compat' },
    ssr: true,
    title: 'Sales in Preact',
  },
  { name: 'Vue 3', folder: 'vue', ssr: true, clientAlias: { vue: 'vue/dist/vue.esm-bundler.js' }, title: 'Sales in Vue' },
  { name: 'Svelte 5', folder: 'svelte', ssr: true, title: 'Sales in Svelte' },
];

const npm = (cwd, args) => run('npm', args, { cwd, maxBuffer: 1 << 24 });
const INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--ignore-scripts', '--loglevel=error'];

/**
 * Compiles `.svelte` files as svelte's own bundler plugins do, for the browser (in development mode, which holds the
 * hydration warnings) or for the server.
 */
function sveltePlugin(generate) {
  return {
    name: 'svelte',
    setup(build) {
      build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { compile } = await import(pathToFileURL(join(REPO_MODULES, 'svelte/src/compiler/index.js')));
        const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: path, generate, dev: generate === 'client' });
        return { contents: js.code, loader: 'js', warnings: warnings.map((w) => ({ text: w.message })) };
      });
    },
  };
}

const DEFINE = {
  // Development builds: the frameworks' hydration-mismatch warnings are in them only.
  'process.env.NODE_ENV': '"development"',
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
};

/**
 * Packs the package, installs it in a scratch folder and builds every app. Resolves to
 * `{ dir, apps: [{ name, client: <file name in dir>, html: <server render> | undefined }], seconds, remove() }`.
 */
export async function buildApps({ log = () => {} } = {}) {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'fow-frameworks-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const { stdout } = await npm(ROOT, ['pack', '--silent', '--pack-destination', dir]);
    const tarball = join(dir, stdout.trim().split('\n').pop());
    // Two consumers: one for the frameworks of this repository's lock file, one with React 18.
    const consumers = { main: join(dir, 'app'), react18: join(dir, 'app-react18') };
    const react18 = JSON.parse(readFileSync(join(SOURCES, 'react18.json'), 'utf8'));
    for (const [key, folder] of Object.entries(consumers)) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `fow-${key}`, private: true, type: 'module' }));
      cpSync(SOURCES, join(folder, 'src'), { recursive: true, filter: (p) => !p.endsWith('.mjs') });
    }
    await Promise.all([
      npm(consumers.main, [...INSTALL, tarball]),
      npm(consumers.react18, [...INSTALL, tarball, ...Object.entries(react18).map(([name, range]) => `${name}@${range}`)]),
    ]);
    log(`packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const out = join(dir, 'out');
    const apps = await Promise.all(
      APPS.map(async (app, index) => {
        const cwd = join(app.react18 ? consumers.react18 : consumers.main, 'src');
        const common = {
          absWorkingDir: cwd,
          bundle: true,
          format: 'esm',
          jsx: 'automatic',
          loader: { '.js': 'jsx' },
          define: DEFINE,
          // The frameworks from this repository's lock file; front-office-widgets and lit from the scratch install.
          nodePaths: app.react18 ? [] : [REPO_MODULES],
          logLevel: 'silent',
        };
        const client = `app-${index}.js`;
        await esbuild.build({
          ...common,
          entryPoints: [`./${app.folder}/client.${app.folder === 'vue' || app.folder === 'svelte' ? 'js' : 'jsx'}`],
          outfile: join(out, client),
          platform: 'browser',
          // Svelte's hydration warnings are in its development build only (the `development` condition).
          conditions: app.folder === 'svelte' ? ['development'] : [],
          alias: { ...app.alias, ...app.clientAlias },
          plugins: [sveltePlugin('client')],
        });
        let html;
        if (app.ssr) {
          const server = join(out, `server-${index}.mjs`);
          await esbuild.build({
            ...common,
            entryPoints: [`./${app.folder}/server.${app.folder === 'vue' || app.folder === 'svelte' ? 'js' : 'jsx'}`],
            outfile: server,
            platform: 'node',
            alias: app.alias,
            plugins: [sveltePlugin('server')],
            // The CommonJS inside (react-dom/server, Vue's) requires Node's own modules.
            banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
          });
          // In a process of its own: server rendering defines the tags in Lit's DOM shim, on Node's globals, which
          // would leak into the test process (the render endpoint of the integration suite runs there).
          const script = `process.stdout.write(await (await import(${JSON.stringify(pathToFileURL(server).href)})).render())`;
          html = (await run(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 24 })).stdout;
        }
        return { name: app.name, title: app.title, client, html };
      }),
    );
    return { dir: out, apps, seconds: (Date.now() - started) / 1000, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildApps({ log: console.log });
  for (const app of built.apps) console.log(`\n${app.name}: ${app.client}${app.html === undefined ? ' (client only)' : `\n${app.html}`}`);
  console.log(`\nbuilt in ${built.seconds.toFixed(1)} s into ${built.dir} (left there)`);
}
