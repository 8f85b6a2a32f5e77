import { readFileSync } from 'node:fs';
// The pages the benchmark loads. The widget pages are written here from the
// article's words (src/data/vi.ts); their static twins are made by
// bench/run.mjs from what the elements actually render (see `flattenScript`),
// so "the same content with comparable CSS" stays true whatever the elements become.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The Vietnamese dataset, compiled from src/data/vi.ts on the fly. */
export async function loadData() {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/data/vi.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const source = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Runs first on every page, widget or static alike: records layout shifts and
 * resolves `__ready` with performance.now() (ms since navigation start) once
 * the DOM is parsed, every custom element on the page is defined and has
 * finished its update, and the next frame has been produced.
 */
export const READY_SCRIPT = `<script>
(() => {
  let cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__frame = frame;
  window.__cls = () => cls;
  // Paint entries arrive once the frame is presented, after __ready: read them later.
  window.__fcp = () => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    return entry ? (entry.paintTime ?? entry.startTime) : null;
  };
  window.__ready = (async () => {
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const hosts = [...document.body.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all([...new Set(hosts.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(hosts.map((el) => el.updateComplete));
    await frame();
    const ready = performance.now();
    const nav = performance.getEntriesByType('navigation')[0];
    return { ready, dcl: nav ? nav.domContentLoadedEventEnd : null, elements: hosts.length };
  })();
})();
</script>`;

/** Page CSS shared by both sides; scoped to the article's own children so it cannot reach into the static twins of the elements. */
const PAGE_CSS = `<style>
  body { margin: 0; font: 16px/1.6 system-ui, sans-serif; color: #1f2937; background: #fff; }
  main { max-width: 60em; margin: 0 auto; padding: 24px 16px 96px; }
  main > h1 { font-size: 2em; line-height: 1.2; margin: 0 0 16px; }
  main > h2 { font-size: 1.5em; line-height: 1.3; margin: 32px 0 12px; }
  main > p, main > ul { margin: 0 0 12px; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 16px; align-items: stretch; }
</style>`;

function page({ title, head, body }) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${READY_SCRIPT}
${PAGE_CSS}
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const bundleTag = `<script type="module" src="/dist/cdn/front-office-widgets.js"></script>`;
/** Other ways a partner may load us, measured as variants. */
const VARIANTS = {
  // README's "reserve their space before the script runs" advice.
  // The README's snippet, from the file the integration suite checks it against.
  reserve: `${bundleTag}\n<style>${readFileSync(new URL('../test/integration/pages/not-defined.css', import.meta.url), 'utf8')}</style>`,
  // The module, render-blocking: first paint waits for it (parsed to the end, run, elements upgraded).
  blocking: `<script type="module" blocking="render" src="/dist/cdn/front-office-widgets.js"></script>`,
  // The classic-script file, render-blocking in <head>: elements upgrade as the parser meets them.
  iife: `<script src="/dist/cdn/front-office-widgets.iife.js"></script>`,
};
const ROLE_IDS = ['receptionist', 'customer-relations', 'sales'];
const INDUSTRIES = ['general', 'banking', 'hospitality'];

/** One article page: the definition, the comparison, the three roles, the advice and the contact button. */
export function articleBody(vi) {
  const { definition, advice } = vi;
  return `<main>
<h1>${escape(definition.title)}</h1>
<p>${escape(definition.summary)} ${escape(definition.short)}</p>
<p>${escape(definition.banking)}</p>
<p>${escape(definition.hospitality)}</p>
<h2>Sự khác nhau giữa back office và front office là gì?</h2>
<office-compare></office-compare>
<h2>Các vị trí trong front office</h2>
<div class="cards">
${ROLE_IDS.map((id) => `<role-card role-id="${id}"></role-card>`).join('\n')}
</div>
<h2>Nên làm việc tại front office hay back office?</h2>
<p>${escape(advice.front.requirement)}</p>
<ul>${advice.front.skills.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>
<p>${escape(advice.front.note)}</p>
<p>${escape(advice.back.requirement)}</p>
</main>
<contact-float></contact-float>`;
}

/** 20 comparisons and 60 role cards (every role, industry, some expanded), as a long training page might have. */
export function scaleBody(vi) {
  const sections = [];
  for (let s = 0; s < 20; s++) {
    const cards = [];
    for (let c = 0; c < 3; c++) {
      const i = s * 3 + c;
      const expanded = i % 5 === 4 ? ' expanded' : '';
      cards.push(`<role-card role-id="${ROLE_IDS[i % 3]}" industry="${INDUSTRIES[Math.floor(i / 3) % 3]}"${expanded}></role-card>`);
    }
    sections.push(`<h2>${s + 1}. ${escape(vi.comparison.caption)}</h2>
<office-compare${s % 2 ? ' highlight="front"' : ''}></office-compare>
<div class="cards">
${cards.join('\n')}
</div>`);
  }
  return `<main>
<h1>${escape(vi.definition.title)}</h1>
<p>${escape(vi.definition.summary)}</p>
${sections.join('\n')}
</main>`;
}

/**
 * The three per-element files instead of the all-in-one, as the README's snippet loads them: the chunk they
 * share preloaded (`imports`: dist/cdn/imports.json), then each file. No integrity: the bench measures time.
 */
const elementFilesHead = (imports) =>
  [
    ...new Set(['office-compare.js', 'role-card.js', 'contact-float.js'].flatMap((file) => imports[file])),
  ]
    .map((chunk) => `<link rel="modulepreload" href="/dist/cdn/${chunk}">`)
    .concat(['office-compare.js', 'role-card.js', 'contact-float.js'].map((file) => `<script type="module" src="/dist/cdn/${file}"></script>`))
    .join('\n');

export function widgetPages(vi, imports) {
  const variants = {};
  for (const [name, head] of Object.entries({ ...VARIANTS, ...(imports ? { elements: elementFilesHead(imports) } : {}) })) {
    variants[`widgets-${name}.html`] = page({ title: `bench: widgets (${name}), one page`, head, body: articleBody(vi) });
    variants[`widgets-scale-${name}.html`] = page({ title: `bench: widgets (${name}) at scale`, head, body: scaleBody(vi) });
  }
  return {
    'widgets.html': page({ title: 'bench: widgets, one page', head: bundleTag, body: articleBody(vi) }),
    'widgets-scale.html': page({ title: 'bench: widgets at scale', head: bundleTag, body: scaleBody(vi) }),
    ...variants,
    // Per-instance and memory runs create their elements from script.
    'lab.html': page({
      title: 'bench: lab',
      head: `${bundleTag}\n<link rel="stylesheet" href="static.css">`,
      body: `<main id="host"></main>`,
    }),
  };
}

/** A static twin: the widget page with every element replaced by its rendered markup, and static.css instead of the script. */
export function staticPage(title, flatBody) {
  return page({ title, head: `<link rel="stylesheet" href="static.css">`, body: flatBody });
}

/**
 * Runs in the browser on a rendered widget page. Serialises the body, with
 * each custom element written as a `<div class="static-TAG">` (host attributes
 * kept, so `:host([attr])` rules still match) holding its shadow root's markup.
 * Lit's marker comments and the scripts go. With a selector: that one element only.
 */
export function flattenInPage(selector) {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const esc = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const escAttr = (text) => text.replace(/[&"]/g, (c) => ({ '&': '&amp;', '"': '&quot;' })[c]);
  const attrs = (el, extraClass) => {
    const list = [...el.attributes].filter((a) => !(extraClass && a.name === 'class'));
    const cls = extraClass ? [extraClass, el.getAttribute('class')].filter(Boolean).join(' ') : null;
    return (cls ? ` class="${escAttr(cls)}"` : '') + list.map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escAttr(a.value)}"`)).join('');
  };
  const children = (node) => [...node.childNodes].map(serialize).join('');
  function serialize(node) {
    if (node.nodeType === Node.TEXT_NODE) return esc(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    if (tag === 'script') return '';
    if (node.shadowRoot) return `<div${attrs(node, `static-${tag}`)}>${children(node.shadowRoot)}</div>`;
    if (VOID.has(tag)) return `<${tag}${attrs(node)}>`;
    return `<${tag}${attrs(node)}>${children(node)}</${tag}>`;
  }
  if (selector) {
    const el = document.querySelector(selector);
    return el ? serialize(el) : null;
  }
  return children(document.body).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Runs in the browser: every defined element's own styles (what Lit adopts
 * into its shadow root), rewritten for the light DOM with CSS nesting:
 * `:host` becomes `&` under `.static-TAG`. Works on the source text, not on
 * CSSOM rules: CSSOM serialises shorthands holding var() as empty longhands.
 * @keyframes, @font-face and @property cannot nest, so they move to the top level.
 */
export function staticCssInPage(tags) {
  const out = [];
  const hoist = (css) => {
    const kept = [];
    let rest = '';
    let at = 0;
    const re = /@(?:-webkit-)?(?:keyframes|font-face|property)\b/g;
    for (let m; (m = re.exec(css)); ) {
      let i = css.indexOf('{', m.index);
      let depth = 0;
      for (; i < css.length; i++) {
        if (css[i] === '{') depth++;
        else if (css[i] === '}' && --depth === 0) break;
      }
      kept.push(css.slice(m.index, i + 1));
      rest += css.slice(at, m.index);
      at = i + 1;
      re.lastIndex = at;
    }
    return [kept, rest + css.slice(at)];
  };
  for (const tag of tags) {
    const ctor = customElements.get(tag);
    if (!ctor) continue;
    const nested = [];
    for (const style of ctor.elementStyles ?? []) {
      const text = style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
      const [kept, rest] = hoist(text);
      out.push(...kept);
      nested.push(rest.replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '&$1').replace(/:host\b/g, '&'));
    }
    out.push(`.static-${tag} {\n${nested.join('\n')}\n}`);
  }
  return out.join('\n');
}
