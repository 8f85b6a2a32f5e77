import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

// Debian's Chromium: no test tool can download a browser on our machines.
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error('No Chromium found. Install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium binary.');
  process.exit(1);
}

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
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
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
