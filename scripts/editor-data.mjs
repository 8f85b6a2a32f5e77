/**
 * Writes the editor data from custom-elements.json (run after `cem analyze`):
 * - vscode.html-custom-data.json: VS Code's HTML custom data (tag and
 *   attribute completion, accepted values, hover docs). Projects list it in
 *   `.vscode/settings.json` → "html.customData".
 * - web-types.json: the same for JetBrains IDEs, which find it through the
 *   "web-types" field of package.json; it also carries events, properties,
 *   CSS custom properties and parts.
 *
 * Accepted values come from the attribute's type in the manifest: a literal
 * union (`'auto' | 'table'`) is used as is; a type alias (`Theme`) is resolved
 * from its `export type` (or its `as const` list) in src/.
 *
 * Each element's link (hover "References" in VS Code, "doc-url" in JetBrains)
 * goes to its section of docs/guide.md (the "## `<tag>`" heading, by GitHub's
 * slug of it), of the version this data ships in, because a partner's editor
 * reads the data of the version they installed. Where that section can be read:
 * - npm's package page renders README.md only, and the element sections left
 *   the README: `npmjs.com/package/<name>#<tag>` lands at the top of the page.
 * - The partner site (dist/site, one page per element) is published by
 *   .github/workflows/pages.yml at https://<owner>.github.io/<repo>/: its URL
 *   needs the repository, and it always shows main, not the installed version.
 *   It is not in the package ("files" has !dist/site/), and shipping it would
 *   not help: jsDelivr and unpkg serve .html as text/plain on purpose
 *   (jsdelivr/jsdelivr#18027, unpkg/unpkg#94), so it would show as source.
 * - GitHub renders docs/guide.md with its heading anchors, at the release's tag:
 *   https://github.com/<owner>/<repo>/blob/v<version>/docs/guide.md#<tag>. The
 *   only link that is rendered, pinned and lands on the element. It needs
 *   "repository" in package.json (and a v<version> tag per release): used
 *   as soon as "repository" names a GitHub repository.
 * - Until then: jsDelivr's copy of docs/guide.md of this version (the file is
 *   in "files"), https://cdn.jsdelivr.net/npm/<name>@<version>/docs/guide.md#<tag>.
 *   It exists for every published version and is the element's own
 *   documentation, but as raw text: the browser opens it at the top.
 * test/docs/links.test.mjs checks that every such link names a shipped file
 * of this version and a heading that is there.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import GithubSlugger from 'github-slugger';
import { Marked } from 'marked';
import { parse } from 'parse5';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
/** The file that documents each element in a section of its own. */
export const GUIDE = 'docs/guide.md';

/**
 * The headings of a markdown file as GitHub renders them: each one's text (what the reader sees, so
 * "## `<office-compare>`" is `<office-compare>`) and its anchor (github-slugger, GitHub's own rule,
 * `-1`, `-2`… on repeats); then every `id` and `name` written in raw HTML, which are anchors too.
 * The markdown is rendered first (marked, then parse5) so code spans, escapes and entities read as
 * GitHub reads them, and nothing in a code block counts.
 */
export function markdownAnchors(markdown) {
  const slugger = new GithubSlugger();
  const headings = [];
  const ids = [];
  const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));
  const walk = (node) => {
    if (/^h[1-6]$/.test(node.nodeName)) {
      const heading = text(node);
      headings.push({ text: heading, anchor: slugger.slug(heading) });
    }
    for (const attr of node.attrs ?? []) if (attr.name === 'id' || attr.name === 'name') ids.push(attr.value);
    (node.childNodes ?? []).forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(new Marked().parse(markdown)));
  return { headings, anchors: new Set([...headings.map((h) => h.anchor), ...ids]) };
}

/** `owner/repo` when package.json's "repository" is on GitHub (any of npm's forms), else null. */
export function githubRepository(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return null;
  const match = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** Where `anchor` of docs/guide.md is read, for this version of the package (see the top of this file). */
export function docsUrl(pkg, anchor) {
  const repository = githubRepository(pkg.repository);
  if (repository) {
    const directory = typeof pkg.repository === 'object' && pkg.repository.directory ? `${pkg.repository.directory.replace(/\/$/, '')}/` : '';
    return `https://github.com/${repository}/blob/v${pkg.version}/${directory}${GUIDE}#${anchor}`;
  }
  return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${GUIDE}#${anchor}`;
}

let guideHeadings;
/** The link to the element's own section of the guide; none is a build error, not a link to nowhere. */
function elementDocsUrl(tag) {
  guideHeadings ??= markdownAnchors(read(GUIDE)).headings;
  const heading = guideHeadings.find((h) => h.text === `<${tag}>`);
  if (!heading) throw new Error(`editor-data: ${GUIDE} has no heading "## \`<${tag}>\`" for the editors' link to point at.`);
  return docsUrl(pkg, heading.anchor);
}

/** `lang` is the native attribute, so the analyzer knows nothing about it; our meaning of it is this. */
const LANG = {
  name: 'lang',
  description: 'Language of the content: `vi` or `en`. When absent, the nearest ancestor\'s `lang`, else `vi`.',
  type: { text: "'vi' | 'en'" },
};

function sourceFiles(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
const SOURCES = sourceFiles('src').sort().map(read).join('\n');

/** The members of a union of literals, or null when the type is not one. */
function literals(text, seen = new Set()) {
  if (!text) return null;
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length) return null;
  const values = [];
  for (const part of parts) {
    const literal = /^'([^']*)'$|^"([^"]*)"$|^(-?\d+(?:\.\d+)?)$/.exec(part);
    if (literal) {
      values.push(literal[1] ?? literal[2] ?? literal[3]);
      continue;
    }
    const alias = /^[A-Z]\w*$/.test(part) && !seen.has(part) ? resolveAlias(part, new Set([...seen, part])) : null;
    if (!alias) return null;
    values.push(...alias);
  }
  return [...new Set(values)];
}

function resolveAlias(name, seen) {
  const definition = new RegExp(`export type ${name}\\s*=\\s*([^;]+);`).exec(SOURCES)?.[1]?.trim();
  if (!definition) return null;
  // `(typeof THEMES)[number]` over `const THEMES = ['light', 'dark', 'auto'] as const`
  const list = /^\(typeof (\w+)\)\[number\]$/.exec(definition);
  if (list) {
    const items = new RegExp(`const ${list[1]}\\s*=\\s*\\[([^\\]]*)\\]\\s*as const`).exec(SOURCES)?.[1];
    return items ? literals(items.split(',').map((s) => s.trim()).filter(Boolean).join(' | '), seen) : null;
  }
  return literals(definition.replace(/\s+/g, ' '), seen);
}

const isBoolean = (type) => /^boolean(\s*\|\s*undefined)?$/.test(type?.text?.trim() ?? '');
const clean = (text) => (text ?? '').replace(/\s+\n/g, '\n').trim();

function elements() {
  const out = [];
  for (const module of manifest.modules ?? []) {
    for (const d of module.declarations ?? []) {
      // The tag is the manifest's (`@tagname`), else the class's `static tagName = '…'` that `define()` uses.
      const staticTag = d.members?.find((m) => m.static && m.name === 'tagName')?.default?.replace(/^['"]|['"]$/g, '');
      const tag = d.tagName ?? staticTag;
      if (d.kind !== 'class' || !tag || !(d.customElement || staticTag)) continue;
      const attributes = (d.attributes ?? []).map((a) => (a.name === 'lang' && !a.description ? { ...a, ...LANG } : a));
      if (!attributes.some((a) => a.name === 'lang')) attributes.push(LANG);
      const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
      const properties = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && (m.description || attributeFields.has(m.name)),
      );
      out.push({
        tag,
        className: d.name,
        summary: clean(d.summary),
        description: clean(d.description),
        attributes: attributes.map((a) => ({ ...a, values: isBoolean(a.type) ? null : literals(a.type?.text) })),
        properties,
        events: (d.events ?? []).filter((e) => e.name),
        cssProperties: d.cssProperties ?? [],
        cssParts: d.cssParts ?? [],
        slots: d.slots ?? [],
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The hover text: what the element is, then its events, CSS custom properties and parts. */
function markdown(el) {
  const lines = [el.summary || el.description];
  if (el.summary && el.description) lines.push('', el.description);
  const list = (title, items, name) => {
    if (!items.length) return;
    lines.push('', `**${title}**`, ...items.map((i) => `- \`${name(i)}\`${i.description ? `: ${clean(i.description)}` : ''}`));
  };
  list('Events', el.events, (e) => e.name);
  list('CSS custom properties', el.cssProperties, (p) => p.name);
  list('CSS parts', el.cssParts, (p) => `::part(${p.name})`);
  return lines.join('\n');
}

function vscodeData(list) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: list.map((el) => ({
      name: el.tag,
      description: { kind: 'markdown', value: markdown(el) },
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: { kind: 'markdown', value: clean(a.description) + (a.default && a.default !== 'undefined' ? `\n\nDefault: \`${a.default}\`` : '') },
        ...(isBoolean(a.type) ? { valueSet: 'v' } : a.values ? { values: a.values.map((name) => ({ name })) } : {}),
      })),
      references: [{ name: `${el.tag} in the guide (${pkg.version})`, url: elementDocsUrl(el.tag) }],
    })),
  };
}

function webTypes(list) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: list.map((el) => ({
          name: el.tag,
          description: markdown(el),
          'doc-url': elementDocsUrl(el.tag),
          source: { module: pkg.name, symbol: el.className },
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: clean(a.description),
            value: {
              kind: 'plain',
              type: isBoolean(a.type) ? 'boolean' : a.values ? a.values.map((v) => (/^-?\d/.test(v) ? v : `'${v}'`)).join(' | ') : 'string',
              required: false,
              ...(a.default && a.default !== 'undefined' ? { default: a.default } : {}),
            },
            ...(a.values ? { values: a.values.map((name) => ({ name })) } : {}),
          })),
          slots: el.slots.map((s) => ({ name: s.name || 'default', description: clean(s.description) })),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, description: clean(p.description), ...(p.type?.text ? { type: p.type.text } : {}) })),
            events: el.events.map((e) => ({ name: e.name, description: clean(e.description) + (e.type?.text ? `\n\n\`${e.type.text}\`` : '') })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: clean(p.description) })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: clean(p.description) })),
          },
        })),
      },
    },
  };
}

// Run as a script, it writes the files; imported (by the link test), it only lends its functions.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const list = elements();
  if (list.length === 0) {
    console.error('editor-data: custom-elements.json has no custom element: run `cem analyze` first.');
    process.exit(1);
  }
  const write = (file, data) => writeFileSync(join(ROOT, file), `${JSON.stringify(data, null, 2)}\n`);
  write('vscode.html-custom-data.json', vscodeData(list));
  write('web-types.json', webTypes(list));
  const free = list.flatMap((el) => el.attributes.filter((a) => !a.values && !isBoolean(a.type)).map((a) => `${el.tag}[${a.name}]`));
  if (!process.argv.includes('--quiet')) {
    console.log(`editor-data: ${list.map((el) => el.tag).join(', ')} → vscode.html-custom-data.json, web-types.json (free-text attributes: ${free.join(', ') || 'none'})`);
  }
}
