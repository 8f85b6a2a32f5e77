// Writes two files next to the CDN files:
// - dist/cdn/sri.json: the Subresource Integrity hash of every CDN file (the shared chunks under
//   `chunks/` too), for `<script integrity>`, `<link rel="modulepreload" integrity>`, an import map's
//   `integrity` and, for the themes (`themes/<name>.css`), `<link integrity>`;
// - dist/cdn/imports.json: `{ "<ES module file>": ["chunks/<name>.js", …] }`, every file each ES module
//   imports, transitively, in the order the browser meets them, so that a snippet can preload each with
//   its integrity (README, "Use it from the CDN"). Files that import nothing are listed with `[]`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

const dir = new URL('../dist/cdn/', import.meta.url);
const list = (sub, ext) => (existsSync(new URL(sub, dir)) ? readdirSync(new URL(sub, dir)).filter((f) => f.endsWith(ext)).map((f) => sub + f) : []);
const scripts = [...list('', '.js'), ...list('chunks/', '.js')];

const sri = {};
for (const file of [...scripts, ...list('themes/', '.css')].sort()) {
  sri[file] = `sha384-${createHash('sha384').update(readFileSync(new URL(file, dir))).digest('base64')}`;
}
writeFileSync(new URL('sri.json', dir), `${JSON.stringify(sri, null, 2)}\n`);

/** The files `file` imports statically (import and export … from), as paths relative to dist/cdn/. */
function staticImports(file) {
  const code = readFileSync(new URL(file, dir), 'utf8');
  const program = parseAst(code);
  const sources = [];
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration' || ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source)) {
      const specifier = node.source.value;
      // Our files import only each other, by relative URL: anything else would be a request the CDN cannot answer.
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) throw new Error(`${file} imports "${specifier}", which is not a CDN file`);
      const target = posix.join(posix.dirname(file), specifier);
      if (!sri[target]) throw new Error(`${file} imports ${target}, which the build did not write`);
      sources.push(target);
    }
  }
  if (JSON.stringify(program).includes('"type":"ImportExpression"')) {
    throw new Error(`${file} has a dynamic import(): imports.json lists static imports only`);
  }
  return sources;
}

const isModule = (file) => !file.endsWith('.iife.js');
const imports = {};
for (const file of scripts.filter((f) => !f.startsWith('chunks/') && isModule(f)).sort()) {
  const seen = [];
  const visit = (from) => {
    for (const target of staticImports(from)) {
      if (seen.includes(target)) continue;
      seen.push(target);
      visit(target);
    }
  };
  visit(file);
  imports[file] = seen;
}
writeFileSync(new URL('imports.json', dir), `${JSON.stringify(imports, null, 2)}\n`);
