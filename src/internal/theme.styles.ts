import { unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/**
 * Default token values per theme. Dark is written once and used twice: for
 * `theme="dark"` and for `theme="auto"` under `prefers-color-scheme: dark`.
 * Every text/background pair passes WCAG AA (4.5:1) in both themes.
 */
const dark = css`
  --_d-accent: #8ab4f8;
  --_d-on-accent: #0b1d3a;
  --_d-surface: #1f2328;
  --_d-surface-alt: #2b3036;
  --_d-text: #e6e8eb;
  --_d-muted: #b4bcc6;
  --_d-border: #59616b;
  color-scheme: dark;
`;

/**
 * Styles every element starts with. `prefix` is the element's tag, so its own
 * `--<tag>-accent` wins over the global `--fow-accent`, which wins over the theme.
 * The element renders everything inside one `.fow` wrapper that carries the
 * theme class and the resolved `lang`. Motion is each element's own and only
 * under `prefers-reduced-motion: no-preference`, so nothing here stops it.
 */
export function baseStyles(prefix: string): CSSResult {
  const p = unsafeCSS(`--${prefix}`);
  return css`
    :host {
      /* Sizes use em and px, never rem: partner sites set html { font-size: 62.5% }. */
      font-size: var(${p}-font-size, var(--fow-font-size, 1em));
    }
    /* Inherited text properties of the host page stop here. Again on the wrapper, because a
       theme rule that selects the host itself (.entry-content *, body > *) beats :host. */
    :host,
    .fow {
      color: initial;
      font-style: normal;
      font-weight: 400;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      overflow-wrap: break-word;
      -webkit-text-size-adjust: 100%;
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
      --_d-accent: #0b57d0;
      --_d-on-accent: #fff;
      --_d-surface: #fff;
      --_d-surface-alt: #f1f4f8;
      --_d-text: #1f2937;
      --_d-muted: #4b5563;
      --_d-border: #b8c2cc;
      color-scheme: light;
      --_accent: var(${p}-accent, var(--fow-accent, var(--_d-accent)));
      --_on-accent: var(${p}-on-accent, var(--fow-on-accent, var(--_d-on-accent)));
      --_surface: var(${p}-surface, var(--fow-surface, var(--_d-surface)));
      --_surface-alt: var(${p}-surface-alt, var(--fow-surface-alt, var(--_d-surface-alt)));
      --_text: var(${p}-text, var(--fow-text, var(--_d-text)));
      --_muted: var(${p}-muted, var(--fow-muted, var(--_d-muted)));
      --_border: var(${p}-border, var(--fow-border, var(--_d-border)));
      --_radius: var(${p}-radius, var(--fow-radius, 8px));
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
