/**
 * The command (`front-office-widgets render`, bin/front-office-widgets.mjs): its output is the
 * API's, from an argument, from standard input and into a file; help, errors and exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { api, ROOT, sameText } from './helpers.mjs';

const BIN = fileURLToPath(new URL('bin/front-office-widgets.mjs', ROOT));
const SNIPPET = '<h2>Vị trí</h2>\n<role-card role-id="sales" lang="en"></role-card><office-compare></office-compare>\n<contact-float channels="zalo,phone"></contact-float>\n';

/** Runs the command; `input` goes to its standard input (otherwise it is closed, as in a pipe). */
const run = (args, input = '') => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: tmpdir() });

const dir = mkdtempSync(join(tmpdir(), 'fow-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('front-office-widgets render', () => {
  it('prints what renderWidgets returns, byte for byte, from an argument and from standard input', async () => {
    const expected = await api.renderWidgets(SNIPPET);
    const fromArgument = run(['render', SNIPPET]);
    assert.equal(fromArgument.status, 0, fromArgument.stderr);
    sameText(fromArgument.stdout, expected, 'the output of the command given an argument');
    const fromStdin = run(['render'], SNIPPET);
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    sameText(fromStdin.stdout, expected, 'the output of the command reading standard input');
    assert.equal(run(['render', '-'], SNIPPET).stdout, expected);
  });

  it('says on standard error what it did and the style-src sources, the same as prerender()', async () => {
    const { elements, styleSrc } = await api.prerender(SNIPPET);
    const { stderr } = run(['render', SNIPPET]);
    assert.match(stderr, new RegExp(`prerendered ${elements} elements`));
    assert.ok(stderr.includes(`add to style-src: ${styleSrc.join(' ')}\n`), stderr);
  });

  it('--out writes the file and nothing to standard output; --lang sets the default language', async () => {
    const file = join(dir, 'out.html');
    const result = run(['render', '--out', file, '--lang', 'en', '<office-compare></office-compare>']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    sameText(readFileSync(file, 'utf8'), await api.renderWidgets('<office-compare></office-compare>', { lang: 'en' }), 'the file');
    assert.match(readFileSync(file, 'utf8'), /^<office-compare prerendered="[0-9a-z]+" lang="en">/);
  });

  it("prints the elements' warnings on standard error", () => {
    const result = run(['render', '<office-compare highlight="left"></office-compare>']);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /^<office-compare> highlight="left" is not valid; accepted values: front, back\. Using none\.$/m);
  });

  it('passes HTML without our elements through, with a note', () => {
    const result = run(['render', '<p>Xin chào</p>']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '<p>Xin chào</p>');
    assert.match(result.stderr, /no <office-compare>, <role-card> or <contact-float> found/);
  });

  it('--help prints the usage and exits 0; --version the package version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: front-office-widgets render \[HTML\] \[--out FILE\] \[--lang vi\|en\]/);
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
    assert.equal(run(['--version']).stdout.trim(), pkg.version);
  });

  it('a mistake in the command line: a message naming it, exit code 2, nothing on standard output', () => {
    for (const [args, message] of [
      [[], /no command given/],
      [['draw', '<p></p>'], /unknown command "draw"/],
      [['render', '--lang', 'fr', '<p></p>'], /--lang must be vi or en, not "fr"/],
      [['render', '--lang', '', '<p></p>'], /--lang must be vi or en, not ""/],
      [['render', '--colour'], /Unknown option '--colour'/],
      [['render', '<p>', '</p>'], /one HTML argument expected, got 2/],
    ]) {
      const result = run(args);
      assert.equal(result.status, 2, `${args.join(' ')}: exit ${result.status}`);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /front-office-widgets --help/);
      assert.equal(result.stdout, '');
    }
  });

  it('a file it cannot write: a message and exit code 1', () => {
    const result = run(['render', '--out', join(dir, 'missing-dir', 'x.html'), '<role-card role-id="sales"></role-card>']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /cannot write .*x\.html: ENOENT/);
  });
});
