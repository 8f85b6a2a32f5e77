/**
 * Prerendered markup (issue 10) in each engine the runner drives: Chromium, Firefox ESR and WebKitGTK (Safari's
 * WebCore and JavaScriptCore). The markup comes from the render API as built (dist/ssr/render.js, through the
 * `POST /api/render` that web-test-runner.config.mjs mounts, as `npm start` does), never from a frozen string.
 *
 * 1. Without script: the markup in a sandboxed frame that may not run scripts, as a visitor without JavaScript (or a
 *    link preview) gets it: declarative shadow DOM parsed, text, semantics, links and styles, axe; and in this page
 *    with the elements never defined, as when the CDN is unreachable. Either way a <role-card> opens by a real click
 *    and by Enter and Space (its native disclosure) and the contact links can be followed.
 * 2. With dist/cdn/front-office-widgets.hydrate.js loaded after the markup: the prerendered nodes are kept, the
 *    elements work, nothing moves, no console error, and edited or mismatched markup is drawn anew.
 *
 * The integration spec (test/integration/prerender.spec.mjs, Chromium and Firefox) keeps what needs a real partner page:
 * the CSP and its style hashes, the README's :not(:defined) snippet, CLS over a whole page load.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { dataset } from '../src/data/index.js';
import { resetViewport, viewport } from './helpers.js';

const HYDRATE = '/dist/cdn/front-office-widgets.hydrate.js';
const TAGS = ['office-compare', 'role-card', 'contact-float'] as const;
// The first render loads dist/ssr/render.js into the test server, and the hydrate hook loads a 54 KB bundle: slower
// than a test when three engines share two cores.
const HOOK_TIMEOUT_MS = 20_000;

/** `html` with our elements prerendered by the built render API. */
async function prerender(html: string): Promise<string> {
  const response = await fetch('/api/render', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html }) });
  const body = (await response.json()) as { html: string; elements: number; warnings: string[]; error?: string };
  if (!response.ok) throw new Error(`POST /api/render: HTTP ${response.status}: ${body.error} (npm test builds dist/ before the browser tests)`);
  expect(body.warnings, 'render warnings').to.deep.equal([]);
  expect(body.elements, 'elements prerendered').to.be.greaterThan(0);
  return body.html;
}

const visible = (node: Element | null | undefined): node is Element =>
  Boolean(node && node.getClientRects().length && node.ownerDocument.defaultView!.getComputedStyle(node).visibility !== 'hidden');
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const styleOf = (node: Element) => node.ownerDocument.defaultView!.getComputedStyle(node);
const nextFrame = (node: Element) => new Promise((resolve) => node.ownerDocument.defaultView!.requestAnimationFrame(resolve));

/**
 * What a visitor without script does with a prerendered <role-card>: a real mouse click on its title, then Enter and
 * Space on it, each time reading whether its duties show. `frame` is the frame holding the card, if any (the mouse
 * is positioned in this page's viewport).
 */
async function useWithoutScript(card: Element, duty: string, frame?: HTMLIFrameElement): Promise<void> {
  const root = card.shadowRoot!;
  const summary = root.querySelector('summary')!;
  const details = root.querySelector('.details')!;
  const heading = summary.closest('[role=heading]')!;
  expect(card.ownerDocument.defaultView!.customElements.get('role-card'), '<role-card> defined').to.equal(undefined);
  // The native disclosure stands where the heading with its (inert) button would be, in a heading of the same level.
  expect([visible(summary), visible(root.querySelector('h3'))], 'the native disclosure instead of the heading').to.deep.equal([true, false]);
  expect([heading.getAttribute('aria-level'), textOf(summary)]).to.deep.equal(['3', textOf(root.querySelector('h3'))]);
  const state = () => [(summary.parentElement as HTMLDetailsElement).open, visible(details)];
  expect(state(), 'closed at first').to.deep.equal([false, false]);

  (frame ?? summary).scrollIntoView({ block: 'start' });
  if (frame) summary.scrollIntoView({ block: 'start' });
  await nextFrame(summary);
  const box = summary.getBoundingClientRect();
  const offset = frame?.getBoundingClientRect() ?? { x: 0, y: 0 };
  // On the title's text, as a visitor clicks it.
  await sendMouse({ type: 'click', position: [Math.round(offset.x + box.x + 24), Math.round(offset.y + box.y + box.height / 2)] });
  await resetMouse();
  await nextFrame(summary);
  expect(state(), 'after a click on the title').to.deep.equal([true, true]);
  expect(textOf(details)).to.include(duty);
  expect(visible([...details.querySelectorAll('li')].find((li) => textOf(li) === duty)), 'the duty shows').to.equal(true);

  // Not every engine focuses what a click activates (WebKit does not): the keyboard visitor tabs to it.
  summary.focus();
  expect(root.activeElement === summary, 'the title takes the focus').to.equal(true);
  for (const [key, open] of [
    ['Enter', false],
    [' ', true],
    [' ', false],
    ['Enter', true],
  ] as const) {
    await sendKeys({ press: key });
    await nextFrame(summary);
    expect(state(), `after ${key === ' ' ? 'Space' : key}`).to.deep.equal([open, open]);
  }
  summary.click(); // closed again for whoever looks next
}

/** The contact links of a <contact-float> no script ran for: shown, each on top at its centre, so a click reaches it. */
function usableLinks(float: Element): string[] {
  const root = float.shadowRoot!;
  const links = [...root.querySelectorAll('a[href]')].filter(visible);
  for (const link of links) {
    const { x, y, width, height } = link.getBoundingClientRect();
    const hit = root.elementFromPoint(x + width / 2, y + height / 2);
    expect(hit && link.contains(hit), `${link.getAttribute('href')} is covered by ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
  }
  return links.map((a) => a.getAttribute('href')!);
}

const { comparison, roles, contact, ui } = dataset.vi;
const OVERRIDE_TITLE = 'Chăm sóc khách hàng (đối tác)';
// An outline axe accepts: the page's h1 (added around it), then h2, then the elements' h3.
const SOURCE = `<h2>Front office và back office</h2>
<office-compare id="compare" highlight="front"></office-compare>
<h2>Vị trí</h2>
<role-card id="vi" role-id="receptionist"></role-card>
<role-card id="en" role-id="sales" industry="banking" lang="en" theme="dark"></role-card>
<role-card id="override" role-id="customer-relations"><script type="application/json">{ "title": "${OVERRIDE_TITLE}" }</script></role-card>
<contact-float id="contact"></contact-float>`;

/**
 * A page holding `body` that may not run scripts: a frame, same origin (the test reads its DOM), no allow-scripts,
 * added to `frames` for removal. Its inline script proves scripting is off: it would mark the root.
 */
async function scriptlessFrame(body: string, frames: HTMLIFrameElement[], { width = 800, height = 900 } = {}) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.title = 'prerendered page';
  frame.style.cssText = `display:block;width:${width}px;height:${height}px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Front office là gì?</title><script>document.documentElement.dataset.scripted = ''</script></head><body><main><h1>Front office là gì?</h1>${body}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  expect(doc.documentElement.hasAttribute('data-scripted'), 'a script ran in the frame').to.equal(false);
  return { frame, doc };
}

describe('prerendered markup without script (a sandboxed frame with scripting disabled)', () => {
  let markup: string;
  const frames: HTMLIFrameElement[] = [];

  before(async function () {
    this.timeout(HOOK_TIMEOUT_MS);
    markup = await prerender(SOURCE);
  });
  after(() => frames.forEach((frame) => frame.remove()));

  function elements(doc: Document) {
    const found = Object.fromEntries(['compare', 'vi', 'en', 'override', 'contact'].map((id) => [id, doc.getElementById(id)!]));
    for (const [id, el] of Object.entries(found)) {
      expect(el, id).to.exist;
      expect(doc.defaultView!.customElements.get(el.localName), `<${el.localName}> defined without script`).to.equal(undefined);
      expect(el.shadowRoot, `#${id} has no shadow root: its declarative shadow DOM was not parsed`).to.exist;
      expect(el.shadowRoot!.querySelectorAll('.fow').length, `#${id} .fow wrappers`).to.equal(1);
    }
    return found;
  }

  for (const [label, width] of [
    ['wide', 1280],
    ['narrow', 390],
  ] as const) {
    it(`${label} (${width} px): the shadow roots are parsed, with their text, semantics, links and styles`, async () => {
      const { doc } = await scriptlessFrame(markup, frames, { width });
      const { compare, vi, en, override, contact: float } = elements(doc);

      const compareRoot = compare.shadowRoot!;
      const table = compareRoot.querySelector('table');
      const stacked = compareRoot.querySelector('figure');
      if (label === 'wide') {
        expect(visible(table), 'the table shows').to.equal(true);
        expect(visible(stacked), 'the stacked layout shows').to.equal(false);
        expect(textOf(table!.caption)).to.equal(comparison.caption);
        // highlight="front": its header carries the "recommended" label.
        expect([...table!.querySelectorAll('thead th[scope=col]')].map(textOf)).to.deep.equal([ui.compare.criterion, `${comparison.front} ${ui.compare.recommended}`, comparison.back]);
        expect([...table!.querySelectorAll('tbody th[scope=row]')].map(textOf)).to.deep.equal(comparison.criteria.map((row) => row.label));
        expect(table!.querySelectorAll('tbody td').length).to.equal(comparison.criteria.length * 2);
        // The prerendered <style> applied: the table's frame and header ground.
        expect([styleOf(table!).borderTopStyle, styleOf(table!).borderTopWidth, styleOf(table!).tableLayout]).to.deep.equal(['solid', '1px', 'fixed']);
        expect(styleOf(table!.querySelector('thead th')!).backgroundColor).not.to.be.oneOf(['rgba(0, 0, 0, 0)', 'transparent']);
      } else {
        expect(visible(table), 'the table shows').to.equal(false);
        const lists = [...compareRoot.querySelectorAll('dl')].filter(visible);
        expect(lists.length).to.equal(comparison.criteria.length);
        expect(textOf(compareRoot.querySelector('figcaption'))).to.equal(comparison.caption);
        for (const [i, dl] of lists.entries()) {
          expect([...dl.querySelectorAll('dd')].map(textOf)).to.deep.equal([comparison.criteria[i].front, comparison.criteria[i].back]);
        }
        expect(styleOf(compareRoot.querySelector('.item')!).borderTopWidth).to.equal('1px');
      }

      for (const [card, role, lang] of [
        [vi, roles.receptionist, 'vi'],
        [en, dataset.en.roles.sales, 'en'],
      ] as const) {
        const root = card.shadowRoot!;
        expect(root.querySelector('.fow')!.getAttribute('lang')).to.equal(lang);
        expect(textOf(root.querySelector('h3'))).to.equal(role.title);
        expect(textOf(root.querySelector('.summary'))).to.equal(role.summary);
        expect(visible(root.querySelector('.summary')), 'the summary shows').to.equal(true);
        // The accent bar of the prerendered <style>.
        expect([styleOf(root.querySelector('.fow')!).borderTopStyle, styleOf(root.querySelector('.fow')!).borderTopWidth]).to.deep.equal(['solid', '4px']);
      }
      // theme="dark": the dark ground of the prerendered theme rules, not the light one.
      const ground = (card: Element) => styleOf(card.shadowRoot!.querySelector('.fow')!).backgroundColor;
      expect(ground(en), 'dark card ground').not.to.equal(ground(vi));
      // The child JSON override, applied by the render API as the browser applies it.
      expect(textOf(override.shadowRoot!.querySelector('h3'))).to.equal(OVERRIDE_TITLE);

      // Without script the menu cannot open: its links show instead of the toggle, and no copy button.
      const floatRoot = float.shadowRoot!;
      const links = [...floatRoot.querySelectorAll('a[href]')].filter(visible);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([`https://zalo.me/${contact.zalo}`, `tel:+84${contact.phone.slice(1)}`]);
      expect([...floatRoot.querySelectorAll('button')].filter(visible).map(textOf), 'buttons that need a script').to.deep.equal([]);
      expect(styleOf(floatRoot.querySelector('.dock')!).position).to.equal('fixed');
    });
  }
});

describe('prerendered markup without script: a visitor uses it', () => {
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('scripting off (a sandboxed frame): the card opens by click, Enter and Space; the contact links can be followed', async function () {
    this.timeout(HOOK_TIMEOUT_MS);
    const { frame, doc } = await scriptlessFrame(await prerender(SOURCE), frames, { height: 600 });
    await useWithoutScript(doc.getElementById('vi')!, roles.receptionist.duties[0], frame);
    await useWithoutScript(doc.getElementById('en')!, dataset.en.roles.sales.variants?.banking?.duties?.[0] ?? dataset.en.roles.sales.duties[0], frame);
    expect(usableLinks(doc.getElementById('contact')!)).to.deep.equal([`https://zalo.me/${contact.zalo}`, `tel:+84${contact.phone.slice(1)}`]);
  });
});

// axe cannot audit the script-less frame: it must run in the realm of the document it audits, and from the parent it
// takes the frame's nodes for foreign ones and audits the parent's own document instead (tried: `axe.run` with the
// frame's document is refused as invalid arguments; with its elements as `include`, it reports the parent's <html>).
// So it audits the same markup in this page while our elements are undefined: the static HTML, styled by its own
// <style>, exactly what the frame shows.
describe('prerendered markup as static HTML: axe', () => {
  const page = document.createElement('main');

  before(async function () {
    this.timeout(HOOK_TIMEOUT_MS);
    page.setHTMLUnsafe(`<h1>Front office là gì?</h1>${await prerender(SOURCE)}`);
    document.body.append(page);
  });
  after(async () => {
    page.remove();
    await resetViewport();
  });

  for (const size of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`finds nothing at ${size.width} px, before any element is defined`, async function () {
      // A resize and axe over six elements, with three engines sharing two cores.
      this.timeout(HOOK_TIMEOUT_MS);
      await viewport(size);
      for (const tag of TAGS) expect(customElements.get(tag), `<${tag}> is defined`).to.equal(undefined);
      const shown = [...page.querySelectorAll('office-compare, role-card, contact-float')];
      expect(shown.every((el) => el.shadowRoot?.querySelector('.fow')), 'declarative shadow roots attached').to.equal(true);
      // The layout axe audits is the one of this width: the table wide, the stacked lists narrow.
      const table = page.querySelector('office-compare')!.shadowRoot!.querySelector('table');
      expect(visible(table), 'table shows').to.equal(size.width > 640);
      await expect(page).to.be.accessible();
    });
  }

  it('the CDN unreachable (scripts run, the elements are never defined): the card opens by click, Enter and Space, axe finds nothing in it open, the contact links can be followed', async function () {
    this.timeout(HOOK_TIMEOUT_MS);
    await viewport({ width: 1280, height: 900 });
    const card = page.querySelector('#vi')!;
    await useWithoutScript(card, roles.receptionist.duties[0]);
    const summary = card.shadowRoot!.querySelector('summary')!;
    summary.click();
    expect(visible(card.shadowRoot!.querySelector('.details')), 'opened').to.equal(true);
    await expect(page).to.be.accessible();
    summary.click();
    expect(usableLinks(page.querySelector('#contact')!)).to.deep.equal([`https://zalo.me/${contact.zalo}`, `tel:+84${contact.phone.slice(1)}`]);
  });
});

/** What a prerendered element held before the hydrate file ran: its shadow root, its nodes and where they were. */
interface Before {
  root: ShadowRoot;
  wrapper: Element;
  nodes: Element[];
  rects: string[];
}

const where = (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  return `${node.localName}.${node.className} ${x},${y} ${width}×${height}`;
};
// The prerendered <style> is removed on purpose (its rules are adopted instead: src/internal/hydrate.ts).
const nodesOf = (root: ShadowRoot) => [...root.querySelectorAll('*')].filter((node) => node.localName !== 'style');

/** The elements the hydrate file takes over as they are: every one of SOURCE but <contact-float>. */
const KEPT = ['compare', 'vi', 'en', 'override'];
const OLD_CAPTION = 'Hai bộ phận';
const NEW_CAPTION = 'Tiền sảnh và hậu trường';

describe('prerendered markup, then front-office-widgets.hydrate.js', () => {
  const page = document.createElement('main');
  const prerendered = new Map<string, Before>();
  const warnings: string[] = [];
  const errors: string[] = [];
  const original = { warn: console.warn, error: console.error };
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
  let layoutShift: number | undefined;
  const el = (id: string) => page.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(`#${id}`)!;
  const root = (id: string) => el(id).shadowRoot!;

  before(async function () {
    this.timeout(HOOK_TIMEOUT_MS);
    const [main, edited, mismatch] = await Promise.all([
      prerender(SOURCE),
      prerender(`<office-compare id="edited-caption" caption="${OLD_CAPTION}"></office-compare><role-card id="edited" role-id="receptionist"></role-card>`),
      prerender('<role-card id="mismatch" role-id="customer-relations"></role-card>'),
    ]);
    // What an editor does to a pasted snippet without running the command again. Their fingerprints (the prerendered
    // attribute) no longer match, so the hydrate file must not keep the old text. A new caption leaves the templates as
    // they are: Lit alone would hydrate them silently with the old text, only the fingerprint tells.
    const editedMarkup = edited.replace(`caption="${OLD_CAPTION}"`, `caption="${NEW_CAPTION}"`).replace('role-id="receptionist"', 'role-id="customer-relations"');
    expect([editedMarkup.split('role-id=').length, editedMarkup.split(`caption="${NEW_CAPTION}"`).length], 'attributes edited once').to.deep.equal([2, 2]);
    // Templates that are not this version's under a fingerprint that is (hand-edited markup): Lit's hydration throws.
    const otherTemplates = mismatch.replace(/(<template shadowroot[^>]*><style>[\s\S]*?<\/style><!--lit-part )[^-]+-->/, '$1AAAAAAAAAAA=-->');
    expect(otherTemplates !== mismatch, 'the template digest was altered').to.equal(true);

    page.setHTMLUnsafe(`<h1>Front office là gì?</h1>${main}${editedMarkup}${otherTemplates}`);
    document.body.append(page);
    // A visitor opens one card before the script arrives (its native disclosure): it must stay open.
    page.querySelector('#override')!.shadowRoot!.querySelector('summary')!.click();
    for (const host of page.querySelectorAll('office-compare, role-card, contact-float')) {
      const shadow = host.shadowRoot!;
      expect(shadow, `#${host.id} has a declarative shadow root`).to.exist;
      const nodes = nodesOf(shadow);
      prerendered.set(host.id, { root: shadow, wrapper: shadow.querySelector('.fow')!, nodes, rects: [host, ...nodes].map(where) });
    }

    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    let observer: PerformanceObserver | undefined;
    // Layout Instability is Chromium's alone (https://developer.mozilla.org/en-US/docs/Web/API/LayoutShift#browser_compatibility):
    // elsewhere the node geometry compared below is the proof that nothing moved.
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      layoutShift = 0;
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) layoutShift! += entry.value;
      });
      observer.observe({ type: 'layout-shift' });
    }
    try {
      const url: string = HYDRATE;
      await import(url);
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('office-compare, role-card, contact-float')].map((host) => host.updateComplete));
      // Two frames: any shift the hydration caused has been laid out and reported.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      observer?.takeRecords();
    } finally {
      observer?.disconnect();
      Object.assign(console, original);
    }
  });
  after(() => {
    Object.assign(console, original);
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    page.remove();
  });

  it('<office-compare> and <role-card> keep every prerendered node, styled by adopted sheets', () => {
    expect(customElements.get('role-card'), 'defined by the hydrate file').to.exist;
    for (const id of KEPT) {
      const { root: shadowBefore, nodes } = prerendered.get(id)!;
      expect(root(id) === shadowBefore, `#${id}: the same shadow root`).to.equal(true);
      const after = nodesOf(root(id));
      expect(after.length, `#${id}: nodes`).to.equal(nodes.length);
      expect(nodes.length, `#${id}: nodes`).to.be.greaterThan(5);
      expect(
        after.every((node, i) => node === nodes[i]),
        `#${id}: every node kept, none drawn anew`,
      ).to.equal(true);
      expect(root(id).querySelectorAll('style').length, `#${id}: <style> elements`).to.equal(0);
      expect(root(id).adoptedStyleSheets.length, `#${id}: adopted sheets`).to.be.greaterThan(0);
    }
    expect(textOf(root('vi').querySelector('h3'))).to.equal(roles.receptionist.title);
    expect(textOf(root('en').querySelector('h3'))).to.equal(dataset.en.roles.sales.title);
    expect(textOf(root('override').querySelector('h3')), 'the JSON override, in the element as in the markup').to.equal(OVERRIDE_TITLE);
  });

  it('nothing moves: every kept node is where it was before the script', () => {
    for (const id of KEPT) {
      const { nodes, rects } = prerendered.get(id)!;
      // A <role-card>'s title: its native disclosure (shown without script) and its heading with the button (shown
      // once defined) swap; the one shown after must stand where the other stood, as large.
      const swapped = (node: Element) => Boolean(node.closest('.nojs, .heading'));
      const box = (place: string) => place.slice(place.lastIndexOf(' ', place.lastIndexOf(' ') - 1) + 1);
      const before = (selector: string) => box(rects[nodes.findIndex((node) => node.matches(selector)) + 1]);
      const now = (selector: string) => box(where(root(id).querySelector(selector)!));
      if (nodes.some(swapped)) {
        expect([now('.heading'), now('.heading button')], `#${id}: the title`).to.deep.equal([before('.nojs'), before('.nojs summary')]);
        expect(visible(root(id).querySelector('.nojs')), `#${id}: the native disclosure, once defined`).to.equal(false);
      }
      const kept = (list: string[]) => list.filter((_, i) => i === 0 || !swapped(nodes[i - 1]));
      expect(kept([el(id), ...nodes].map(where)), `#${id}`).to.deep.equal(kept(rects));
    }
    if (layoutShift !== undefined) expect(layoutShift, 'layout shift score').to.equal(0);
  });

  it('a <role-card> the visitor opened before the script stays open, its state now the element\'s', async () => {
    const card = el('override') as HTMLElement & { expanded: boolean; updateComplete: Promise<boolean> };
    await card.updateComplete;
    const toggle = root('override').querySelector('button[aria-expanded]')!;
    expect([card.expanded, card.hasAttribute('expanded'), toggle.getAttribute('aria-expanded'), visible(root('override').querySelector('.details'))]).to.deep.equal([true, true, 'true', true]);
    expect([el('vi'), el('en')].map((other) => (other as unknown as { expanded: boolean }).expanded), 'the others stay closed').to.deep.equal([false, false]);
    (toggle as HTMLElement).click();
    await card.updateComplete;
    expect([card.expanded, visible(root('override').querySelector('.details'))], 'closed by its button').to.deep.equal([false, false]);
  });

  it('<role-card> opens by keyboard and closes by click: its handlers are bound', async () => {
    const card = el('vi');
    const toggle = root('vi').querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const details = root('vi').querySelector<HTMLElement>('.details')!;
    const events: boolean[] = [];
    card.addEventListener('role-card-toggle', (event) => events.push((event as CustomEvent<{ expanded: boolean }>).detail.expanded));
    expect([toggle.getAttribute('aria-expanded'), visible(details)]).to.deep.equal(['false', false]);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), visible(details)], 'after Enter').to.deep.equal(['true', true]);
    expect(textOf(details)).to.include(roles.receptionist.duties[0]);
    toggle.click();
    await card.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), visible(details)], 'after a click').to.deep.equal(['false', false]);
    expect(events).to.deep.equal([true, false]);
    expect(root('vi').querySelector('button[aria-expanded]') === toggle, 'the same button').to.equal(true);
  });

  it('<contact-float> is drawn anew (it depends on the visitor\'s clock and screen) and its menu works by keyboard and click', async () => {
    const float = el('contact');
    const shadow = root('contact');
    expect(shadow.querySelectorAll('.fow').length).to.equal(1);
    expect(shadow.querySelector('.fow') === prerendered.get('contact')!.wrapper, 'the prerendered wrapper is replaced').to.equal(false);
    const toggle = shadow.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(visible(toggle), 'its button shows').to.equal(true);
    expect([...shadow.querySelectorAll('a[href]')].filter(visible), 'links before opening').to.deep.equal([]);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await float.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'after Enter').to.equal('true');
    const links = [...shadow.querySelectorAll('a[href]')].filter(visible).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([`https://zalo.me/${contact.zalo}`, `tel:+84${contact.phone.slice(1)}`]);
    await sendKeys({ press: 'Escape' });
    await float.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'after Escape').to.equal('false');
    expect(shadow.activeElement === toggle, 'focus back on the button').to.equal(true);
    toggle.click();
    await float.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'after a click').to.equal('true');
    toggle.click();
    await float.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'after a second click').to.equal('false');
  });

  it('prerendered elements whose attributes were edited since show the new text once, silently', () => {
    const compare = root('edited-caption');
    expect(compare.querySelectorAll('.fow').length, '<office-compare> .fow wrappers').to.equal(1);
    const captions = [...compare.querySelectorAll('caption, figcaption')].map(textOf);
    expect(captions, '<office-compare> captions').to.deep.equal([NEW_CAPTION, NEW_CAPTION]);
    expect(textOf(compare)).not.to.include(OLD_CAPTION);

    const card = root('edited');
    expect(card.querySelectorAll('.fow').length, '<role-card> .fow wrappers').to.equal(1);
    expect(textOf(card.querySelector('h3'))).to.equal(roles['customer-relations'].title);
    expect(textOf(card)).not.to.include(roles.receptionist.title);
    for (const id of ['edited-caption', 'edited']) expect(root(id).querySelector('.fow') === prerendered.get(id)!.wrapper, `#${id} drawn anew`).to.equal(false);
    // Only the next test's card, whose templates are another version's, may warn.
    expect(warnings.filter((message) => !/does not match version/.test(message)), 'warnings').to.deep.equal([]);
    expect(warnings.length, 'warnings').to.be.at.most(1);
  });

  it("a prerendered <role-card> whose templates are not this version's is drawn anew once, with one warning, and works", async () => {
    const shadow = root('mismatch');
    expect(shadow.querySelectorAll('.fow').length, '.fow wrappers').to.equal(1);
    expect(textOf(shadow.querySelector('h3'))).to.equal(roles['customer-relations'].title);
    expect(shadow.querySelector('.fow') === prerendered.get('mismatch')!.wrapper, 'drawn anew').to.equal(false);
    expect(shadow.adoptedStyleSheets.length, 'adopted sheets').to.be.greaterThan(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<role-card> its prerendered markup does not match version /);
    const toggle = shadow.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await el('mismatch').updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('no console error, no uncaught exception', () => {
    expect(errors).to.deep.equal([]);
  });
});
