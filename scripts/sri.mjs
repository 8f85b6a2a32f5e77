// Writes dist/cdn/sri.json: the Subresource Integrity hash of every CDN file, for `<script integrity>`
// and, for the themes (`themes/<name>.css`), `<link integrity>`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/cdn/', import.meta.url);
const themes = readdirSync(new URL('themes/', dir)).filter((f) => f.endsWith('.css'));
const sri = {};
for (const file of [...readdirSync(dir).filter((f) => f.endsWith('.js')), ...themes.map((f) => `themes/${f}`)].sort()) {
  sri[file] = `sha384-${createHash('sha384').update(readFileSync(new URL(file, dir))).digest('base64')}`;
}
writeFileSync(new URL('sri.json', dir), `${JSON.stringify(sri, null, 2)}\n`);
