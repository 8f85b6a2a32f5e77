/**
 * Every documentation link we ship points at something that exists (`npm run test:docs`):
 * - each element's link in the editor data (vscode.html-custom-data.json `references[].url`, web-types.json
 *   `doc-url`): a file that this version of the package ships (or the repository holds, at this version's tag),
 *   and the element's own heading in it;
 * - every relative link in README.md, CONTRIBUTING.md, CHANGELOG.md and docs/*.md: the file exists and, with a
 *   `#fragment`, so does the anchor, by GitHub's rule for heading anchors (scripts/editor-data.mjs `markdownAnchors`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { parse } from 'parse5';
import { GUIDE, docsUrl, githubRepository, markdownAnchors } from '../../scripts/editor-data.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json'));

const anchorCache = new Map();
const anchorsOf = (file) => {
  if (!anchorCache.has(file)) anchorCache.set(file, markdownAnchors(read(file)));
  return anchorCache.get(file);
};

/** What npm would publish, by npm's own reading of "files" (not ours). */
const shipped = new Set(
  JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }))[0].files.map((f) => f.path),
);

/**
 * The file of this repository that a documentation URL shows, and the fragment; or why it cannot be one of ours.
 * Known hosts only: a link this test cannot check is a failure, not a pass.
 */
function target(url, owner = pkg) {
  const { hostname, pathname, hash } = new URL(url);
  const fragment = decodeURIComponent(hash.slice(1));
  const path = decodeURIComponent(pathname);
  if (hostname === 'cdn.jsdelivr.net') {
    const match = /^\/npm\/((?:@[^/]+\/)?[^@/]+)@([^/]+)\/(.+)$/.exec(path);
    if (!match) return { problem: 'not a jsDelivr npm file URL' };
    const [, name, version, file] = match;
    if (name !== owner.name || version !== owner.version) return { problem: `names ${name}@${version}, not ${owner.name}@${owner.version}` };
    if (!shipped.has(file)) return { problem: `${file} is not in the package (package.json "files")` };
    return { file, fragment };
  }
  if (hostname === 'github.com') {
    const match = /^\/([^/]+\/[^/]+)\/blob\/([^/]+)\/(.+)$/.exec(path);
    if (!match) return { problem: 'not a GitHub file URL' };
    const [, repository, ref, file] = match;
    const directory = typeof owner.repository === 'object' && owner.repository.directory ? `${owner.repository.directory.replace(/\/$/, '')}/` : '';
    if (repository !== githubRepository(owner.repository)) return { problem: `${repository} is not package.json's "repository"` };
    if (ref !== `v${owner.version}`) return { problem: `${ref} is not this version's tag, v${owner.version}` };
    if (!file.startsWith(directory)) return { problem: `${file} is outside the package's directory ${directory}` };
    return { file: file.slice(directory.length), fragment };
  }
  if (hostname === 'www.npmjs.com') {
    // npm's package page shows the README of the version (`/v/<version>`), or of the latest one.
    const match = /^\/package\/((?:@[^/]+\/)?[^/]+)(?:\/v\/([^/]+))?\/?$/.exec(path);
    if (!match || match[1] !== owner.name) return { problem: `not ${owner.name}'s npm page` };
    return { file: 'README.md', fragment };
  }
  return { problem: `${hostname} is not a host this test knows how to check` };
}

/** Why a link to `file#fragment` is broken, or null when it is not. */
function brokenAnchor(file, fragment) {
  if (!existsSync(join(ROOT, file))) return `${file} does not exist`;
  if (!fragment) return null;
  if (extname(file) !== '.md') return `cannot check #${fragment} in ${file}: not markdown`;
  return anchorsOf(file).anchors.has(fragment) ? null : `${file} has no anchor #${fragment}`;
}

/** Each element's documentation URL in the two editor-data files. */
function editorLinks() {
  const vscode = JSON.parse(read('vscode.html-custom-data.json'));
  const webTypes = JSON.parse(read('web-types.json'));
  return [
    ...vscode.tags.flatMap((tag) => (tag.references ?? []).map((r) => ({ where: `vscode.html-custom-data.json <${tag.name}>`, tag: tag.name, url: r.url }))),
    ...webTypes.contributions.html.elements.map((el) => ({ where: `web-types.json <${el.name}>`, tag: el.name, url: el['doc-url'] })),
  ];
}

/** Why an element's editor link is broken, or null: it must reach the element's own heading. */
function brokenEditorLink({ tag, url }, owner = pkg) {
  if (!url) return 'no link';
  const { file, fragment, problem } = target(url, owner);
  if (problem) return `${url}: ${problem}`;
  const broken = brokenAnchor(file, fragment);
  if (broken) return `${url}: ${broken}`;
  const heading = anchorsOf(file).headings.find((h) => h.anchor === fragment);
  return heading?.text === `<${tag}>` ? null : `${url}: #${fragment} is not the heading "<${tag}>"`;
}

test('each element links its own section of the guide, of this version, in both editor-data files', () => {
  const links = editorLinks();
  const tags = JSON.parse(read('web-types.json')).contributions.html.elements.map((el) => el.name);
  assert.ok(tags.length >= 3, 'web-types.json lists the elements');
  for (const tag of tags) assert.equal(links.filter((l) => l.tag === tag).length, 2, `<${tag}> has a link in each file`);
  const broken = links.map((link) => ({ ...link, broken: brokenEditorLink(link) })).filter((l) => l.broken);
  assert.deepEqual(broken.map((l) => `${l.where}: ${l.broken}`), []);
});

test('with a GitHub "repository", the link is the guide at the version\'s tag, and the check follows it', () => {
  const forms = [
    'github:partner/front-office-widgets',
    'partner/front-office-widgets',
    'https://github.com/partner/front-office-widgets',
    { type: 'git', url: 'git+https://github.com/partner/front-office-widgets.git' },
    { type: 'git', url: 'git@github.com:partner/front-office-widgets.git' },
  ];
  for (const repository of forms) {
    const owner = { ...pkg, repository };
    const url = docsUrl(owner, 'role-card');
    assert.equal(url, `https://github.com/partner/front-office-widgets/blob/v${pkg.version}/${GUIDE}#role-card`, JSON.stringify(repository));
    assert.equal(brokenEditorLink({ tag: 'role-card', url }, owner), null);
    assert.match(brokenEditorLink({ tag: 'office-compare', url }, owner), /is not the heading/);
  }
  const inDirectory = { ...pkg, repository: { type: 'git', url: 'https://github.com/partner/widgets.git', directory: 'packages/fow' } };
  assert.equal(docsUrl(inDirectory, 'role-card'), `https://github.com/partner/widgets/blob/v${pkg.version}/packages/fow/${GUIDE}#role-card`);
  assert.equal(brokenEditorLink({ tag: 'role-card', url: docsUrl(inDirectory, 'role-card') }, inDirectory), null);
  // Not on GitHub: no rendered, pinned page we can name, so the package's own file on jsDelivr.
  const elsewhere = { ...pkg, repository: 'https://gitlab.com/partner/front-office-widgets.git' };
  assert.equal(docsUrl(elsewhere, 'role-card'), `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${GUIDE}#role-card`);
});

test('the links the editors used to ship, and links to other versions or unshipped files, are caught', () => {
  const npmPage = `https://www.npmjs.com/package/${pkg.name}#office-compare`;
  assert.match(brokenEditorLink({ tag: 'office-compare', url: npmPage }), /README\.md has no anchor #office-compare/);
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}`;
  assert.match(brokenEditorLink({ tag: 'role-card', url: `${cdn}@0.0.1/${GUIDE}#role-card` }), /not front-office-widgets@/);
  assert.match(brokenEditorLink({ tag: 'role-card', url: `${cdn}@${pkg.version}/CONTRIBUTING.md#role-card` }), /not in the package/);
  assert.match(brokenEditorLink({ tag: 'role-card', url: `${cdn}@${pkg.version}/${GUIDE}#role-cards` }), /no anchor #role-cards/);
  assert.match(brokenEditorLink({ tag: 'role-card', url: `https://example.org/${GUIDE}#role-card` }), /not a host/);
});

test('heading anchors follow GitHub: text as rendered, punctuation dropped but hyphens, spaces to hyphens, repeats numbered', () => {
  const { headings, anchors } = markdownAnchors(
    [
      '## `<office-compare>`',
      '### React 18 and 19, server-rendered or not: `front-office-widgets/react`',
      '## Without JavaScript (prerendered)',
      '### Pin a version, and use SRI',
      '## Dữ liệu & *nguồn*',
      '## Theming',
      '## Theming',
      '```md',
      '## Not a heading',
      '```',
      '<a id="kept"></a>',
    ].join('\n\n'),
  );
  assert.deepEqual(
    headings.map((h) => h.anchor),
    [
      'office-compare',
      'react-18-and-19-server-rendered-or-not-front-office-widgetsreact',
      'without-javascript-prerendered',
      'pin-a-version-and-use-sri',
      'dữ-liệu--nguồn',
      'theming',
      'theming-1',
    ],
  );
  assert.ok(anchors.has('kept'));
  assert.ok(!anchors.has('not-a-heading'));
});

const DOCS = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Every link and image of a markdown file as rendered (so code blocks hold none), with the attribute it is in. */
function markdownLinks(file) {
  const links = [];
  const walk = (node) => {
    for (const attr of node.attrs ?? []) {
      if ((node.nodeName === 'a' && attr.name === 'href') || (node.nodeName === 'img' && attr.name === 'src')) links.push(attr.value);
    }
    (node.childNodes ?? []).forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(new Marked().parse(read(file))));
  return links;
}

test('every relative link in the markdown we ship and keep reaches a file, and its #fragment a heading', () => {
  const broken = [];
  let checked = 0;
  for (const file of DOCS) {
    for (const href of markdownLinks(file)) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue; // https:, mailto:…: not ours to check here
      checked++;
      const [path, fragment = ''] = href.split('#');
      const resolved = path ? resolve(dirname(join(ROOT, file)), decodeURIComponent(path)) : join(ROOT, file);
      const inRepo = relative(ROOT, resolved);
      if (inRepo.startsWith('..') || inRepo.startsWith(sep)) {
        broken.push(`${file}: ${href}: outside the repository`);
        continue;
      }
      const why = brokenAnchor(inRepo.split(sep).join('/'), decodeURIComponent(fragment));
      if (why) broken.push(`${file}: ${href}: ${why}`);
    }
  }
  assert.ok(checked > 20, `found the relative links (${checked})`);
  assert.deepEqual(broken, []);
});
