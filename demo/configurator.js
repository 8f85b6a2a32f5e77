/**
 * The configurator's logic. Everything it offers comes from files the build writes:
 * - custom-elements.json: the elements, their attributes (enums from `parsedType`, booleans,
 *   free text), events, and CSS custom properties (their own and the global tokens they inherit);
 * - package.json: the name and version pinned in the CDN URL;
 * - cdn/sri.json: the integrity hash of each CDN file.
 * A renamed attribute or CSS property therefore shows up here after the next build, with no edit.
 * All of them sit beside this page in the site (`npm run build:site` → dist/site/), read page-relatively,
 * so the page works as plain files under any base path.
 * The prerendered snippet comes from the render API itself, built for browsers (dist/renderer/, a module
 * worker: rollup.renderer.config.mjs), loaded only once that view is shown: no server is needed. Where
 * the worker cannot run, the page shows the render command instead.
 */

import { flatten, tokenContrastFailures } from './contrast.js';

const ROOT = new URL('./', import.meta.url);
const cdnBase = (pkg) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`;

/** Example content so an element shows something at first. Not API: ignored when the attribute is gone. */
const STARTERS = { 'role-card': { 'role-id': 'receptionist' } };
const FIRST_ELEMENT = 'office-compare';

/**
 * The views of the snippet panel, one tab each (panel #view-<id> in configurator.html), the first the
 * default: `show(config)` fills the panel, `copy()` resolves to what the copy button puts on the clipboard.
 * Prerendered first: its content is in the HTML, so nothing moves when the script arrives, and it reads
 * without JavaScript (README, "No layout shift"). The plain tag carries the CSS that keeps it shift-free.
 */
const SNIPPET_VIEWS = [
  { id: 'prerendered', label: 'Prerendered (recommended)', show: showPrerendered, copy: copyPrerendered },
  { id: 'html', label: 'Plain tag', show: showPlain, copy: copyPlain },
];

/** The render API as a module worker (src/ssr/render-worker.ts), copied into the site by build:site. */
const RENDER_WORKER = new URL('renderer/worker.js', ROOT);
/** Milliseconds without a change before rendering: once per pause in typing, not per key. */
const RENDER_DELAY = 300;
/** Milliseconds to wait for the worker's first answer before showing the render command instead. */
const RENDER_TIMEOUT = 15000;
/** Milliseconds without a colour change before the contrast check speaks. */
const CONTRAST_DELAY = 400;

const $ = (selector) => document.querySelector(selector);

/** A small element builder: `h('label', { for: 'x' }, 'Text', child)`. Properties for `on*`, `value`, `checked`. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') || key === 'value' || key === 'checked') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

const idFor = (...parts) => parts.join('-').replace(/[^\w-]/g, '').replace(/^-+/, '');

// ---- Reading the manifest -------------------------------------------------------------------

/** `'a' | 'b' | undefined` → { values: ['a', 'b'], optional: true }; null when not a union of literals. */
function literals(typeText) {
  const values = [];
  let optional = false;
  for (const part of typeText.split('|').map((p) => p.trim()).filter(Boolean)) {
    if (part === 'undefined' || part === 'null') {
      optional = true;
      continue;
    }
    const literal = /^'([^']*)'$|^"([^"]*)"$|^(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!literal) return null;
    values.push(literal[1] ?? literal[2] ?? literal[3]);
  }
  return values.length ? { values, optional } : null;
}

const unquote = (text) => (text == null || text === 'undefined' || text === 'null' ? null : String(text).replace(/^(['"])(.*)\1$/, '$2'));
const typeText = (item) => (item?.parsedType?.text ?? item?.type?.text ?? '').trim();

function manifestElements(manifest) {
  const out = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.customElement && declaration.tagName) out.push(declaration);
    }
  }
  return out;
}

/** One control per attribute, except `lang` and `theme`, which have their own group. */
function attributeControls(declaration) {
  return (declaration.attributes ?? [])
    .filter((a) => a.name !== 'lang' && a.name !== 'theme')
    .map((a) => {
      const type = typeText(a) || 'string';
      const fallback = unquote(a.default);
      const base = { name: a.name, description: a.description ?? '' };
      if (type === 'boolean') return { ...base, kind: 'boolean', default: fallback === 'true' };
      const union = literals(type);
      if (union) return { ...base, kind: 'enum', values: union.values, optional: union.optional || fallback == null, default: fallback };
      return { ...base, kind: 'text', default: fallback };
    });
}

/** The element's own CSS properties and the global tokens it inherits (documented on its base class). */
function cssGroups(declaration) {
  const all = declaration.cssProperties ?? [];
  return { own: all.filter((p) => !p.inheritedFrom), tokens: all.filter((p) => p.inheritedFrom) };
}

const mentions = (text) => [...(text ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** Whether a property takes a colour: its syntax, its default, the token it falls back to, or its description says so. */
function isColour(property, byName, seen = new Set()) {
  if (seen.has(property.name)) return false;
  seen.add(property.name);
  if (/<color>/.test(property.syntax ?? '')) return true;
  if (property.default) return CSS.supports('color', property.default);
  for (const mention of mentions(property.description)) {
    const token = byName.get(mention);
    if (token) return isColour(token, byName, seen);
    if (CSS.supports('color', mention)) return true;
  }
  return /\bcolou?r\b|background/i.test(property.description ?? '');
}

/** The documented value in effect when the property is unset: its default, the dark one in dark, or its fallback token's. */
function documentedValue(property, dark, byName, seen = new Set()) {
  if (!property || seen.has(property.name)) return '';
  seen.add(property.name);
  const description = property.description ?? '';
  const darkValue = dark && /\(dark:\s*`([^`]+)`/.exec(description);
  if (darkValue) return darkValue[1];
  if (property.default) return property.default;
  for (const mention of mentions(description)) {
    if (byName.has(mention)) return documentedValue(byName.get(mention), dark, byName, seen);
  }
  return /default:?\s*`([^`]+)`/i.exec(description)?.[1] ?? '';
}

// ---- Values -----------------------------------------------------------------------------------

const canvas = document.createElement('canvas').getContext('2d');

/** Any CSS colour as `#rrggbb` for `<input type=color>`, or null. */
function toHex(value) {
  if (!value || !CSS.supports('color', value)) return null;
  canvas.fillStyle = '#000';
  canvas.fillStyle = value;
  const style = canvas.fillStyle;
  if (/^#[\da-f]{6}$/i.test(style)) return style.toLowerCase();
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(style);
  return rgb ? `#${rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}` : null;
}

/** A value that can go into `prop: value;` of the snippet without ending the rule or the `<style>`. */
const safeCssValue = (value) => value !== '' && !/[;{}<>]|\/\*|\*\//.test(value);

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// ---- State --------------------------------------------------------------------------------------

const state = {
  tag: '',
  lang: 'vi',
  theme: 'light',
  bundle: 'element',
  width: 'fill',
  /** the snippet view shown: an id of SNIPPET_VIEWS */
  view: SNIPPET_VIEWS[0].id,
  /** tag → Map(attribute → string | boolean) */
  attributes: new Map(),
  /** custom property → value, for every element (the global tokens are shared) */
  css: new Map(),
};

let pkg;
let sri;
/** dist/cdn/imports.json: each ES module file's shared chunks */
let imports;
let elements;
let themeValues = ['light', 'dark', 'auto'];
let langValues = ['vi', 'en'];
let preview;

const current = () => elements.find((e) => e.tagName === state.tag);
const attributesOf = (tag) => {
  if (!state.attributes.has(tag)) state.attributes.set(tag, new Map());
  return state.attributes.get(tag);
};

function valueOf(control) {
  const values = attributesOf(state.tag);
  if (values.has(control.name)) return values.get(control.name);
  const starter = STARTERS[state.tag]?.[control.name];
  if (starter != null && (control.kind !== 'enum' || control.values.includes(starter))) return starter;
  return control.kind === 'boolean' ? control.default : (control.default ?? '');
}

const isDefault = (control, value) => (control.kind === 'boolean' ? value === control.default : value === '' || value === control.default);

/** The attributes the snippet and the preview carry: only those that differ from the default, then lang and theme. */
function attributeList() {
  const list = [];
  for (const control of attributeControls(current())) {
    const value = valueOf(control);
    if (isDefault(control, value)) continue;
    list.push([control.name, control.kind === 'boolean' ? true : String(value)]);
  }
  // `lang` always: without it the element follows the language of the page it is pasted into.
  list.push(['lang', state.lang]);
  if (state.theme !== themeDefault()) list.push(['theme', state.theme]);
  return list;
}

function themeDefault() {
  return unquote(current()?.attributes?.find((a) => a.name === 'theme')?.default) ?? 'light';
}

/** The CSS values of the current element's properties that the editor changed, in manifest order. */
function cssList() {
  const { own, tokens } = cssGroups(current());
  return [...own, ...tokens].filter((p) => state.css.has(p.name)).map((p) => [p.name, state.css.get(p.name)]);
}

function config() {
  return { tag: state.tag, attributes: attributeList(), css: cssList(), bundle: state.bundle };
}

function scriptFile(bundle, tag) {
  const all = (pkg.jsdelivr ?? pkg.unpkg ?? 'dist/cdn/front-office-widgets.js').split('/').pop();
  const own = `${tag}.js`;
  return bundle === 'all' || !sri[own] ? all : own;
}

/** The CDN file with Lit's hydration support, for prerendered elements (README, "Without JavaScript"). */
const hydrateFile = () => Object.keys(sri).find((file) => file.endsWith('.hydrate.js'));

/**
 * The lines that load `file` from the CDN, pinned and checked by its integrity hash, with the shared chunks it imports
 * (dist/cdn/imports.json): their hashes in an import map (what Chromium enforces for an import) and a modulepreload
 * (what Firefox enforces, and the chunk's request starts with the file's). README, "Use it from the CDN".
 */
function scriptLines(file) {
  const url = (name) => `${cdnBase(pkg)}${name}`;
  const chunks = (imports[file] ?? []).filter((chunk) => sri[chunk]);
  const map = chunks.length ? [`<script type="importmap">${JSON.stringify({ integrity: Object.fromEntries(chunks.map((chunk) => [url(chunk), sri[chunk]])) })}</script>`] : [];
  const preloads = chunks.map((chunk) => `<link rel="modulepreload" href="${url(chunk)}" integrity="${sri[chunk]}" crossorigin="anonymous">`);
  return [...map, ...preloads, `<script type="module" src="${url(file)}" integrity="${sri[file]}" crossorigin="anonymous"></script>`];
}

/**
 * Elements that take no room in the page (`position: fixed`): a plain tag of theirs pushes nothing when
 * the script arrives, so it needs no reservation (the layout-shift test measures it).
 */
const FLOATING = new Set(['contact-float']);

/**
 * Until the script has defined a plain tag it is empty, and the text after it moves when it fills. These rules keep
 * the snippet's <div> and what follows it invisible but in place meanwhile, and show them after 3 s if the script
 * never comes (README, "No layout shift"). Only the <div> and what follows: a <style> in the body is valid HTML only
 * with selectors that match its parent and what comes after it (W3C Nu validator), and the text before stays in view.
 * Not needed, so not given, for a prerendered element.
 */
const reserveLines = (tag) => [
  `  /* No layout shift: until <${tag}> is drawn, it and what follows wait in place (at most 3 s). */`,
  `  ${tag}:not(:defined) {`,
  '    display: block;',
  '  }',
  `  div:has(> ${tag}:not(:defined)),`,
  `  div:has(> ${tag}:not(:defined)) ~ * {`,
  '    visibility: hidden;',
  '    animation: fow-reveal 0s 3s forwards;',
  '  }',
  '  @keyframes fow-reveal {',
  '    to {',
  '      visibility: visible;',
  '    }',
  '  }',
];

/**
 * The `<style>` lines: the changed custom properties (they reach the shadow root by inheritance, script or
 * not) and, for a plain tag that takes room, the rules that keep the page from shifting.
 */
function styleLines({ tag, css }, { reserve = false } = {}) {
  const rules = [...(css.length ? [`  ${tag} {`, ...css.map(([name, value]) => `    ${name}: ${value};`), '  }'] : []), ...(reserve && !FLOATING.has(tag) ? reserveLines(tag) : [])];
  return rules.length ? ['<style>', ...rules, '</style>'] : [];
}

function elementTag({ tag, attributes }) {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${tag}${attrs}></${tag}>`;
}

/**
 * Every snippet the page offers, in one place: the `<style>`, the script line(s), the element.
 * `view: 'html'`: the plain tag, with the chosen script and the rules that keep it shift-free.
 * `view: 'prerendered'`: the hydrate file and the element as given in `element` (the renderer's HTML);
 * left out, the element's markup: the source that the render command turns into the same snippet, since
 * the render API copies everything but the element byte for byte.
 */
function snippet(config, { view, element = elementTag(config) }) {
  const prerendered = view === 'prerendered';
  const file = prerendered ? hydrateFile() : scriptFile(config.bundle, config.tag);
  const style = styleLines(config, { reserve: !prerendered });
  const lines = [...style, ...scriptLines(file), element];
  // A <style> in the body is valid HTML only as the first child of its parent (W3C Nu validator): with one, the
  // snippet is a <div> that starts with it, valid wherever it is pasted.
  return (style.length ? ['<div>', ...lines, '</div>'] : lines).join('\n');
}

/** The command that prints the prerendered snippet, for a POSIX shell: `'` inside single quotes is written `'\''`. */
const renderCommand = (source) => `npx ${pkg.name} render '${source.replace(/'/g, "'\\''")}'`;

// ---- The address keeps the settings --------------------------------------------------------------

function saveToHash() {
  const params = new URLSearchParams();
  params.set('element', state.tag);
  params.set('lang', state.lang);
  if (state.theme !== themeDefault()) params.set('theme', state.theme);
  if (state.bundle !== 'element') params.set('script', state.bundle);
  if (state.width !== 'fill') params.set('width', state.width);
  if (state.view !== SNIPPET_VIEWS[0].id) params.set('view', state.view);
  for (const [name, value] of attributeList()) if (name !== 'lang' && name !== 'theme') params.set(`attr.${name}`, value === true ? 'true' : value);
  for (const [name, value] of cssList()) params.set(name, value);
  history.replaceState(null, '', `#${params.toString()}`);
}

function loadFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const tag = params.get('element');
  if (tag && elements.some((e) => e.tagName === tag)) state.tag = tag;
  if (langValues.includes(params.get('lang'))) state.lang = params.get('lang');
  if (themeValues.includes(params.get('theme'))) state.theme = params.get('theme');
  if (params.get('script') === 'all') state.bundle = 'all';
  if (params.get('width') === 'narrow') state.width = 'narrow';
  if (SNIPPET_VIEWS.some((view) => view.id === params.get('view'))) state.view = params.get('view');
  const controls = attributeControls(current());
  for (const [key, value] of params) {
    if (key.startsWith('attr.')) {
      const control = controls.find((c) => c.name === key.slice(5));
      if (!control) continue;
      if (control.kind === 'boolean') attributesOf(state.tag).set(control.name, value === 'true');
      else if (control.kind !== 'enum' || control.values.includes(value)) attributesOf(state.tag).set(control.name, value);
    } else if (key.startsWith('--') && safeCssValue(value)) {
      state.css.set(key, value);
    }
  }
}

// ---- Building the controls ------------------------------------------------------------------------

function radios(container, name, values, checked, label, onChange) {
  container.replaceChildren(
    ...values.map((value) =>
      h('label', {}, h('input', { type: 'radio', name, value, checked: value === checked, onchange: () => onChange(value) }), ' ', label(value)),
    ),
  );
}

/** Manifest prose as text, with its `code` spans as <code> (never parsed as HTML). */
function prose(text) {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 ? h('code', {}, part) : part));
}

function describe(id, text) {
  return text ? h('p', { class: 'hint', id }, prose(text)) : null;
}

function attributeField(control) {
  const id = idFor('attr', control.name);
  const hintId = `${id}-hint`;
  const value = valueOf(control);
  const described = control.description ? hintId : null;
  const change = (next) => {
    attributesOf(state.tag).set(control.name, next);
    update({ rebuild: true });
  };
  if (control.kind === 'boolean') {
    return h(
      'div',
      { class: 'field field-check' },
      h('input', { type: 'checkbox', id, checked: value === true, 'aria-describedby': described, onchange: (e) => change(e.target.checked) }),
      h('label', { for: id }, h('code', {}, control.name)),
      describe(hintId, control.description),
    );
  }
  let input;
  if (control.kind === 'enum') {
    const options = [...(control.optional && control.default == null ? [['', '(not set)']] : []), ...control.values.map((v) => [v, v === control.default ? `${v} (default)` : v])];
    input = h('select', { id, 'aria-describedby': described, onchange: (e) => change(e.target.value) }, ...options.map(([v, text]) => h('option', { value: v }, text)));
    input.value = value ?? '';
  } else {
    input = h('input', {
      type: 'text',
      id,
      value: value ?? '',
      placeholder: control.default ?? '',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': described,
      oninput: (e) => change(e.target.value.trim()),
    });
  }
  return h('div', { class: 'field' }, h('label', { for: id }, h('code', {}, control.name)), input, describe(hintId, control.description));
}

function cssField(property, byName) {
  const id = idFor('css', property.name);
  const hintId = `${id}-hint`;
  const colour = isColour(property, byName);
  const dark = state.theme === 'dark' || (state.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const documented = documentedValue(property, dark, byName);
  const set = state.css.get(property.name) ?? '';
  const row = h('div', { class: `field field-css${set ? ' is-set' : ''}`, 'data-property': property.name });
  const text = h('input', {
    type: 'text',
    id: colour ? `${id}-value` : id,
    value: set,
    placeholder: documented ? `${documented}${colour ? '' : ' (default)'}` : 'not set',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': property.description ? hintId : null,
    ...(colour ? { 'aria-label': `${property.name}, any CSS colour` } : {}),
  });
  const shown = toHex(set || documented);
  // No documented colour to show: the swatch says "unknown" rather than pretend black.
  const picker = colour ? h('input', { type: 'color', id, class: shown ? null : 'unknown', value: shown ?? '#000000', 'aria-describedby': property.description ? hintId : null }) : null;
  const reset = h('button', { type: 'button', class: 'reset', 'aria-label': `Reset ${property.name}`, hidden: !set }, 'Reset');
  const apply = (value) => {
    const valid = value === '' || (safeCssValue(value) && (!colour || CSS.supports('color', value)));
    text.toggleAttribute('aria-invalid', !valid);
    if (!valid) return;
    if (value === '') state.css.delete(property.name);
    else state.css.set(property.name, value);
    row.classList.toggle('is-set', value !== '');
    reset.hidden = value === '';
    update();
  };
  text.addEventListener('input', () => {
    const value = text.value.trim();
    const hex = toHex(value);
    if (picker && hex) {
      picker.value = hex;
      picker.classList.remove('unknown');
    }
    apply(value);
  });
  picker?.addEventListener('input', () => {
    picker.classList.remove('unknown');
    text.value = picker.value;
    apply(picker.value);
  });
  reset.addEventListener('click', () => {
    text.value = '';
    if (picker) {
      picker.value = toHex(documented) ?? '#000000';
      picker.classList.toggle('unknown', !toHex(documented));
    }
    apply('');
    (picker ?? text).focus();
  });
  row.append(
    h('label', { for: id }, h('code', {}, property.name)),
    h('div', { class: 'css-inputs' }, picker, text, reset),
    ...[describe(hintId, property.description)].filter(Boolean),
  );
  return row;
}

function buildControls() {
  const declaration = current();
  $('#element-summary').replaceChildren(...prose((declaration.summary || declaration.description || '').replace(/\s*\n\s*/g, ' ').split(/(?<=\.)\s/)[0]));
  radios($('#lang-choices'), 'lang', langValues, state.lang, (v) => languageName(v), (v) => ((state.lang = v), update({ rebuild: true })));
  radios($('#theme-choices'), 'theme', themeValues, state.theme, (v) => v, (v) => {
    state.theme = v;
    update({ rebuild: true });
    buildCssFields(); // the documented defaults shown differ per theme
  });
  const fields = attributeControls(declaration).map(attributeField);
  $('#attribute-fields').replaceChildren(...(fields.length ? fields : [h('p', { class: 'hint' }, 'No attributes besides language and theme.')]));
  buildCssFields();
  $('#bundle-element-label').textContent = `Only <${state.tag}> (${scriptFile('element', state.tag)})`;
  $('#bundle-all-label').textContent = `All elements (${scriptFile('all', state.tag)})`;
  for (const input of document.querySelectorAll('input[name=bundle]')) input.checked = input.value === state.bundle;
  for (const input of document.querySelectorAll('input[name=width]')) input.checked = input.value === state.width;
}

function buildCssFields() {
  const { own, tokens } = cssGroups(current());
  const byName = new Map([...own, ...tokens].map((p) => [p.name, p]));
  $('#own-fields').replaceChildren(...own.map((p) => cssField(p, byName)));
  $('#global-fields').replaceChildren(...tokens.map((p) => cssField(p, byName)));
  $('#own-properties summary span').textContent = `<${state.tag}> custom properties (${own.length})`;
  $('#own-properties').hidden = own.length === 0;
  $('#global-properties').hidden = tokens.length === 0;
}

function languageName(code) {
  try {
    return `${new Intl.DisplayNames(['en'], { type: 'language' }).of(code)} (${code})`;
  } catch {
    return code;
  }
}

// ---- The preview --------------------------------------------------------------------------------

const logLine = (selector, text) => {
  $(selector).textContent = text;
};

function rebuildPreview() {
  const declaration = current();
  const el = document.createElement(state.tag);
  for (const [name, value] of attributeList()) el.setAttribute(name, value === true ? '' : value);
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    el.addEventListener(event.name, (e) => {
      // The preview stays on this page: a chosen link (tel:, Zalo) would otherwise navigate away.
      if (e.cancelable) e.preventDefault();
      logLine('#event-log', `Event ${event.name}: ${JSON.stringify(e.detail)}${e.defaultPrevented ? ' (navigation stopped in the preview)' : ''}`);
    });
  }
  logLine('#event-log', '');
  logLine('#warning-log', '');
  preview?.remove();
  preview = el;
  $('#frame').append(el);
  customElements.whenDefined(state.tag).then(async () => {
    await el.updateComplete;
    if (el !== preview) return;
    const floating = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].some((node) => getComputedStyle(node).position === 'fixed');
    $('#stage').classList.toggle('is-floating', floating);
    $('#floating-note').hidden = !floating;
    checkContrast();
  });
}

/** The text shown for the contrast check, so an unchanged result is not announced again. */
let contrastShown = '';
let contrastTimer;

/**
 * Warns when the chosen colours put a pair of tokens below WCAG AA (the pairs and ratios of
 * demo/contrast.js, which the tests hold the default colours to). Measured on the preview as
 * rendered, so an element's own property, a global token and the theme all count. Announced once
 * the editor pauses: a colour picker fires input events many times a second while dragged.
 */
function checkContrast() {
  clearTimeout(contrastTimer);
  // `data-result` says the check has run on what the preview shows now (the tests wait for it).
  delete $('#contrast-log').dataset.result;
  contrastTimer = setTimeout(() => {
    if (!preview?.shadowRoot) return;
    const page = getComputedStyle($('#stage')).backgroundColor;
    const failures = tokenContrastFailures(preview, `rgb(${flatten('#fff', page)})`);
    $('#contrast-log').dataset.result = failures.length ? 'fail' : 'pass';
    const text = failures.length
      ? `Low contrast for visitors with low vision (WCAG AA): ${failures
          .map(({ foreground, background, ratio, minimum }) => `${foreground} on ${background} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`)
          .join('; ')}.`
      : '';
    if (text === contrastShown) return;
    contrastShown = text;
    logLine('#contrast-log', text);
  }, CONTRAST_DELAY);
}

function applyCss() {
  if (!preview) return;
  preview.removeAttribute('style');
  for (const [name, value] of cssList()) preview.style.setProperty(name, value);
}

// The elements report bad input with one console.warn naming the tag; show it beside the preview too.
const consoleWarn = console.warn.bind(console);
console.warn = (...args) => {
  consoleWarn(...args);
  const text = args.map(String).join(' ');
  if (state.tag && text.startsWith(`<${state.tag}>`)) logLine('#warning-log', `Warning: ${text}`);
};

// ---- Updating ------------------------------------------------------------------------------------

function update({ rebuild = false } = {}) {
  if (rebuild) rebuildPreview();
  applyCss();
  // A rebuilt preview is checked again once rendered (rebuildPreview); this clears the last result meanwhile.
  checkContrast();
  const stage = $('#stage');
  stage.dataset.theme = state.theme;
  stage.dataset.width = state.width;
  // The plain snippet is kept current whatever the view (it costs nothing), for what reads it from the page
  // (scripts/screenshots.mjs); the shown view's last, so its copy label wins.
  if (state.view !== 'html') showPlain(config());
  SNIPPET_VIEWS.find((view) => view.id === state.view).show(config());
  saveToHash();
}

// ---- The snippet views ---------------------------------------------------------------------------

/** The views as tabs (WAI-ARIA APG tabs, selection follows focus): arrow keys, Home and End move between them. */
function buildTabs() {
  const list = $('#snippet-tabs');
  list.replaceChildren(
    ...SNIPPET_VIEWS.map((view) => h('button', { type: 'button', role: 'tab', id: `tab-${view.id}`, 'aria-controls': `view-${view.id}`, onclick: () => selectView(view.id) }, view.label)),
  );
  list.addEventListener('keydown', (event) => {
    const tabs = [...list.querySelectorAll('[role=tab]')];
    const at = tabs.indexOf(document.activeElement);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (at < 0 || to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length];
    tab.focus();
    selectView(tab.id.slice('tab-'.length));
  });
  showTabs();
}

function showTabs() {
  for (const view of SNIPPET_VIEWS) {
    const selected = view.id === state.view;
    const tab = $(`#tab-${view.id}`);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`#view-${view.id}`).hidden = !selected;
  }
}

function selectView(id) {
  if (id === state.view) return;
  // A render not yet asked for is asked again when the view is shown.
  clearTimeout(prerendering.timer);
  state.view = id;
  showTabs();
  $('#copy-status').textContent = '';
  update();
}

function showPlain(config) {
  $('#snippet-code').textContent = snippet(config, { view: 'html' });
  $('#plain-hint').hidden = FLOATING.has(config.tag);
  $('#plain-floating-hint').hidden = !FLOATING.has(config.tag);
  setCopyLabel('Copy snippet');
}

async function copyPlain() {
  return { text: $('#snippet-code').textContent, code: $('#snippet-code'), what: 'the snippet' };
}

/**
 * The prerendered view. The render API runs in a module worker (dist/renderer/worker.js), started the
 * first time this view is shown; it is given the element's markup alone and its answers are kept per
 * markup, so colours and the plain view's script choice cost no render: the snippet around the element
 * is put together here (snippet()). Where the worker cannot run (a browser without module workers, an
 * insecure origin without crypto.subtle, a site built without renderer/), the view says so and shows the
 * render command, which prints the same snippet.
 */
const prerendering = {
  /** element markup → `{ result }`, what `prerender()` returns ({ html, elements, styleSrc, warnings }), or `{ error }` */
  cache: new Map(),
  timer: 0,
  /** the render of the markup now shown, once asked: `{ markup, promise }` */
  request: null,
  /** the worker, once started; `unavailable` once it failed to start: no use trying again */
  worker: null,
  unavailable: '',
  /** id → resolve, for the answers still to come */
  waiting: new Map(),
  lastId: 0,
};

function showPrerendered(config) {
  const file = hydrateFile();
  if (!file) return showRenderFallback(config, { error: 'this build has no hydrate file (cdn/sri.json lists none)' });
  $('#hydrate-file').textContent = file;
  const markup = elementTag(config);
  const cached = prerendering.cache.get(markup);
  clearTimeout(prerendering.timer);
  if (prerendering.unavailable) return showRenderFallback(config, { unavailable: prerendering.unavailable });
  if (cached) return cached.result ? showRendered(config, cached.result) : showRenderFallback(config, cached);
  setRenderState('Prerendering…');
  if (prerendering.request?.markup !== markup) prerendering.timer = setTimeout(requestPrerender, $('#prerendered-code').textContent ? RENDER_DELAY : 0);
}

/** The worker, started on first use; its failure to load makes every waiting render fall back. */
function renderWorker() {
  if (prerendering.worker) return prerendering.worker;
  const fail = (why) => {
    if (prerendering.unavailable) return;
    prerendering.unavailable = why;
    prerendering.worker?.terminate();
    for (const resolve of prerendering.waiting.values()) resolve({ unavailable: why });
    prerendering.waiting.clear();
  };
  let worker;
  try {
    worker = new Worker(RENDER_WORKER, { type: 'module', name: 'front-office-widgets renderer' });
  } catch (error) {
    fail(`this browser cannot start the renderer (${error.message})`);
    return null;
  }
  prerendering.worker = worker;
  // A script that does not load, or a browser without module workers, reports an error event, no message.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(`the renderer (${RENDER_WORKER.pathname.split('/').slice(-2).join('/')}) did not load`);
  });
  worker.addEventListener('message', ({ data }) => {
    const resolve = prerendering.waiting.get(data.id);
    prerendering.waiting.delete(data.id);
    resolve?.(data.error === undefined ? { result: data.result } : { error: data.error });
  });
  setTimeout(() => prerendering.waiting.size && !prerendering.cache.size && fail('the renderer did not answer'), RENDER_TIMEOUT);
  return worker;
}

/** `{ result }`, `{ error }` (the API refused the markup), or `{ unavailable }` (no renderer here). */
function renderInWorker(markup) {
  const worker = renderWorker();
  if (!worker) return Promise.resolve({ unavailable: prerendering.unavailable });
  const id = ++prerendering.lastId;
  return new Promise((resolve) => {
    prerendering.waiting.set(id, resolve);
    worker.postMessage({ id, html: markup });
  });
}

/** Renders the current markup now, unless on its way or done; resolves once shown. */
function requestPrerender() {
  clearTimeout(prerendering.timer);
  const markup = elementTag(config());
  if (prerendering.request?.markup === markup) return prerendering.request.promise;
  if (prerendering.cache.has(markup) || prerendering.unavailable) return Promise.resolve();
  const promise = renderInWorker(markup).then((outcome) => {
    if (prerendering.request?.markup === markup) prerendering.request = null;
    if (!outcome.unavailable) prerendering.cache.set(markup, outcome);
    // An answer for markup changed since is kept for later, not shown.
    if (state.view === 'prerendered' && (outcome.unavailable || elementTag(config()) === markup)) update();
  });
  prerendering.request = { markup, promise };
  return promise;
}

function setRenderState(text) {
  const line = $('#prerender-state');
  line.textContent = text;
  line.hidden = !text;
  // The previous snippet stays in place while the next one comes, marked as outdated.
  $('#prerendered').toggleAttribute('aria-busy', Boolean(text));
  $('#prerendered').classList.toggle('is-stale', Boolean(text));
}

/** `'sha256-…'` of a `<style>`'s text, as a browser checks it against `style-src`; null without Web Crypto. */
async function styleHash(text) {
  if (!crypto.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

function showRendered(config, result) {
  setRenderState('');
  $('#prerender-result').hidden = false;
  $('#prerender-fallback').hidden = true;
  const text = snippet(config, { view: 'prerendered', element: result.html });
  $('#prerendered-code').textContent = text;
  $('#prerender-warning-list').replaceChildren(...result.warnings.map((warning) => h('li', {}, warning)));
  $('#prerender-warnings').hidden = result.warnings.length === 0;
  setCopyLabel('Copy snippet');
  // style-src: the shadow roots' styles (from the renderer) and the snippet's own <style>, if it has one.
  // The text the browser hashes: all between the tags, the first line break included (only <pre> and <textarea> drop it).
  const own = /^<style>(\n[\s\S]*?)<\/style>$/m.exec(text)?.[1];
  const csp = $('#prerender-csp');
  delete csp.dataset.ready;
  Promise.resolve(own === undefined ? null : styleHash(own)).then((hash) => {
    if ($('#prerendered-code').textContent !== text) return;
    const sources = [...result.styleSrc, ...(hash ? [hash] : [])];
    $('#prerender-style-src').textContent = sources.join(' ');
    csp.hidden = sources.length === 0;
    csp.dataset.ready = '';
  });
}

function showRenderFallback(config, why) {
  setRenderState('');
  $('#prerender-result').hidden = true;
  $('#prerender-fallback').hidden = false;
  const file = hydrateFile();
  $('#prerender-fallback-text').replaceChildren(
    ...prose(
      why.unavailable
        ? `Prerendering in this page did not work: ${why.unavailable}. The render command gives the same snippet:`
        : `The renderer could not render the element: ${why.error}. The render command gives the same snippet:`,
    ),
  );
  $('#render-command-code').textContent = renderCommand(file ? snippet(config, { view: 'prerendered' }) : elementTag(config));
  setCopyLabel('Copy command');
}

async function copyPrerendered() {
  await requestPrerender();
  const fallback = !$('#prerender-fallback').hidden;
  const code = fallback ? $('#render-command-code') : $('#prerendered-code');
  return { text: code.textContent, code, what: fallback ? 'the render command' : 'the prerendered snippet' };
}

function setCopyLabel(text) {
  const button = $('#copy');
  button.dataset.label = text;
  if (!copySnippet.timer) button.textContent = text;
}

async function copySnippet() {
  const status = $('#copy-status');
  status.textContent = '';
  const { text, code, what } = await SNIPPET_VIEWS.find((view) => view.id === state.view).copy();
  let message;
  try {
    await navigator.clipboard.writeText(text);
    message = `Copied: ${what} for <${state.tag}> is on your clipboard.`;
  } catch {
    getSelection().selectAllChildren(code);
    message = `Could not copy automatically. ${what[0].toUpperCase()}${what.slice(1)} is selected: press Ctrl+C (⌘C on a Mac).`;
  }
  // A fresh text node after a tick, so that a second copy is announced again.
  setTimeout(() => {
    status.textContent = message;
  }, 50);
  const button = $('#copy');
  button.textContent = 'Copied ✓';
  clearTimeout(copySnippet.timer);
  copySnippet.timer = setTimeout(() => {
    copySnippet.timer = 0;
    button.textContent = button.dataset.label;
  }, 2000);
}

async function fetchJson(path) {
  const response = await fetch(new URL(path, ROOT));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

async function start() {
  const form = $('#configurator');
  let manifest;
  try {
    [manifest, pkg, sri, imports] = await Promise.all([fetchJson('custom-elements.json'), fetchJson('package.json'), fetchJson('cdn/sri.json'), fetchJson('cdn/imports.json')]);
  } catch (error) {
    const alert = $('#load-error');
    alert.hidden = false;
    alert.textContent = `The configurator could not load ${error.message}. Build the site first: \`npm run build:site\` writes it into dist/site/.`;
    return;
  }
  elements = manifestElements(manifest);
  if (!elements.length) return;
  const first = elements[0];
  themeValues = literals(typeText(first.attributes?.find((a) => a.name === 'theme')) || '')?.values ?? themeValues;
  langValues = literals(typeText(first.members?.find((m) => m.name === 'locale')) || '')?.values ?? langValues;
  state.tag = elements.some((e) => e.tagName === FIRST_ELEMENT) ? FIRST_ELEMENT : first.tagName;
  loadFromHash();

  radios(
    $('#element-choices'),
    'element',
    elements.map((e) => e.tagName),
    state.tag,
    (tag) => h('code', {}, `<${tag}>`),
    (tag) => {
      state.tag = tag;
      buildControls();
      update({ rebuild: true });
    },
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const input of document.querySelectorAll('input[name=bundle]')) input.addEventListener('change', () => ((state.bundle = input.value), update()));
  for (const input of document.querySelectorAll('input[name=width]')) input.addEventListener('change', () => ((state.width = input.value), update()));
  $('#copy').addEventListener('click', copySnippet);
  buildTabs();
  buildControls();
  update({ rebuild: true });
  // Shown once the controls are built and the preview has rendered (configurator.css hides the busy form,
  // in its place): everything appears at once, and nothing on the page moves as it is built.
  await customElements.whenDefined(state.tag);
  await preview?.updateComplete;
  await new Promise(requestAnimationFrame);
  form.setAttribute('aria-busy', 'false');
}

start();
