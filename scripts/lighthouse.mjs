/**
 * `npm run lighthouse`: Lighthouse 12.8.2 on every page of the site (dist/site/, served by a plain static server as
 * any host serves it), on a phone and on a desktop. Prints accessibility, best practices, performance and CLS per page
 * and form factor, the audits that cost points, and exits 1 unless accessibility is 100 and best practices ≥ 96
 * everywhere (issue 15).
 *
 * Not part of `npm test`, nor a devDependency: Lighthouse is a large tree (and its lock entry needs an `overrides`
 * line), for a check that runs now and then. `npx` fetches that exact version once into its cache. Scores move by a
 * few performance points between runs on a loaded machine; accessibility, best practices and CLS do not.
 *
 *   node scripts/lighthouse.mjs [page.html …]        after `npm run build`
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../test/integration/server.mjs';
import { buildSite } from './build-site.mjs';
import { chromiumPath } from './chromium.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
/** Lighthouse's JSON report, also when it exits non-zero (a page it could not load: the report says why). */
const run = (args, options) =>
  new Promise((resolve, reject) =>
    execFile('npx', args, options, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`lighthouse: ${stderr || error?.message}`));
      }
    }),
  );
// A private copy of the site, so that a build during the run (which empties dist/) cannot pull pages from under it.
const dir = mkdtempSync(join(tmpdir(), 'fow-lighthouse-'));
const pages = buildSite({ out: dir });
const chosen = process.argv.slice(2).length ? pages.filter((p) => process.argv.slice(2).includes(p)) : pages;
const host = await startStaticServer(dir);

const rows = [];
let failed = false;
try {
  for (const page of chosen) {
    for (const formFactor of ['mobile', 'desktop']) {
      const args = [
        '-y',
        LIGHTHOUSE,
        `${host.origin}/${page}`,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=accessibility,best-practices,performance',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ];
      const report = await run(args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 256 * 1024 * 1024 });
      if (report.runtimeError) {
        failed = true;
        rows.push({ page, formFactor, accessibility: NaN, bestPractices: NaN, performance: NaN, cls: NaN });
        console.log(`✗ ${page} ${formFactor}: ${report.runtimeError.message}`);
        continue;
      }
      const score = (id) => Math.round(report.categories[id].score * 100);
      const row = {
        page,
        formFactor,
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        performance: score('performance'),
        cls: report.audits['cumulative-layout-shift'].numericValue,
      };
      rows.push(row);
      const lost = ['accessibility', 'best-practices'].flatMap((id) =>
        report.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
          .map((ref) => `${id}: ${ref.id} (${report.audits[ref.id].title})`),
      );
      const ok = row.accessibility === 100 && row.bestPractices >= 96;
      failed ||= !ok;
      console.log(
        `${ok ? '✓' : '✗'} ${page} ${formFactor}: accessibility ${row.accessibility}, best practices ${row.bestPractices}, performance ${row.performance}, CLS ${row.cls.toFixed(3)}${lost.length ? `\n    ${lost.join('\n    ')}` : ''}`,
      );
    }
  }
} finally {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n| Page | Form factor | Accessibility | Best practices | Performance | CLS |\n| --- | --- | --- | --- | --- | --- |`);
for (const r of rows) console.log(`| ${r.page} | ${r.formFactor} | ${r.accessibility} | ${r.bestPractices} | ${r.performance} | ${r.cls.toFixed(3)} |`);
const passed = rows.filter((r) => r.accessibility === 100 && r.bestPractices >= 96).length;
console.log(`lighthouse: ${passed} passed, ${rows.length - passed} failed`);
process.exit(failed ? 1 : 0);
