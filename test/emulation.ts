// Media emulation and viewport sizes that work in Chromium, Firefox and WebKit: the page's half of
// scripts/wtr-emulation.mjs, which says how each engine is driven. Every change is checked in the page before the
// test goes on, so an engine that ignored it fails the test instead of passing it by accident.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'no-preference' | 'reduce';
}

export interface Viewport {
  width: number;
  height: number;
}

/** What a test may pass: the value alone, or after the calling test (`emulate(this, …)`, the form older tests use). */
type ForTest<T> = [T] | [Mocha.Context, T];
const valueOf = <T>(args: ForTest<T>): T => (args.length === 2 ? args[1] : args[0]);

const DEFAULT_MEDIA: Required<Media> = { media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' };
let current: Required<Media> = { ...DEFAULT_MEDIA };

/** Emulates these media features, keeping the others as they are, and waits until the page matches them. */
export async function emulate(...args: ForTest<Media>): Promise<void> {
  await apply({ ...current, ...valueOf(args) });
}

/** From hooks: screen, light, no reduced motion, then `media` on top. */
export async function resetMedia(media: Media = {}): Promise<void> {
  await apply({ ...DEFAULT_MEDIA, ...media });
}

/** Sets the viewport and waits until the page has it. */
export async function viewport(...args: ForTest<Viewport>): Promise<void> {
  const { width, height } = valueOf(args);
  const reached = await executeServerCommand<Viewport, Viewport>('fow-viewport', { width, height });
  if (reached.width !== width || reached.height !== height) {
    throw new Error(`viewport ${width}×${height}: the browser window only reached ${reached.width}×${reached.height}`);
  }
  await until(`viewport ${width}×${height}`, () => (innerWidth === width && innerHeight === height ? '' : `the page is ${innerWidth}×${innerHeight}`));
}

/** From hooks and `finally`: the runner's default viewport, or `size`. */
export async function resetViewport(size: Viewport = { width: 800, height: 600 }): Promise<void> {
  await viewport(size);
}

async function apply(next: Required<Media>): Promise<void> {
  const { print } = await executeServerCommand<{ print: 'emulated' | 'simulated' }, Required<Media>>('fow-emulate-media', next);
  simulatePrint(print === 'simulated' && next.media === 'print');
  current = next;
  const expected: [string, boolean][] = [
    ['print', next.media === 'print'],
    ['(prefers-color-scheme: dark)', next.colorScheme === 'dark'],
    ['(prefers-reduced-motion: reduce)', next.reducedMotion === 'reduce'],
  ];
  await until(`media ${JSON.stringify(next)}`, () =>
    expected
      .filter(([query, matches]) => matchMedia(query).matches !== matches)
      .map(([query, matches]) => `${query} ${matches ? 'does not match' : 'still matches'}`)
      .join(', '),
  );
}

/** Polls `mismatch` (empty when all is as asked) for up to 3 s: engines apply some changes after the driver returns. */
async function until(what: string, mismatch: () => string): Promise<void> {
  const deadline = performance.now() + 3000;
  for (let wrong = mismatch(); wrong; wrong = mismatch()) {
    if (performance.now() > deadline) throw new Error(`${what} did not take effect: ${wrong}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/*
 * Print media in WebKit, simulated in the page. WebKitWebDriver cannot emulate a media type: classic WebDriver has no
 * media emulation (https://github.com/w3c/webdriver/issues/1693), and WebKit's Web Inspector, which can, accepts one
 * client per browser, which WebKitWebDriver already is. So while a test asks for print, every @media rule of the page
 * (in the document's style sheets and in every open shadow root's, including sheets adopted later, as Lit adopts them
 * for elements created afterwards) is rewritten to what it evaluates to on paper (`print` → `all`, `screen` → `not all`,
 * the rest of each query kept), and matchMedia answers the same way. Everything is restored when print ends.
 *
 * What this proves: the element's own print rules exist, parse in WebKit and give the asserted computed styles in
 * WebKit's cascade; removing or breaking them fails the test in WebKit as in the other engines.
 * What it does not: that WebKit's print layout honours them (pagination, break-inside, dropped backgrounds), nor
 * beforeprint/afterprint or MediaQueryList change events, nor style sheets added other than by adoption after the
 * switch. Chromium and Firefox emulate print for real, so those tests run there unsimulated.
 */
const screenTexts = new Map<CSSMediaRule, string>();
let endPrint: (() => void) | undefined;

function simulatePrint(on: boolean): void {
  if (!on) {
    endPrint?.();
    endPrint = undefined;
    return;
  }
  if (endPrint) return;
  const realMatchMedia = window.matchMedia;
  const adoption = [Document.prototype, ShadowRoot.prototype].map((proto) => [proto, Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets')!] as const);
  for (const [proto, descriptor] of adoption) {
    Object.defineProperty(proto, 'adoptedStyleSheets', {
      ...descriptor,
      set(this: Document | ShadowRoot, sheets: CSSStyleSheet[]) {
        descriptor.set!.call(this, sheets);
        sheets.forEach(rewriteForPaper);
      },
    });
  }
  window.matchMedia = (query: string) => realMatchMedia.call(window, onPaper(query));
  for (const root of roots(document)) [...root.styleSheets, ...root.adoptedStyleSheets].forEach(rewriteForPaper);
  endPrint = () => {
    for (const [proto, descriptor] of adoption) Object.defineProperty(proto, 'adoptedStyleSheets', descriptor);
    window.matchMedia = realMatchMedia;
    for (const [rule, text] of screenTexts) rule.media.mediaText = text;
    screenTexts.clear();
  };
}

function* roots(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) yield* roots(element.shadowRoot);
}

function rewriteForPaper(group: CSSStyleSheet | CSSGroupingRule): void {
  let rules: CSSRuleList;
  try {
    rules = group.cssRules;
  } catch {
    return; // A cross-origin sheet: none of ours.
  }
  for (const rule of rules) {
    if (rule instanceof CSSImportRule && rule.styleSheet) rewriteForPaper(rule.styleSheet);
    if (rule instanceof CSSMediaRule && !screenTexts.has(rule)) {
      const paper = onPaper(rule.media.mediaText);
      if (paper !== rule.media.mediaText) {
        screenTexts.set(rule, rule.media.mediaText);
        rule.media.mediaText = paper;
      }
    }
    if (rule instanceof CSSGroupingRule) rewriteForPaper(rule);
  }
}

/** A media query list as it evaluates on paper: its media types resolved, its media features left to the engine. */
function onPaper(queries: string): string {
  // The engine's own parser splits the list and normalises each query (`@media PRINT` → "print").
  const list = new CSSStyleSheet({ media: queries }).media;
  return Array.from(list, (query) => {
    const parsed = /^(not |only )?(print|screen)(?: and (.+))?$/i.exec(query);
    if (!parsed) return query;
    const [, prefix, type, condition] = parsed;
    const typeMatches = type.toLowerCase() === 'print';
    if (prefix?.trim().toLowerCase() === 'not') {
      // `not T and C` is `not (T and C)`.
      if (!typeMatches) return 'all';
      return condition ? `not all and ${condition}` : 'not all';
    }
    if (!typeMatches) return 'not all';
    return condition ? `all and ${condition}` : 'all';
  }).join(', ');
}
