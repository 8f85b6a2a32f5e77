// Tailwind 4 as a Tailwind site serves it: `@import "tailwindcss"` compiled by the package's own compile() (theme and
// preflight; no utilities, since no markup uses them). Node only: the integration suite loads it into its pages, and
// web-test-runner.config.mjs serves it to the browser tests (test/stage.mjs names the path), compiled once per run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
let compiled;

export function tailwindCss() {
  compiled ??= (async () => {
    const { compile } = await import('tailwindcss');
    const dir = dirname(require.resolve('tailwindcss/index.css'));
    const compiler = await compile('@import "tailwindcss";', {
      base: dir,
      loadStylesheet: async (id, base) => {
        const path = id === 'tailwindcss' ? join(dir, 'index.css') : resolve(base, id);
        return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
      },
    });
    return compiler.build([]);
  })();
  return compiled;
}
