/**
 * Writes docs/api.md, the API reference, from custom-elements.json (run by `npm run build`
 * after `cem analyze`): per element its attributes, properties, events, CSS custom
 * properties, parts and slots, then the global `--fow-*` tokens.
 *
 *   node scripts/api-docs.mjs           write docs/api.md from custom-elements.json
 *   node scripts/api-docs.mjs --check   exit 1 unless docs/api.md is what the sources give now
 *
 * `--check` analyses src/ afresh (the analyzer in memory, nothing written), so it also fails
 * when a JSDoc changed and neither the manifest nor the reference was rebuilt.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'docs/api.md');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** `lang` is the native attribute, so the analyzer has no words for it; our meaning of it is this. */
const LANG_DESCRIPTION = "Language of the content. When absent, the nearest ancestor's `lang`, else `vi`; an unknown language falls back to `vi` with a warning.";

const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: one line, and `|` escaped (GitHub needs that inside code spans too). */
const cell = (text) => oneLine(text).replace(/\|/g, '\\|') || ' ';
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const typeOf = (item) => item?.parsedType?.text ?? item?.type?.text ?? '';
const defaultOf = (item) => (item?.default && item.default !== 'undefined' ? item.default : '');

function table(headers, rows) {
  if (!rows.length) return ['None.'];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** The custom elements (declarations with a tag) and the base classes whose CSS properties they inherit. */
function read(manifest) {
  const classes = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.push({ ...declaration, module: module.path });
    }
  }
  const elements = classes.filter((d) => d.tagName && d.customElement);
  const bases = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const from = property.inheritedFrom;
      if (!from || bases.has(from.name)) continue;
      bases.set(from.name, classes.find((d) => d.name === from.name && d.module === from.module) ?? { name: from.name, cssProperties: [] });
    }
  }
  return { elements, bases: [...bases.values()] };
}

function attributeRows(element) {
  const locale = element.members?.find((m) => m.name === 'locale');
  return (element.attributes ?? []).map((attribute) => {
    const isLang = attribute.name === 'lang' && !attribute.type;
    return [
      code(attribute.name),
      code(attribute.fieldName ?? (isLang ? 'lang' : '')),
      code(isLang ? typeOf(locale) || 'string' : typeOf(attribute)),
      code(defaultOf(attribute)),
      isLang && !attribute.description ? LANG_DESCRIPTION : attribute.description,
    ];
  });
}

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#');

function propertyRows(element) {
  const viaAttribute = new Set((element.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  return (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !m.attribute && !viaAttribute.has(m.name) && m.description)
    .map((m) => [code(m.name), code(typeOf(m)), `${m.readonly ? 'Read-only. ' : ''}${m.description}`]);
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}: ${typeOf(p) || 'unknown'}`);
  return `${method.name}(${parameters.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

function staticRows(element) {
  return (element.members ?? [])
    .filter((m) => m.static && isPublic(m) && m.description)
    .map((m) => [code(m.kind === 'method' ? `${element.name}.${signature(m)}` : `${element.name}.${m.name}: ${typeOf(m)}`), m.description]);
}

const detailOf = (event) => /^CustomEvent<(.*)>$/s.exec(typeOf(event).trim())?.[1] ?? typeOf(event);

function elementSection(element, bases) {
  const inherited = new Set(bases.flatMap((b) => (b.cssProperties ?? []).map((p) => p.name)));
  const own = (element.cssProperties ?? []).filter((p) => !p.inheritedFrom && !inherited.has(p.name));
  const tokens = bases.filter((b) => (element.cssProperties ?? []).some((p) => p.inheritedFrom?.name === b.name));
  const entry = pkg.exports?.[`./${element.tagName}.js`] ? `\`import '${pkg.name}/${element.tagName}.js'\`` : null;
  const lines = [`## \`<${element.tagName}>\``, ''];
  if (element.summary) lines.push(oneLine(element.summary), '');
  if (element.description) lines.push(element.description.trim(), '');
  lines.push(
    `Class \`${element.name}\`${entry ? `; defined by ${entry}, by \`import '${pkg.name}'\` with the others, or by the CDN file \`dist/cdn/${element.tagName}.js\`` : ''}.`,
    '',
    '### Attributes',
    '',
    'Each attribute has the property in the second column; setting either updates the element.',
    '',
    ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows(element)),
    '',
    '### Properties without an attribute',
    '',
    ...table(['Property', 'Type', 'Description'], propertyRows(element)),
    '',
  );
  const statics = staticRows(element);
  if (statics.length) lines.push('### Static members', '', ...table(['Member', 'Description'], statics), '');
  lines.push(
    '### Events',
    '',
    ...table(['Event', 'Detail', 'Description'], (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(detailOf(e)), e.description])),
    '',
    '### CSS custom properties',
    '',
    ...table(['Property', 'Default', 'Description'], own.map((p) => [code(p.name), code(defaultOf(p)), p.description])),
    '',
  );
  if (tokens.length) lines.push(`It also reads the ${tokens.map((b) => `[global tokens](#${anchor(b)})`).join(' and ')}; its own properties win over them.`, '');
  lines.push(
    '### CSS parts',
    '',
    ...table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(`::part(${p.name})`), p.description])),
    '',
    '### Slots',
    '',
    ...table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])),
    '',
  );
  return lines;
}

const anchor = (base) => `global-tokens-${base.name.toLowerCase()}`;

function tokenSection(base, elements) {
  const users = elements.filter((e) => (e.cssProperties ?? []).some((p) => p.inheritedFrom?.name === base.name)).map((e) => `\`<${e.tagName}>\``);
  return [
    `<a id="${anchor(base)}"></a>`,
    '',
    `## Global tokens (${base.name})`,
    '',
    `Read by ${users.join(', ')}. Set them on \`:root\` (every element on the page) or on one element.`,
    '',
    ...(base.description ? [base.description.trim(), ''] : []),
    ...table(['Token', 'Default', 'Description'], (base.cssProperties ?? []).map((p) => [code(p.name), code(defaultOf(p)), p.description])),
    '',
  ];
}

export function apiMarkdown(manifest) {
  const { elements, bases } = read(manifest);
  if (!elements.length) throw new Error('custom-elements.json has no custom element: run `cem analyze` first.');
  const lines = [
    '<!-- Generated by scripts/api-docs.mjs from custom-elements.json during `npm run build`. Do not edit by hand: change the JSDoc in src/ and rebuild. -->',
    '',
    `# ${pkg.name} API reference`,
    '',
    `> Generated from \`custom-elements.json\` (version ${pkg.version}) by \`scripts/api-docs.mjs\`, part of \`npm run build\`.`,
    '> Never edit this file by hand: change the JSDoc in `src/` and run the build; `npm test` fails while it is out of date.',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${oneLine(e.summary || e.description).split(/(?<=\.)\s/)[0]}`),
    ...bases.map((b) => `- [Global tokens](#${anchor(b)}): the \`--fow-*\` custom properties all elements read`),
    '',
    ...elements.flatMap((e) => elementSection(e, bases)),
    ...bases.flatMap((b) => tokenSection(b, elements)),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

async function freshManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const expected = apiMarkdown(await freshManifest());
    let actual = '';
    try {
      actual = readFileSync(OUT, 'utf8');
    } catch {}
    if (actual !== expected) {
      const a = actual.split('\n');
      const e = expected.split('\n');
      const line = e.findIndex((text, i) => text !== a[i]);
      console.error(`docs/api.md is out of date (first difference at line ${line + 1}):\n  file:    ${a[line] ?? '(end of file)'}\n  sources: ${e[line] ?? '(end of file)'}`);
      console.error('Run `npm run build` (it regenerates custom-elements.json and docs/api.md) and commit both.');
      console.log('api-docs: 0 passed, 1 failed');
      process.exit(1);
    }
    console.log('api-docs: docs/api.md matches the sources\napi-docs: 1 passed, 0 failed');
  } else {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    writeFileSync(OUT, apiMarkdown(JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))));
    if (!process.argv.includes('--quiet')) console.log('api-docs: wrote docs/api.md');
  }
}
