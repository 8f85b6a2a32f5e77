// Candidate byte cuts in the build configuration, measured without touching
// rollup.config.mjs or dist/: each variant rebuilds the CDN files in memory
// from the real config with one change, and the table gives gzip -9 / brotli
// against the unchanged build. `node bench/cuts.mjs [file-filter]`
// None is applied: they are measured so the choice is made on numbers.
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { measure } from '../scripts/size.mjs';
import { buildInMemory, cdnConfigs } from './bytes.mjs';

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const TERSER_NOW = { ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } };
const withTerser = (options) => (config) => ({
  ...config,
  plugins: config.plugins.map((p) => (p?.name === 'terser' ? terser(options) : p)),
});

/** Lit html`` literals: any white-space run holding a line break becomes one space (HTML collapses it to one anyway outside <pre>). */
function collapseHtmlWhitespace() {
  const HTML_LITERAL = /\bhtml`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}`]|\{[^{}`]*\})*\})*)`/g;
  return {
    name: 'bench-collapse-html-whitespace',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const out = code.replace(HTML_LITERAL, (_whole, body) => {
        const parts = body.split(/(\$\{(?:[^{}`]|\{[^{}`]*\})*\})/);
        return `html\`${parts.map((part, i) => (i % 2 ? part : part.replace(/\s*\n\s*/g, ' '))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
const withPluginFirst = (plugin) => (config) => ({ ...config, plugins: [plugin, ...config.plugins] });

/** The CSS of css`` literals through esbuild's CSS minifier instead of scripts/minify-literals.mjs (placeholders keep the `${…}`). */
function esbuildCssLiterals() {
  const CSS_LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^{}`]*\})*)`/g;
  return {
    name: 'bench-esbuild-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(CSS_LITERAL, (_whole, body) => {
        const exprs = [];
        let text = body.replace(/\$\{[^{}`]*\}/g, (e) => `--fowph${exprs.push(e) - 1}`);
        text = text.replace(/\{\s*(--fowph\d+)\s*\}/g, '{$1:x}');
        const bare = !text.includes('{');
        let min = transformSync(bare ? `.fowroot{${text}}` : text, { loader: 'css', minify: true, target: 'chrome110' }).code.trim();
        if (bare) min = min.replace(/^\.fowroot\{/, '').replace(/\}$/, '');
        min = min.replace(/(--fowph\d+):x/g, '$1').replace(/--fowph(\d+)/g, (_m, i) => exprs[+i]);
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}
const replacePlugin = (name, plugin) => (config) => ({ ...config, plugins: config.plugins.map((p) => (p?.name === name ? plugin : p)) });

/**
 * Lit's production build keeps three long error messages of its css tag (thrown only on
 * misuse of `css`/`unsafeCSS`, which our sources never do): shortened here.
 */
const shortLitMessages = {
  name: 'bench-short-lit-messages',
  transform(code, id) {
    if (!/node_modules\/@lit\/reactive-element\/css-tag\.js$/.test(id)) return null;
    return {
      code: code
        .replace(/"CSSResult is not constructable[^"]*"/, '"css"')
        .replace(/"Value passed to 'css' function must be a 'css' function result: "/, '"css: "')
        .replace(/"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/, '""'),
      map: null,
    };
  },
};

/** Our private members (TypeScript `private`, never read from outside a class): what mangling their names would give. */
const PRIVATE_NAMES =
  'warned setOpen scriptText resolveChannels renderChannel refreshOthers readScript overrides onToggle onFocusOut onDocumentKeydown onDocumentClick justOpened isFirstAt hoursNote hasMenu fromScript fromProperty copyNumber copyMessage accepts';

const VARIANTS = [
  ['terser: + unsafe_arrows, unsafe_methods', withTerser({ ...TERSER_NOW, compress: { ...TERSER_NOW.compress, unsafe_arrows: true, unsafe_methods: true } })],
  ['terser: passes 5, hoist_props', withTerser({ ...TERSER_NOW, compress: { ...TERSER_NOW.compress, passes: 5, hoist_props: true } })],
  ['rollup: generatedCode es2015', (config) => ({ ...config, output: undefined, _output: { generatedCode: 'es2015' } })],
  ["CSS: esbuild's minifier", replacePlugin('minify-css-literals', esbuildCssLiterals())],
  ['html``: line-break white space → one space', withPluginFirst(collapseHtmlWhitespace())],
  ["Lit: shorten css-tag's 3 error messages", withPluginFirst(shortLitMessages)],
  ['terser: mangle our private member names', withTerser({ ...TERSER_NOW, mangle: { properties: { regex: new RegExp(`^(${PRIVATE_NAMES.split(' ').join('|')})$`) } } })],
];

const entries = (await cdnConfigs()).filter((e) => !only.length || only.some((o) => e.name.includes(o)));
const base = {};
for (const entry of entries) base[entry.name] = measure(Buffer.from((await buildInMemory(entry)).code));

const rows = [['variant', 'file', 'gzip', 'Δ gzip', 'brotli', 'Δ brotli']];
for (const entry of entries) rows.push(['(as built now)', entry.name, String(base[entry.name].gzip), '', String(base[entry.name].brotli), '']);
for (const [name, change] of VARIANTS) {
  for (const entry of entries) {
    const { _output, ...config } = change(entry.config);
    const output = { ...entry.output, ..._output };
    const m = measure(Buffer.from((await buildInMemory({ ...entry, config, output })).code));
    const b = base[entry.name];
    const d = (x) => (x > 0 ? `+${x}` : String(x));
    rows.push([name, entry.name, String(m.gzip), d(m.gzip - b.gzip), String(m.brotli), d(m.brotli - b.brotli)]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
