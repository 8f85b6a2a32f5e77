/**
 * Svelte 5 templates checked by svelte-check, the Svelte team's own checker, against types/svelte.d.ts, as a SvelteKit
 * app would: the packed package installed in a scratch folder with svelte-check and TypeScript 6 (svelte-check needs
 * TypeScript's JavaScript API, which the TypeScript 7 of this repository lacks), then `svelte/Good.svelte` must give
 * no error and each mistake line of `svelte/Bad.svelte` exactly one. Part of `npm run test:types`, after a build.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
// The checker's versions, pinned here: this folder has no lock file of its own.
const CHECKER = ['svelte-check@4.7.9', 'typescript@6.0.3'];
const svelte = JSON.parse(readFileSync(join(ROOT, 'node_modules/svelte/package.json'), 'utf8')).version;

const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'fow-svelte-check-'));
let failed = 0;
try {
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT });
  const tarball = join(dir, stdout.trim().split('\n').pop());
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fow-svelte-check', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error', ...CHECKER, `svelte@${svelte}`, tarball], { cwd: dir, maxBuffer: 1 << 24 });
  const installed = Date.now();
  console.log(`  packed and installed svelte-check, TypeScript 6 and the package in ${((installed - started) / 1000).toFixed(1)} s`);
  cpSync(join(HERE, 'svelte'), join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/app.d.ts'), '/// <reference types="front-office-widgets/svelte" />\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, verbatimModuleSyntax: true }, include: ['src'] }),
  );
  // Exit code 1 when it finds errors, which Bad.svelte must give: read the machine output either way.
  const result = await run(join(dir, 'node_modules/.bin/svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: dir, maxBuffer: 1 << 24 }).catch((error) => error);
  console.log(`  svelte-check ran in ${((Date.now() - installed) / 1000).toFixed(1)} s`);
  const errors = result.stdout
    .split('\n')
    .filter((line) => / ERROR /.test(line))
    .map((line) => {
      const [, file, row, , message] = /^\d+ ERROR "([^"]+)" (\d+):(\d+) (.*)$/.exec(line) ?? [];
      return { file, line: Number(row), message };
    });
  const good = errors.filter((e) => e.file?.endsWith('Good.svelte'));
  const check = (ok, message) => {
    console.log(`  ${ok ? '✓' : '✗'} ${message}`);
    if (!ok) failed++;
  };
  check(good.length === 0, `Good.svelte: no error${good.length ? `, but: ${JSON.stringify(good, null, 2)}` : ''}`);
  const bad = readFileSync(join(HERE, 'svelte/Bad.svelte'), 'utf8').split('\n');
  bad.forEach((text, index) => {
    if (!/^<(role-card|contact-float)/.test(text)) return;
    const found = errors.filter((e) => e.file?.endsWith('Bad.svelte') && e.line === index + 1);
    check(found.length === 1, `Bad.svelte:${index + 1} rejected: ${text}${found.length === 1 ? ` (${found[0].message.slice(0, 90)}…)` : `: ${found.length} errors`}`);
  });
  const unexpected = errors.filter((e) => !e.file?.endsWith('.svelte'));
  check(unexpected.length === 0, `no error elsewhere${unexpected.length ? `: ${JSON.stringify(unexpected)}` : ''}`);
} catch (error) {
  failed++;
  console.log(`  ✗ svelte-check could not run: ${error.stderr || error.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`svelte-check: ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
