import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` tag without its check that every `${…}` is itself a `css` result. Our styles and
 * what they interpolate are constants of this library, never page input, and dropping Lit's tag
 * lets the CDN build leave out its code and error message (about 0.1 KB gzipped per file).
 * Named `css` so scripts/minify-literals.mjs minifies these literals as before.
 */
export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  unsafeCSS(strings.reduce((text, part, i) => text + values[i - 1] + part));
