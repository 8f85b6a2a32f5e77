// Issue 19: what each way of splitting the per-element CDN files costs a page, and why no split meets
// both of its limits (one element alone ≤ its ceiling + 0.3 KB; the three files ≤ the all-in-one + 1 KB).
// Builds in memory (dist/ is not touched) with rollup.config.mjs's own per-element build, varying only
// which modules each element file keeps a copy of instead of sharing them in the chunk.
//
//   node bench/splits.mjs
//
// Part 1, one row per split: gzip -9 of every page (each element alone, each pair, all three) and its
// distance to the limit. Part 2, for today's split: what the three element files lose by being compressed
// apart rather than in one stream, with and without their text (the dataset's sentences and the warnings),
// which is where that loss comes from.
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { fileURLToPath } from 'node:url';
import { ALONE_ALLOWANCE, CEILINGS, ELEMENTS, SET_ALLOWANCE, measure } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const { default: configs, perElementFiles, PER_ELEMENT } = await import(`${root}/rollup.config.mjs`);

const SPLITS = [
  ['today: dataset, data checks, headings, boolean converter', PER_ELEMENT],
  ['dataset and data checks', /\/src\/data\/(vi|en|schema)\.ts$/],
  ['dataset and headings', /\/src\/(data\/(vi|en)|internal\/heading)\.ts$/],
  ['dataset only', /\/src\/data\/(vi|en)\.ts$/],
  ['nothing (whole dataset in the chunk)', /$^/],
];

async function generate(config) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    const output = [config.output].flat()[0];
    const { output: files } = await bundle.generate({ ...output, file: undefined, dir: output.dir ?? 'out' });
    return new Map(files.filter((f) => f.type === 'chunk').map((f) => [f.fileName, { code: f.code, imports: f.imports }]));
  } finally {
    await bundle.close();
  }
}

const KB = 1024;
const kb = (bytes) => (bytes / KB).toFixed(2);
const signed = (bytes) => `${bytes > 0 ? '+' : bytes < 0 ? '−' : '±'}${kb(Math.abs(bytes))}`;
const gzip = (text) => measure(Buffer.from(text)).gzip;

const allInOneConfig = configs.find((c) => [c.output].flat()[0].file === 'dist/cdn/front-office-widgets.js');
const allInOne = gzip([...(await generate(allInOneConfig)).values()][0].code);
const setLimit = allInOne + SET_ALLOWANCE * 1; // SET_ALLOWANCE is in bytes already
const pages = [...ELEMENTS.map((e) => [e]), ...ELEMENTS.flatMap((a, i) => ELEMENTS.slice(i + 1).map((b) => [a, b])), ELEMENTS];
const pageName = (page) => (page.length === 3 ? 'all three' : page.join(' + '));
const limitOf = (page) => (page.length === 1 ? CEILINGS[`${page[0]}.js`] + ALONE_ALLOWANCE : setLimit);

console.log(`all-in-one: ${kb(allInOne)} KB gzip -9, so a page with several per-element files may cost ${kb(setLimit)} KB`);
console.log(`one element alone may cost its ceiling + ${kb(ALONE_ALLOWANCE)} KB: ${ELEMENTS.map((e) => `${e} ${kb(limitOf([e]))}`).join(', ')}\n`);
const header = ['each element file keeps its own', 'chunk', ...pages.map(pageName)];
const rows = [];
let todayFiles;
for (const [label, ownCopies] of SPLITS) {
  const files = await generate(perElementFiles(ownCopies));
  todayFiles ??= files;
  const size = new Map([...files].map(([name, { code }]) => [name, gzip(code)]));
  const chunk = [...files.keys()].filter((name) => name.startsWith('chunks/'));
  const pageSize = (page) => [...new Set(page.flatMap((e) => [`${e}.js`, ...files.get(`${e}.js`).imports]))].reduce((total, f) => total + size.get(f), 0);
  rows.push([label, kb(chunk.reduce((t, f) => t + size.get(f), 0)), ...pages.map((page) => `${kb(pageSize(page))} ${signed(pageSize(page) - limitOf(page))}`)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log('KB gzip -9, and the distance to the limit (− is under it)');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

// Part 2: today's three element files apart and as one stream.
const elementCode = ELEMENTS.map((e) => todayFiles.get(`${e}.js`).code);
// Byte ranges of the code's text (string literals holding a white-space character: the dataset's sentences,
// the warnings' wording) and of its CSS (the literals of css`` templates), found with rollup's parser.
function ranges(code) {
  const text = [];
  const css = [];
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && typeof node.value === 'string' && /\s/.test(node.value)) text.push([node.start + 1, node.end - 1]);
    if (node.type === 'TemplateElement' && parent?.type === 'TemplateLiteral' && /:host|\{[a-z-]+:/.test(node.value.raw)) css.push([node.start, node.end]);
    else if (node.type === 'TemplateElement' && /\s/.test(node.value.raw) && !/[<>]/.test(node.value.raw)) text.push([node.start, node.end]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => visit(child, node));
      else if (value && typeof value === 'object') visit(value, node);
    }
  };
  visit(parseAst(code));
  return { text, css };
}
const cut = (code, spans) => [...spans].sort((a, b) => b[0] - a[0]).reduce((c, [start, end]) => c.slice(0, start) + c.slice(end), code);
const withoutText = (code) => cut(code, ranges(code).text);
const withoutCss = (code) => cut(code, ranges(code).css);
const withoutEither = (code) => cut(code, [...ranges(code).text, ...ranges(code).css]);
const loss = (codes) => codes.reduce((t, c) => t + gzip(c), 0) - gzip(codes.join('\n'));
console.log(`
The three element files compressed apart cost more than in one stream (as in the all-in-one file):`);
const lost = {};
for (const [key, label, strip] of [
  ['all', 'as built', (c) => c],
  ['text', 'without their text (sentences, warnings)', withoutText],
  ['css', 'without their CSS', withoutCss],
  ['code', 'without either: code and HTML templates', withoutEither],
]) {
  const codes = elementCode.map(strip);
  lost[key] = loss(codes);
  console.log(`  ${label.padEnd(42)} apart ${kb(codes.reduce((t, c) => t + gzip(c), 0)).padStart(6)} KB, one stream ${kb(gzip(codes.join('\n'))).padStart(6)} KB, lost ${kb(lost[key])} KB`);
}
const best = rows.reduce((a, b) => (Number(a.at(-1).split(' ')[0]) < Number(b.at(-1).split(' ')[0]) ? a : b));
console.log(`
What the split loses on the three files, ${kb(lost.all)} KB, is spread over everything in them: about ${kb(lost.all - lost.text)} KB goes with
their text, ${kb(lost.all - lost.css)} KB with their CSS, and ${kb(lost.code)} KB stays in the code itself (the same Lit idioms, part names
and calls into the chunk, written once per file). Limit for the three: the all-in-one + ${kb(SET_ALLOWANCE)} KB. The split with the
smallest three-file page ("${best[0]}") is still ${best.at(-1).split(' ')[1]} KB from it, and it makes each element alone
carry the other elements' sentences. Repeat: node bench/splits.mjs`);
