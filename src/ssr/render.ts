/**
 * Prerendering for pages without JavaScript (issue 10): `renderWidgets(html)` returns `html` with each
 * of our elements given its content as declarative shadow DOM (`<template shadowrootmode="open">`),
 * rendered by @lit-labs/ssr from the same classes, templates, styles and dataset as the browser.
 * Everything else in `html` is copied byte for byte.
 *
 * Built by rollup into dist/ssr/render.js, one self-contained Node module (Lit, @lit-labs/ssr and
 * parse5 inlined), so `lit` stays the package's only dependency. The CLI (bin/) is a thin layer on it.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { ContactFloat } from '../components/contact-float/contact-float.component.js';
import { OfficeCompare } from '../components/office-compare/office-compare.component.js';
import { RoleCard } from '../components/role-card/role-card.component.js';
import { DEFAULT_LOCALE, matchLocale, type Locale } from '../internal/locale.js';
import { prerenderedFingerprint } from '../internal/prerendered.js';
import { warn } from '../internal/warn.js';
import { VERSION } from '../version.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The tags `renderWidgets` prerenders. */
export const TAGS = ['office-compare', 'role-card', 'contact-float'] as const;
export type Tag = (typeof TAGS)[number];

/**
 * Set on every element the command prerendered; the README's `:not(:defined)` snippet leaves such
 * elements visible. Its value fingerprints what the element was rendered from (src/internal/prerendered.ts),
 * so the hydrate file renders anew an element edited since.
 */
export const PRERENDERED_ATTRIBUTE = 'prerendered';

export interface RenderOptions {
  /**
   * Language of the elements that have no `lang` of their own or from an ancestor inside the
   * snippet (`vi` or `en`; default `vi`, as in the browser). It is written on such elements as
   * `lang`, so the browser renders the same language as the prerendered text whatever the page's.
   */
  lang?: Locale;
}

export { VERSION };

const classes: Record<Tag, typeof OfficeCompare | typeof RoleCard | typeof ContactFloat> = {
  'office-compare': OfficeCompare,
  'role-card': RoleCard,
  'contact-float': ContactFloat,
};
for (const [tag, ctor] of Object.entries(classes)) ctor.define(tag);

const isTag = (name: string): name is Tag => (TAGS as readonly string[]).includes(name);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * Without script a menu button cannot open, nor a number be copied: until the element is defined,
 * the prerendered <contact-float> shows its links as floating buttons of their own (icons only on a
 * phone, like its button), without the toggle, the copy button and the notes. Once the script has
 * run it is rendered as usual (src/internal/hydrate.ts). Only in the prerendered <style>, so it
 * costs the CDN files nothing; minified by hand, as scripts/minify-literals.mjs does the others.
 */
const undefinedHost = (rules: string) => rules.replace(/(^|\})([^{}@]+)\{/g, (_all, end: string, selectors: string) => `${end}${selectors.split(',').map((s) => `:host(:not(:defined)) ${s}`).join(',')}{`);
const NO_SCRIPT_STYLES: Partial<Record<Tag, string>> = {
  'contact-float': [
    undefinedHost(
      [
        '#toggle,.copy,.note{display:none!important}',
        '.menu{display:block!important;max-height:none;padding:0;border:0;background:none;box-shadow:none;overflow:visible}',
        'ul{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:8px}',
        '.left ul{justify-content:flex-start}',
        '.channel{background:var(--_accent);color:var(--_accent-contrast);box-shadow:var(--_shadow);border-radius:24px;font-weight:600}',
        '.channel svg{color:inherit}',
      ].join(''),
    ),
    `@media (max-width:479.98px){${undefinedHost(".channel [part~='label']{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.channel{padding:10px}")}}`,
  ].join(''),
  // The native disclosure (see withNativeDisclosure) stands in for the heading and its button, and the details show
  // while it is open. On screen only: paper shows the details anyway (the card's print rule). A browser without :has()
  // (before 2023) shows the details at once rather than never.
  'role-card': [
    undefinedHost(
      [
        '.heading{display:none}',
        '.nojs{display:block;margin:0;font-size:1.25em;line-height:1.3;font-weight:700}',
        'summary{list-style:none}',
        '[open]>.toggle::after{transform:translateY(25%) rotate(225deg)}',
      ].join(''),
    ),
    // Its own rule: a browser that does not know the pseudo-element drops only it.
    undefinedHost('summary::-webkit-details-marker{display:none}'),
    // Twice, with and without the :host(:not(:defined)) prefix: when `open` changes, Firefox (ESR 153) restyles the
    // details for the rules without it only, WebKit (2.50) for the rules with it only (both match either, once
    // restyled: the tests open the card in each engine). Without it is safe, as this <style> never meets a defined
    // element: the hydrate file removes it, the default files replace the whole shadow root.
    ...[(rules: string) => rules, undefinedHost].map(
      (scope) => `@media screen{${scope('.nojs:has(details:not([open]))~.details{display:none!important}.nojs:has(details[open])~.details{display:block!important}')}}`,
    ),
    `@supports not selector(:has(a)){${undefinedHost('.details{display:block!important}')}}`,
  ].join(''),
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first element under `node` (template contents included) that passes `test`. */
function findElement(node: ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.childNodes as Node[]) {
    if (!('tagName' in child)) continue;
    if (test(child)) return child;
    const found = findElement(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child, test);
    if (found) return found;
  }
  return undefined;
}

const textOf = (node: ParentNode): string => (node.childNodes as Node[]).map((n) => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? textOf(n) : '')).join('');

/**
 * Without script <role-card>'s toggle, a <button>, opens nothing, and its duties and positions stay out of reach.
 * So the prerendered card also holds a native disclosure: a heading (by role: a `<details>` cannot be inside an h3)
 * holding `<details><summary>` with the title, which opens by click, Enter and Space in every browser, with its state
 * announced, and the card's details show while it is open (NO_SCRIPT_STYLES). It is shown only while the element is
 * undefined, in place of the heading; it carries the `hidden` attribute for when the script has run.
 *
 * Written here rather than in the element's template because the live element keeps its own pattern (an h2–h6 holding
 * a `<button aria-expanded>`, the WAI-ARIA disclosure every screen reader knows and that partners' scripts and our
 * tests drive) and the CDN files do not pay for markup they never show. Static, with no Lit marker, it is invisible
 * to hydration: the hydrate file keeps every prerendered node (src/internal/hydrate.ts carries over its state).
 */
function withNativeDisclosure(shadow: string): string {
  const template = (parseFragment(shadow, { sourceCodeLocationInfo: true }).childNodes[0] as DefaultTreeAdapterMap['template']).content;
  const heading = findElement(template, (el) => attr(el, 'part') === 'heading');
  const summary = findElement(template, (el) => attr(el, 'part') === 'summary');
  const details = findElement(template, (el) => attr(el, 'id') === 'details');
  const at = summary?.sourceCodeLocation?.startOffset;
  const level = heading && (/^h([2-6])$/.exec(heading.tagName)?.[1] ?? attr(heading, 'aria-level'));
  if (!heading || !details || at === undefined || !level) return shadow;
  const open = attr(details, 'hidden') === undefined ? ' open' : '';
  // No `part`: once hydrated the element's parts are the live element's, with no hidden duplicate.
  const disclosure = `<div class="nojs" role="heading" aria-level="${level}" hidden><details${open}><summary class="toggle">${escapeText(textOf(heading))}</summary></details></div>`;
  return shadow.slice(0, at) + disclosure + shadow.slice(at);
}

// What the element being rendered needs from the snippet: the data override of its child
// <script type="application/json">. Rendering is synchronous, so one slot is enough.
let pending: { data?: unknown } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (pending && 'data' in pending) (element as unknown as { data: unknown }).data = pending.data;
  pending = undefined;
  return undefined;
});

/**
 * A template of fixed markup: Lit's `html` called with a strings array of its own. Not
 * `lit/static-html.js`, whose cache keeps every markup it was given for the life of the process
 * (a server rendering snippets would grow); the SSR template cache is a WeakMap on this array.
 */
const markupTemplate = (markup: string) => html(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);

// What the parser accepts as an attribute name but markup cannot carry (a quote, `<`): left out.
const isAttributeName = (name: string) => /^[^\s"'<>/=]+$/.test(name);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `lang` on the element, else the nearest ancestor's inside the snippet. */
function inheritedLang(el: Element): string | undefined {
  for (let node: ParentNode | null = el; node && 'attrs' in node; node = node.parentNode) {
    const lang = attr(node, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** The text of the child `<script type="application/json">` override the element reads (the first such child). */
function overrideText(el: Element): string {
  // As the browser's `:scope > script[type="application/json"]` matches: `type` compared without case, untrimmed.
  const script = el.childNodes.find((node): node is Element => node.nodeName === 'script' && attr(node as Element, 'type')?.toLowerCase() === 'application/json');
  return script?.childNodes.map((node) => ('value' in node ? node.value : '')).join('') ?? '';
}

/**
 * The override parsed, as the element reads it, with its warning for invalid JSON. A copy of
 * DataOverride._readScript's few lines: sharing them costs every CDN file bytes (measured: +30 gzip).
 */
function jsonOverride(tag: Tag, text: string): { data?: unknown } {
  if (!text.trim()) return {};
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    warn(tag, `<script type="application/json"> is not valid JSON (${(error as Error).message}); keeping the bundled data.`);
    return {};
  }
}

/**
 * What @lit-labs/ssr writes, as valid HTML (W3C Nu validator: test/ssr/validate.test.mjs), for the DOM Lit hydrates:
 * - `<?>`, the node marker lit-html puts after a template's last binding, is a bogus comment (a parse error, and a
 *   processing instruction to a CMS editor or sanitizer that may mangle it): `<!--?-->` parses to the same comment node.
 * - `shadowroot="open"` is obsolete (ignored since Chrome 119): `shadowrootmode`, which @lit-labs/ssr writes too, stays.
 * Safe on the whole shadow root: Lit escapes every `<` of text and attribute values, and our styles hold none.
 */
const validMarkup = (shadow: string) => shadow.replace(/^(<template\b[^>]*?) shadowroot="[^"]*"/, '$1').replaceAll('<?>', '<!--?-->');

/** The shadow root's `<template shadowrootmode="open">…</template>` for `el`, as @lit-labs/ssr renders it. */
function shadowTemplate(tag: Tag, attributes: [string, string][], data: { data?: unknown }): string {
  const start = `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
  pending = data;
  let out: string;
  try {
    out = collectResultSync(render(markupTemplate(`${start}</${tag}>`)));
  } finally {
    pending = undefined;
  }
  const template = parseFragment(out, { sourceCodeLocationInfo: true }).childNodes.find((n) => n.nodeName === tag) as Element | undefined;
  const shadow = template?.childNodes.find((n) => n.nodeName === 'template') as Element | undefined;
  const at = shadow?.sourceCodeLocation;
  if (!at) throw new Error(`<${tag}> rendered no shadow root`);
  const markup = validMarkup(out.slice(at.startOffset, at.endOffset));
  const extra = NO_SCRIPT_STYLES[tag];
  const styled = extra ? markup.replace('</style>', `${extra}</style>`) : markup;
  return tag === 'role-card' ? withNativeDisclosure(styled) : styled;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Our elements under `root`, outermost only: one inside another has no slot to show in. Not inside a
 * `<template>`: its content is a page script's to stamp, and is not rendered where it stands.
 */
function collect(root: ParentNode, found: Element[]): void {
  for (const node of root.childNodes as Node[]) {
    if (!('tagName' in node) || node.tagName === 'template') continue;
    if (isTag(node.tagName)) found.push(node);
    else collect(node, found);
  }
}

/** Whether `html` is a whole document (a doctype or `<html>` first, after comments), which parse5 must parse as one. */
function looksLikeDocument(html: string): boolean {
  // A loop rather than one regular expression: `(<!--[\s\S]*?-->\s*)*` backtracks exponentially on
  // markup full of comments, such as the output of a previous run.
  let at = 0;
  for (;;) {
    while (/[\s\uFEFF]/.test(html.charAt(at))) at++;
    if (!html.startsWith('<!--', at)) return /^(<!doctype|<html[\s>])/i.test(html.slice(at, at + 16));
    const end = html.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
  }
}

/**
 * Returns `html` with each `<office-compare>`, `<role-card>` and `<contact-float>` prerendered: a
 * `<template shadowrootmode="open">` right after its start tag, holding what the element renders in
 * the browser (styles included), plus the `prerendered` attribute (and `lang` where nothing in `html`
 * gives the element one: see {@link RenderOptions.lang}). Light DOM
 * (the JSON data override) and every other byte of `html` are kept. Already prerendered elements are
 * rendered again, so the output of one run can be fed to the next. Bad attribute values warn on
 * the console as in the browser.
 *
 * @example
 * const html = await renderWidgets('<role-card role-id="sales" lang="en"></role-card>');
 */
export async function renderWidgets(html: string, options: RenderOptions = {}): Promise<string> {
  const result = await prerender(html, options);
  for (const warning of result.warnings) console.warn(warning);
  return result.html;
}

/** What {@link prerender} returns. */
export interface Prerendered {
  /** The HTML, as {@link renderWidgets} returns it. */
  html: string;
  /** How many elements were prerendered. */
  elements: number;
  /**
   * The `'sha256-…'` source of each distinct inline `<style>` the prerendered elements carry: what
   * a strict `style-src` must list for them to be styled before the script runs (or without it).
   * They change only with the package version.
   */
  styleSrc: string[];
  /** What the elements said about bad input (`<role-card> role-id="chef" is not valid; …`), as they say it in the browser console. */
  warnings: string[];
}

/**
 * {@link renderWidgets}, with what it did: the number of elements, the CSP hashes of their styles,
 * and the warnings, returned rather than written to the console.
 */
export async function prerender(html: string, options: RenderOptions = {}): Promise<Prerendered> {
  if (typeof html !== 'string') throw new TypeError('renderWidgets: html must be a string');
  const { lang } = options;
  // Not matchLocale's silent default for a blank tag: an option given blank is a mistake.
  if (lang !== undefined && (typeof lang !== 'string' || !lang.trim() || !matchLocale(lang))) throw new RangeError(`renderWidgets: lang must be vi or en, not ${JSON.stringify(lang)}`);
  const warnings: string[] = [];
  const { out, count, styles } = collectingWarnings(warnings, () => renderAll(html, options));
  return { html: out, elements: count, styleSrc: await Promise.all([...styles].map(sha256Source)), warnings };
}

/**
 * Runs `fn` with `console.warn` collected into `into`: the elements warn through it, as in the
 * browser. `fn` is synchronous, so no other code's warnings can mix in.
 */
function collectingWarnings<T>(into: string[], fn: () => T): T {
  const original = console.warn;
  console.warn = (...args: unknown[]) => void into.push(args.map(String).join(' '));
  try {
    return fn();
  } finally {
    console.warn = original;
  }
}

/** Where <contact-float> lists the snippet's elements that hold a corner (see `connected` in its component). */
const CONTACT_FLOATS = Symbol.for('front-office-widgets.contact-float');

function renderAll(html: string, options: RenderOptions): { out: string; count: number; styles: Set<string> } {
  // Each snippet is a page of its own: a corner taken in the previous one is free again.
  delete (globalThis as Record<symbol, unknown>)[CONTACT_FLOATS];
  const tree = looksLikeDocument(html) ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const found: Element[] = [];
  collect(tree, found);
  const edits: Edit[] = [];
  const styles = new Set<string>();
  let count = 0;
  for (const el of found) {
    const tag = el.tagName as Tag;
    const location = el.sourceCodeLocation;
    if (!location?.startTag) continue; // implied by the parser, not written in the source
    // The snippet's own language, else the option's: written on the element in that case, so that
    // the browser does not follow the page's language and render other text than the prerendered one.
    // The element resolves it (and warns about a language we do not ship) as in the browser.
    const said = inheritedLang(el);
    const lang = said ?? options.lang ?? DEFAULT_LOCALE;
    const attributes = el.attrs
      .filter((a) => a.name !== PRERENDERED_ATTRIBUTE && a.name !== 'lang' && isAttributeName(a.name))
      .map((a): [string, string] => [a.name, a.value]);
    attributes.push(['lang', lang]);
    const override = overrideText(el);
    const shadow = shadowTemplate(tag, attributes, jsonOverride(tag, override));
    styles.add(shadow.slice(shadow.indexOf('<style>') + 7, shadow.indexOf('</style>')));
    count++;

    // The start tag as written, with what the browser must know before the script runs.
    const { startOffset, endOffset } = location.startTag;
    const startTag = html.slice(startOffset, endOffset);
    const close = startTag.endsWith('/>') ? endOffset - 2 : endOffset - 1;
    // The host's attributes as the browser will read them: its own, plus the lang written below.
    const hostAttribute = (name: string) => (name === 'lang' && said === undefined ? lang : attr(el, name));
    const fingerprint = `${PRERENDERED_ATTRIBUTE}="${prerenderedFingerprint(classes[tag].observedAttributes, hostAttribute, override)}"`;
    const previousMark = location.attrs?.[PRERENDERED_ATTRIBUTE];
    let added = '';
    if (previousMark) edits.push({ start: previousMark.startOffset, end: previousMark.endOffset, text: fingerprint });
    else added += ` ${fingerprint}`;
    if (said === undefined) added += ` lang="${lang}"`;
    if (added) edits.push({ start: close, end: close, text: added });

    // A previous run's shadow root (the first child template with shadowrootmode) is replaced.
    const previous = el.childNodes.find((n) => n.nodeName === 'template' && attr(n as Element, 'shadowrootmode') !== undefined) as Element | undefined;
    const old = previous?.sourceCodeLocation;
    if (old) edits.push({ start: old.startOffset, end: old.endOffset, text: shadow });
    else edits.push({ start: endOffset, end: endOffset, text: shadow });
  }
  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { out, count, styles };
}

async function sha256Source(text: string): Promise<string> {
  // The browser hashes the style element's text as parsed: entities decoded. Lit's styles hold none.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * One element, prerendered: `renderElement('role-card', { 'role-id': 'sales', lang: 'en' })`.
 * `data` is put in the child `<script type="application/json">` the element reads in the browser.
 */
export async function renderElement(tag: Tag, attributes: Record<string, string | boolean | number> = {}, options: RenderOptions & { data?: unknown } = {}): Promise<string> {
  if (!isTag(tag)) throw new RangeError(`renderElement: tag must be one of ${TAGS.join(', ')}, not "${tag}"`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError(`renderElement: "${name}" is not an attribute name`);
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  // `<` escaped so that no string in the data can close the script element.
  const json = options.data === undefined ? '' : `<script type="application/json">${JSON.stringify(options.data).replace(/</g, '\\u003c')}</script>`;
  return renderWidgets(`<${tag}${attrs}>${json}</${tag}>`, options);
}
