// The browser unit tests. `npx wtr` runs them in Chromium; BROWSERS=firefox (or a comma list of chromium, firefox,
// webkit) picks the engines. WebKit needs Xvfb and WebKitWebDriver: `npm run test:browsers` (scripts/test-browsers.mjs)
// starts them and runs every installed engine.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { INSTALL, launcher, missing, requestedEngines } from './scripts/browsers.mjs';
import { renderEndpoint } from './scripts/render-endpoint.mjs';
import { emulationPlugin } from './scripts/wtr-emulation.mjs';
import { TAILWIND_PATH } from './test/stage.mjs';
import { tailwindCss } from './test/tailwind.mjs';

const engines = requestedEngines() ?? ['chromium'];
for (const engine of engines) {
  const why = missing(engine);
  if (why) throw new Error(`BROWSERS names ${engine}, but ${why}; install: ${INSTALL[engine]}`);
}

// LIT_MODE=production runs the tests against Lit's production build, as the CDN files ship it.
const production = process.env.LIT_MODE === 'production';

export default {
  // The framework-stylesheet pixel comparisons test the host reset, which is CSS: Lit's build does not change it, so
  // the production run leaves them out (they are the slowest files).
  files: ['test/**/*.test.ts', '!test/integration/**', ...(production ? ['!test/host-frameworks-*.test.ts'] : [])],
  nodeResolve: { exportConditions: production ? ['production'] : ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    emulationPlugin(),
  ],
  browsers: await Promise.all(engines.map(launcher)),
  // WebKit's driver runs the test files one after another in one window (and its desktop settings are global);
  // otherwise leave the runner's default (never write `concurrency: undefined`: the run hangs).
  ...(engines.includes('webkit') ? { concurrency: 1 } : {}),
  concurrentBrowsers: engines.length,
  middleware: [
    // Chromium asks every page for /favicon.ico; a 404 there is noise, not ours.
    (ctx, next) => (ctx.path === '/favicon.ico' ? ((ctx.status = 204), undefined) : next()),
    // The built files byte for byte (the dev server rewrites .js it serves), for hash and size checks.
    (ctx, next) => {
      const match = /^\/__raw\/(dist\/[\w./-]+)$/.exec(ctx.path);
      if (!match || match[1].includes('..')) return next();
      const file = new URL(`./${match[1]}`, import.meta.url);
      if (!existsSync(file)) return next();
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = readFileSync(file);
    },
    // POST /api/render, as `npm start` serves it: test/prerender.test.ts prerenders with the built render API
    // (dist/ssr/render.js), so what the engines parse and hydrate is what the command prints today.
    renderEndpoint(),
    // Tailwind 4 compiled by its own package, for test/host-frameworks.ts: built when first asked for, not checked in.
    async (ctx, next) => {
      if (ctx.path !== `/${TAILWIND_PATH}`) return next();
      ctx.type = 'text/css; charset=utf-8';
      ctx.body = await tailwindCss();
    },
  ],
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
