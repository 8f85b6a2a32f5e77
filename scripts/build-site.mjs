/**
 * `npm run build:site`: writes dist/site/, the static site for partner editors, from demo/ and the build.
 * Plain files, no server code: any static host serves it, under any base path (GitHub Pages serves it
 * under /<repo>/), because every page refers to the rest with page-relative paths.
 *
 *   dist/site/
 *     index.html, configurator.html, office-compare.html, …   demo/*.html, with the build-time parts filled in
 *     *.css, *.js, favicon.svg                               the rest of demo/, as written
 *     cdn/                                                   dist/cdn/ byte for byte: what partners load
 *     renderer/                                              dist/renderer/, when the build wrote it
 *     custom-elements.json                                   the manifest
 *     package.json                                           name and version
 *
 * What a page in demo/ may hold, filled in here:
 *   <!-- site:header -->         skip link, then the site's header and navigation, the current page marked
 *   <!-- site:api TAG -->        TAG's reference (attributes, properties, events, CSS properties, parts), from custom-elements.json
 *   <!-- site:tokens -->         the global --fow-* tokens, from custom-elements.json
 *   <!-- site:changelog -->      CHANGELOG.md
 *   <!-- site:code LANG -->…<!-- /site:code -->
 *                                a code block, written raw between the markers and escaped here: `<pre class="snippet"
 *                                data-lang="LANG"><code>…</code></pre>` (test/integration/site.spec.mjs pastes the HTML ones into a page)
 *   %version%                    the package version
 *   %cdn%                        the pinned CDN folder, https://cdn.jsdelivr.net/npm/<name>@<version>/dist/cdn
 *   %sri:FILE%                   FILE's integrity from dist/cdn/sri.json
 * Markdown becomes HTML through `marked`; the reference comes from the same code as docs/api.md.
 *
 * Runs `npm run build` first when dist/cdn/ is missing; `--build` runs it anyway.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { apiMarkdown } from './api-docs.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEMO = join(ROOT, 'demo');
const CDN = join(ROOT, 'dist/cdn');
const RENDERER = join(ROOT, 'dist/renderer');
export const SITE = join(ROOT, 'dist/site');

/** The site's pages, in the navigation's order: file, label. partner.html stands for a partner's own site, so it has no site navigation. */
export const NAV = [
  ['index.html', 'Home'],
  ['configurator.html', 'Configurator'],
  ['office-compare.html', '<office-compare>'],
  ['role-card.html', '<role-card>'],
  ['contact-float.html', '<contact-float>'],
  ['theming.html', 'Theming'],
  ['embedding.html', 'Embedding'],
  ['changelog.html', 'Changelog'],
  ['partner.html', 'A partner page'],
];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function header(current) {
  const items = NAV.map(([file, label]) => `<li><a href="./${file === 'index.html' ? '' : file}"${file === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`);
  return [
    '<a class="skip-link" href="#main" lang="en">Skip to the content</a>',
    '<header class="site-header" lang="en"><div class="wrap">',
    '<p class="brand"><a href="./">front-office-widgets</a></p>',
    `<nav aria-label="Site"><ul>${items.join('')}</ul></nav>`,
    '</div></header>',
  ].join('\n');
}

/**
 * The reference as docs/api.md has it (scripts/api-docs.mjs), cut into its `## ` sections: one per element,
 * then the global tokens. Each page puts it under an h2 of its own, where the section's own `## ` heading was.
 */
function referenceSections(manifest) {
  const sections = new Map();
  let name = null;
  for (const line of apiMarkdown(manifest).split('\n')) {
    const heading = /^## (.*)$/.exec(line);
    if (heading) {
      name = /<([a-z-]+)>/.exec(heading[1])?.[1] ?? 'tokens';
      sections.set(name, []);
      continue;
    }
    // The anchor line before the tokens' heading belongs to that section, not the element before it.
    if (name && !/^<a id=/.test(line)) sections.get(name).push(line);
  }
  return sections;
}

function markdown() {
  const marked = new Marked({ gfm: true });
  let lastHeading;
  return (text, label = 'Table') => {
    lastHeading = label;
    return marked
      .parse(text)
      // The reference links the tokens within docs/api.md; on the site they have their own page.
      .replace(/href="#global-tokens-[\w-]+"/g, 'href="./theming.html#tokens"')
      // A table wider than a phone scrolls in its own box, which keyboard users must be able to focus to scroll; the
      // box is named after the heading above it, so screen readers can tell one from the next.
      .replace(/<h(\d)>([\s\S]*?)<\/h\1>|<table>/g, (match, level, heading) => {
        if (level) {
          lastHeading = heading.replace(/<[^>]+>/g, '');
          return match;
        }
        return `<div class="table-scroll" tabindex="0" role="region" aria-label="${lastHeading}"><table>`;
      })
      .replace(/<\/table>/g, '</table></div>');
  };
}

/**
 * Writes the site to `out` (dist/site/) from demo/ and the CDN files in `cdn` (dist/cdn/; the integration suite
 * passes its snapshot of the build), and returns the pages written.
 */
export function buildSite({ build = false, out = SITE, cdn = CDN } = {}) {
  if (build || (cdn === CDN && !existsSync(join(CDN, 'sri.json')))) {
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build failed');
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const sri = JSON.parse(readFileSync(join(cdn, 'sri.json'), 'utf8'));
  const cdnUrl = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn`;
  const html = markdown();
  const reference = referenceSections(manifest);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(cdn, join(out, 'cdn'), { recursive: true });
  if (existsSync(RENDERER)) cpSync(RENDERER, join(out, 'renderer'), { recursive: true });
  cpSync(join(ROOT, 'custom-elements.json'), join(out, 'custom-elements.json'));
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ name: pkg.name, version: pkg.version }, null, 2)}\n`);

  const fill = (file, source) =>
    source
      .replace(/<!-- site:code ([\w-]+) -->\n?([\s\S]*?)\n?[ \t]*<!-- \/site:code -->/g, (_, lang, code) => {
        const indent = Math.min(...code.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
        const text = code.split('\n').map((l) => l.slice(indent)).join('\n').trimEnd();
        return `<pre class="snippet" data-lang="${lang}"><code>${escapeHtml(text)}</code></pre>`;
      })
      .replace(/<!-- site:header -->/g, () => header(file))
      .replace(/<!-- site:api ([a-z-]+) -->/g, (_, tag) => {
        if (!reference.has(tag)) throw new Error(`${file}: custom-elements.json has no <${tag}>`);
        return html(reference.get(tag).join('\n'));
      })
      .replace(/<!-- site:tokens -->/g, () => html(reference.get('tokens').join('\n'), 'Global tokens'))
      .replace(/<!-- site:changelog -->/g, () => html(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').replace(/^# .*\n/, '')))
      .replace(/%version%/g, pkg.version)
      .replace(/%cdn%/g, cdnUrl)
      .replace(/%sri:([\w./-]+)%/g, (_, name) => {
        if (!sri[name]) throw new Error(`${file}: sri.json has no ${name}`);
        return sri[name];
      })
      // Browsers ask for /favicon.ico unless told otherwise, which is outside the site under a base path: a 404.
      .replace(/<\/head>/, (end) => (/rel="icon"/.test(source) ? end : `  <link rel="icon" href="./favicon.svg" />\n  </head>`));

  const pages = [];
  for (const entry of readdirSync(DEMO, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.d.ts')) continue;
    const from = join(DEMO, entry.name);
    if (entry.name.endsWith('.html')) {
      writeFileSync(join(out, entry.name), fill(entry.name, readFileSync(from, 'utf8')));
      pages.push(entry.name);
    } else cpSync(from, join(out, entry.name));
  }
  return pages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = buildSite({ build: process.argv.includes('--build') });
  if (!process.argv.includes('--quiet')) console.log(`build-site: dist/site/ written: ${pages.length} pages (${pages.join(', ')}), cdn/, custom-elements.json, package.json`);
}
