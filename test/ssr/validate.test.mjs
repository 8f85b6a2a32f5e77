/**
 * Prerendered markup is valid HTML: the W3C Nu validator (npm vnu-jar, on Java) reports no error for what the
 * render command and the render API write, for every element in every state we can think of, each snippet alone
 * (in a minimal document, as a partner page holding only it) and all of them in one page, pasted one after another
 * and as one document given to the command. One java invocation checks every file: the JVM's start takes seconds.
 *
 * `npm run test:ssr` after `npm run build`. Java comes from Debian's default-jre-headless (`npm test` installs it:
 * scripts/install-engines.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { api, ROOT } from './helpers.mjs';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const BIN = fileURLToPath(new URL('bin/front-office-widgets.mjs', ROOT));
const JAVA = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

const json = (value) => `<script type="application/json">${JSON.stringify(value)}</script>`;

/** What partners write, by element and state: [name, snippet]. Bad input included: it warns, and must still be valid. */
const SNIPPETS = [
  ['office-compare default', '<office-compare></office-compare>'],
  ['office-compare highlight front, en, dark', '<office-compare highlight="front" lang="en" theme="dark"></office-compare>'],
  ['office-compare highlight back, auto theme', '<office-compare highlight="back" theme="auto"></office-compare>'],
  ['office-compare layout table', '<office-compare layout="table" criteria="focus,visibility" caption="Hai bộ phận"></office-compare>'],
  ['office-compare layout stacked, h2', '<office-compare layout="stacked" heading-level="2"></office-compare>'],
  ['office-compare layout auto, h6', '<office-compare layout="auto" heading-level="6" highlight="front"></office-compare>'],
  ['office-compare JSON data', `<office-compare lang="en">${json({ caption: 'Front & back <office>' })}</office-compare>`],
  ['office-compare bad input (warns)', '<office-compare highlight="left" layout="grid" heading-level="9" criteria="salary" lang="fr" theme="pink"></office-compare>'],
  ['office-compare invalid JSON (warns)', '<office-compare><script type="application/json">{ caption: </script></office-compare>'],
  ...['receptionist', 'customer-relations', 'sales'].flatMap((id) => [
    [`role-card ${id}`, `<role-card role-id="${id}"></role-card>`],
    [`role-card ${id} expanded, en`, `<role-card role-id="${id}" lang="en" expanded></role-card>`],
  ]),
  ['role-card banking, h2, dark', '<role-card role-id="receptionist" industry="banking" heading-level="2" theme="dark"></role-card>'],
  ['role-card hospitality expanded, h6', '<role-card role-id="sales" industry="hospitality" heading-level="6" expanded></role-card>'],
  ['role-card JSON data, expanded', `<role-card role-id="customer-relations" expanded>${json({ title: 'Chăm sóc <khách hàng>', positions: ['A & B'] })}</role-card>`],
  ['role-card unknown role-id (warns, renders nothing)', '<role-card role-id="chef"></role-card>'],
  ['role-card missing role-id (warns)', '<role-card></role-card>'],
  ['role-card bad industry and level (warn)', '<role-card role-id="sales" industry="retail" heading-level="1" expanded="maybe"></role-card>'],
  ['contact-float default', '<contact-float></contact-float>'],
  ['contact-float open, en, dark, left', '<contact-float open lang="en" theme="dark" placement="bottom-left"></contact-float>'],
  ...['zalo', 'phone', 'messenger', 'email'].map((channel) => [
    `contact-float one channel: ${channel}`,
    `<contact-float channels="${channel}" messenger="masterskills.vn" email="hi@example.com"></contact-float>`,
  ]),
  ['contact-float every channel, hours, label', '<contact-float channels="email,messenger,phone,zalo" messenger="masterskills.vn" email="hi@example.com" hours="08:00-17:30" days="1-5" label="Hỏi & đáp"></contact-float>'],
  ['contact-float Zalo OA id, extension, days list', '<contact-float zalo="4318419376112934000" phone="028 3822 1234 ext 12" days="1,3,5" hours="00:00-23:59"></contact-float>'],
  ['contact-float old area code (warns)', '<contact-float phone="08 3822 1234" channels="phone"></contact-float>'],
  ['contact-float bad input (warns)', '<contact-float phone="12345" zalo="?" messenger="javascript:alert(1)" email="nope" channels="fax,zalo" placement="top" hours="25:00" days="8" timezone="Mars/Olympus"></contact-float>'],
  ['contact-float JSON data', `<contact-float>${json({ label: 'Gọi <ngay>', phone: '0281234567' })}</contact-float>`],
  ['contact-float hidden, then two in one corner (the second renders empty)', '<contact-float hidden></contact-float><contact-float channels="zalo"></contact-float><contact-float channels="phone"></contact-float>'],
];

/**
 * The headings a page has above a snippet, so that the elements' own (`heading-level`, 2–6, else 3) continue its
 * outline: the validator reports a skipped level (an h3 right after the h1) as an error, as it should, since
 * `heading-level` is there for partners to fit their outline.
 */
function outlineFor(snippet) {
  const levels = [...snippet.matchAll(/<(?:office-compare|role-card)\b[^>]*>/g)].map(([tag]) => {
    const level = +(/\sheading-level="(\d)"/.exec(tag)?.[1] ?? 3);
    return level >= 2 && level <= 6 ? level : 3;
  });
  const deepest = Math.max(1, ...levels);
  return Array.from({ length: deepest - 2 }, (_, i) => `<h${i + 2}>Mục cấp ${i + 2}</h${i + 2}>`).join('');
}
const withOutline = (snippet) => `${outlineFor(snippet)}${snippet}`;

/** A partner page holding `body`: the least a valid document needs, and an h1 so the elements' headings have a parent. */
const page = (title, body, lang = 'vi') =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title.replace(/[<&]/g, ' ')}</title></head><body><main><h1>Front office là gì?</h1>\n${body}\n</main></body></html>\n`;

const cli = (args, input = '') => {
  const result = spawnSync(process.execPath, [BIN, 'render', ...args], { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`front-office-widgets render ${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return result.stdout;
};

/** Runs the validator once over `files` ([name, path]); returns its messages, each with the name of its file. */
function validate(files) {
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files.map(([, path]) => path)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`cannot run ${JAVA} (${run.error.message}): install Java with "apt-get install -y --no-install-recommends default-jre-headless" (npm test does: scripts/install-engines.mjs)`);
  if (run.status !== 0) throw new Error(`vnu.jar exited ${run.status}: ${run.stderr}`);
  // --format json writes the report on standard error.
  const { messages } = JSON.parse(run.stderr);
  // It names files `file:/tmp/…`: compared as URLs.
  const nameOf = new Map(files.map(([name, path]) => [pathToFileURL(path).href, name]));
  return messages.map((m) => ({ ...m, name: (m.url && nameOf.get(new URL(m.url).href)) || m.url || 'the validator' }));
}

const isError = (m) => m.type === 'error' || m.type === 'non-document-error';
const describeMessage = (m) => `${m.name}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `\n    …${m.extract.replace(/\s+/g, ' ')}…` : ''}`;

describe('the W3C Nu validator on prerendered markup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fow-vnu-'));
  const files = [];
  const add = (name, html) => {
    const path = join(dir, `${String(files.length).padStart(3, '0')}.html`);
    writeFileSync(path, html);
    files.push([name, path]);
  };
  /** The messages per file name, from the one validator run. */
  let byName;
  // The canary: the markup @lit-labs/ssr writes unaided. Proves the validator runs and reports what this test is for.
  const CANARY = 'canary: <?> and shadowroot="open" as @lit-labs/ssr writes them';

  before(async () => {
    const rendered = [];
    for (const [name, snippet] of SNIPPETS) {
      const { html } = await api.prerender(snippet);
      rendered.push(withOutline(html));
      add(`API prerender: ${name}`, page(name, withOutline(html)));
    }
    add('API: every snippet in one page', page('every snippet', rendered.join('\n')));

    const direct = [
      ['role-card', { 'role-id': 'sales', lang: 'en', expanded: true }, { data: { title: 'Sales </script> <team>' } }],
      ['office-compare', { highlight: 'back', layout: 'stacked', 'heading-level': 4 }, {}],
      ['contact-float', { channels: 'zalo,phone,email', email: 'hi@example.com', open: true }, { lang: 'en' }],
    ];
    for (const [tag, attributes, options] of direct) add(`API renderElement('${tag}', ${JSON.stringify(attributes)})`, page(tag, withOutline(await api.renderElement(tag, attributes, options))));
    const english = await api.renderWidgets('<role-card role-id="receptionist" expanded heading-level="4"></role-card>', { lang: 'en' });
    add('API renderWidgets, lang option', page('renderWidgets', withOutline(english), 'en'));

    // The command: a whole document (its doctype and head kept), and a fragment on standard input.
    add('CLI: a whole document holding every snippet', cli([page('every snippet, through the command', SNIPPETS.map(([, s]) => withOutline(s)).join('\n'))]));
    add('CLI: a fragment on standard input, --lang en', page('stdin', cli(['--lang', 'en'], SNIPPETS.slice(0, 3).map(([, s]) => withOutline(s)).join('\n')), 'en'));

    const ssrRaw = '<template shadowroot="open" shadowrootmode="open"><p>a<!--lit-part-->b<!--/lit-part--><?></p></template>';
    add(CANARY, page('canary', `<role-card role-id="sales">${ssrRaw}</role-card>`));

    const messages = validate(files);
    byName = new Map(files.map(([name]) => [name, messages.filter((m) => m.name === name)]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the markup @lit-labs/ssr writes unaided (this test can fail)', () => {
    const errors = byName.get(CANARY).filter(isError).map((m) => m.message);
    assert.ok(errors.some((m) => /<\?/.test(m)), `no error for <?>: ${errors.join('; ')}`);
    assert.ok(errors.some((m) => /shadowroot/.test(m)), `no error for shadowroot="open": ${errors.join('; ')}`);
  });

  it('finds no error in any snippet alone, in a page of all, through the command and through the API', (t) => {
    const checked = [...byName.keys()].filter((name) => name !== CANARY);
    assert.ok(checked.length > SNIPPETS.length, 'every file was checked');
    const messages = checked.flatMap((name) => byName.get(name));
    const errors = messages.filter(isError);
    const warnings = messages.filter((m) => !isError(m));
    t.diagnostic(`${checked.length} documents: ${errors.length} errors, ${warnings.length} warnings`);
    for (const m of warnings) t.diagnostic(`warning: ${describeMessage(m)}`);
    assert.equal(errors.length, 0, `${errors.length} validator errors:\n${errors.map(describeMessage).join('\n')}`);
  });
});
