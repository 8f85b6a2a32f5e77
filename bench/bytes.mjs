// Where the bytes of the CDN files go. Rebuilds the CDN bundles in memory with
// rollup.config.mjs as it is (dist/ is not touched) plus source maps, and
// attributes every minified byte to the source module it came from, the way
// source-map-explorer does. For each module it also gives its marginal gzip
// cost: gzip of the file minus gzip of the file with that module's bytes cut out
// (what deleting it would save; these do not add up to the total, since gzip
// shares repeats across modules).
//
//   node bench/bytes.mjs                 all CDN files, top modules + groups
//   node bench/bytes.mjs role-card       only dist/cdn/role-card.js
//   node bench/bytes.mjs --all           every module, not only the top 25
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { measure } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const showAll = args.includes('--all');

/** The CDN build entries of rollup.config.mjs, one per output file (the IIFE twin is skipped: same modules). */
export async function cdnConfigs() {
  process.chdir(root);
  const { default: configs } = await import(`${root}/rollup.config.mjs?${Date.now()}`);
  return configs
    .map((config) => ({ config, output: [config.output].flat()[0] }))
    .filter(({ output }) => output.file?.startsWith('dist/cdn/') || output.dir === 'dist/cdn')
    .flatMap(({ config, output }) =>
      output.file
        ? [{ name: output.file.replace('dist/cdn/', ''), config, output }]
        : // The per-element files, built together: one entry per file, and the chunk they share.
          [...Object.keys(config.input).map((name) => `${name}.js`), 'chunks/shared'].map((name) => ({ name, config, output, chunk: name })),
    );
}

/** Builds one config in memory; returns the chunk's code and source map. */
export async function buildInMemory({ config, output, chunk: name }, { sourcemap = false } = {}) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    const { output: chunks } = await bundle.generate({ ...output, sourcemap });
    const chunk = chunks.find((c) => c.type === 'chunk' && (!name || c.fileName.startsWith(name)));
    return { code: chunk.code, map: chunk.map, modules: chunk.modules };
  } finally {
    await bundle.close();
  }
}

// Base64 VLQ, as in the source map spec (kept here rather than depending on a transitive package).
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = B64[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Byte ranges of the generated code per source: Map<source, Array<[start, end]>>. */
export function rangesBySource(code, map) {
  const ranges = new Map();
  const add = (source, start, end) => {
    if (end <= start) return;
    if (!ranges.has(source)) ranges.set(source, []);
    ranges.get(source).push([start, end]);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let offset = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let column = 0;
    let previous = null; // [column, source]
    let covered = 0;
    for (const segment of (mappingLines[l] ?? '').split(',').filter(Boolean)) {
      const [dc, ds] = decodeSegment(segment);
      column += dc;
      if (ds !== undefined) sourceIndex += ds;
      // skip the rest of the fields: only columns and sources matter here
      if (previous) add(previous[1], offset + previous[0], offset + column);
      else add('(unmapped)', offset, offset + column);
      previous = [column, ds === undefined ? '(unmapped)' : map.sources[sourceIndex]];
      covered = column;
    }
    // The other fields (line, column, name) are relative too, but unused: sources are all we need.
    if (previous) add(previous[1], offset + previous[0], offset + line.length);
    else add('(unmapped)', offset + covered, offset + line.length);
    offset += line.length + 1;
  }
  return ranges;
}

export function moduleName(source) {
  const path = relative(root, fileURLToPath(new URL(source, `file://${root}/dist/cdn/`))).replaceAll('\\', '/');
  const nm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  return nm ? `${nm[1]}/${nm[2].replace(/^(development|production)\//, '')}` : path;
}

export function groupOf(name) {
  if (/^(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(name)) return 'lit (runtime)';
  if (name.startsWith('src/data/')) return 'src/data (dataset, schema)';
  if (name.startsWith('src/internal/')) return 'src/internal (shared base)';
  const component = name.match(/^src\/components\/([^/]+)\//);
  if (component) return `src/components/${component[1]}`;
  if (name.startsWith('src/')) return 'src (entry points)';
  return name;
}

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Per module: minified bytes and marginal gzip cost; per group: both, the group cut out as a whole. */
export async function breakdown(entry) {
  const { code, map } = await buildInMemory(entry, { sourcemap: 'hidden' });
  const bySource = rangesBySource(code, map);
  const total = gz(code);
  const cut = (ranges) => {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [s, e] of sorted) {
      out += code.slice(at, s);
      at = e;
    }
    return out + code.slice(at);
  };
  const modules = new Map();
  for (const [source, ranges] of bySource) {
    const name = source === '(unmapped)' ? '(unmapped: glue, renamed helpers)' : moduleName(source);
    const entryFor = modules.get(name) ?? { name, ranges: [] };
    entryFor.ranges.push(...ranges);
    modules.set(name, entryFor);
  }
  const rows = [...modules.values()].map((m) => ({
    name: m.name,
    group: groupOf(m.name),
    // UTF-8 bytes, not UTF-16 code units: the Vietnamese strings are mostly multi-byte.
    bytes: m.ranges.reduce((sum, [s, e]) => sum + Buffer.byteLength(code.slice(s, e)), 0),
    gzipSaved: total - gz(cut(m.ranges)),
    ranges: m.ranges,
  }));
  const groups = new Map();
  for (const row of rows) {
    const g = groups.get(row.group) ?? { name: row.group, bytes: 0, ranges: [] };
    g.bytes += row.bytes;
    g.ranges.push(...row.ranges);
    groups.set(row.group, g);
  }
  const groupRows = [...groups.values()].map((g) => ({ name: g.name, bytes: g.bytes, gzipSaved: total - gz(cut(g.ranges)) }));
  return { code, size: measure(Buffer.from(code)), rows: rows.sort((a, b) => b.bytes - a.bytes), groups: groupRows.sort((a, b) => b.bytes - a.bytes) };
}

function print(title, rows, rawTotal) {
  const header = ['', 'min bytes', 'share', 'gzip if cut'];
  const body = rows.map((r) => [r.name, String(r.bytes), `${((100 * r.bytes) / rawTotal).toFixed(1)} %`, `−${r.gzipSaved}`]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  console.log(title);
  for (const row of [header, ...body]) console.log('  ' + row.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const entry of await cdnConfigs()) {
    if (only.length && !only.some((o) => entry.name.includes(o))) continue;
    const { size, rows, groups } = await breakdown(entry);
    console.log(`\n== dist/cdn/${entry.name}: ${size.raw} B minified, ${size.gzip} B ${size.gzipTool}, ${size.brotli} B brotli`);
    print('by group', groups, size.raw);
    print(showAll ? 'by module' : 'by module (top 25)', showAll ? rows : rows.slice(0, 25), size.raw);
  }
}
