import { unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/**
 * The themed tokens: name, light default, dark default. A theme changes only these
 * defaults (`--_d-*`); every rule reads the resolved `--_<name>`. Dark is used twice:
 * for `theme="dark"` and for `theme="auto"` under `prefers-color-scheme: dark`.
 * Every pair meets WCAG AA in both themes (test/theme.test.ts measures it): text,
 * muted and accent 4.5:1 on surface, surface-alt and the blends of them;
 * accent-contrast 4.5:1 on accent; border 3:1 on every background it separates.
 * Black shadows barely show on a dark page: the dark one is denser. The radius is the
 * same in both; it is here so that it resolves like the others.
 * A table rather than CSS, because the CSS names each token four times: about 70 bytes
 * gzipped off the all-in-one file, 20–30 off each single-element file.
 */
const TOKENS = [
  ['accent', '#0b57d0', '#8ab4f8'],
  ['accent-contrast', '#fff', '#0b1d3a'],
  ['surface', '#fff', '#1f2328'],
  ['surface-alt', '#f1f4f8', '#2b3036'],
  ['text', '#1f2937', '#e6e8eb'],
  ['muted', '#4b5563', '#b4bcc6'],
  ['border', '#77818e', '#7d8590'],
  ['shadow', '0 2px 8px #0003', '0 2px 8px #0009'],
  ['radius', '8px', '8px'],
] as const;
const defaults = (theme: 1 | 2) => unsafeCSS(TOKENS.map((token) => `--_d-${token[0]}:${token[theme]};`).join(''));
const dark = css`${defaults(2)}color-scheme: dark;`;

/**
 * Styles every element starts with. `prefix` is the element's tag, so its own
 * `--<tag>-accent` wins over the global `--fow-accent`, which wins over the theme.
 * The element renders everything inside one `.fow` wrapper that carries the
 * theme class and the resolved `lang`. Motion is each element's own and only
 * under `prefers-reduced-motion: no-preference`, so nothing here stops it.
 */
export function baseStyles(prefix: string): CSSResult {
  const p = unsafeCSS(`--${prefix}`);
  // Built outside the literal: scripts/minify-literals.mjs skips a literal whose `${…}` holds a template.
  const resolved = unsafeCSS(TOKENS.map(([name]) => `--_${name}:var(--${prefix}-${name},var(--fow-${name},var(--_d-${name})));`).join(''));
  return css`
    /*
     * The host page reaches inside only through inherited properties. \`all\` resets every one of them (and every
     * property a browser adds later) to its initial value, on the host and again on the wrapper, because a page rule
     * that selects the host itself (.entry-content *, body > *) beats :host. What inherits by design: the font family
     * and size, and visibility, so that a page can still hide its panels (an inert ancestor keeps working: it is not CSS). \`all\` leaves
     * out direction and unicode-bidi: both locales are left to right, isolated within a right-to-left page.
     * The wrapper is an inline-block: a page's text-decoration propagates into every in-flow block and cannot be
     * switched off by a descendant, only atomic inlines (and out-of-flow boxes) stop it. Top-aligned, it adds no gap.
     * :where() keeps the wrapper's rule below every other rule here, box-sizing included.
     */
    :host,
    :where(.fow) {
      all: initial;
      font-family: inherit;
      font-size: inherit;
      visibility: inherit;
      direction: ltr;
      unicode-bidi: isolate;
      line-height: 1.5;
      overflow-wrap: break-word;
      -webkit-text-size-adjust: 100%;
      /* Left out of all in Chromium and WebKit: inside a contenteditable page our text would be editable. */
      -webkit-user-modify: read-only;
    }
    :where(.fow) {
      display: inline-block;
      vertical-align: top;
      width: 100%;
    }
    :host {
      /* Sizes use em and px, never rem: partner sites set html { font-size: 62.5% }. */
      font-size: var(${p}-font-size, var(--fow-font-size, 1em));
      /* The wrapper sits on the host's only line: a theme's .entry-content > * { text-indent } would push it right.
         Important in a shadow tree's own rule beats the page's rules, important or not. */
      text-indent: 0 !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    ::before,
    ::after {
      box-sizing: border-box;
    }
    .fow {
      ${defaults(1)}
      color-scheme: light;
      ${resolved}
      /* Unset tokens make this invalid at computed-value time, so the host's font is inherited. */
      font-family: var(${p}-font-family, var(--fow-font-family));
      color: var(--_text);
    }
    .theme-dark {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      .theme-auto {
        ${dark}
      }
    }
    :focus-visible {
      outline: var(${p}-focus-ring, var(--fow-focus-ring, 3px solid var(--_accent)));
      outline-offset: 2px;
    }
  `;
}
