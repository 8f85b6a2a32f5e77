import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium.mjs';

const executablePath = chromiumPath();

// LIT_MODE=production runs the tests against Lit's production build, as the CDN files ship it.
const production = process.env.LIT_MODE === 'production';

export default {
  files: ['test/**/*.test.ts', '!test/integration/**'],
  nodeResolve: { exportConditions: production ? ['production'] : ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
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
  ],
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
