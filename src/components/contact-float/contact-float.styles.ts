import { css } from '../../internal/css.js';

export default css`
  :host {
    /* The host takes no room in the page: only the fixed dock inside is drawn. */
    display: contents;
  }
  [hidden] {
    display: none !important;
  }
  .dock {
    --_x: var(--contact-float-offset-x, 16px);
    --_y: var(--contact-float-offset-y, 16px);
    position: fixed;
    /* Above page content and sticky headers, below the 2147483647 that consent banners use. */
    z-index: var(--contact-float-z-index, 2147483000);
    bottom: calc(var(--_y) + env(safe-area-inset-bottom, 0px));
    right: calc(var(--_x) + env(safe-area-inset-right, 0px));
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 8px;
    max-width: calc(100vw - 2 * var(--_x));
  }
  .left {
    right: auto;
    left: calc(var(--_x) + env(safe-area-inset-left, 0px));
    align-items: flex-start;
  }
  /* The toggle comes first for keyboard order; the menu opens above it. */
  .multi {
    flex-direction: column-reverse;
  }
  .row,
  li {
    display: flex;
    gap: 8px;
  }
  svg {
    flex: none;
    width: 24px;
    height: 24px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  a,
  button {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 48px;
    min-height: 48px;
    margin: 0;
    padding: 10px 12px 10px 10px;
    /* Transparent borders become visible outlines in forced-colours mode. */
    border: 2px solid transparent;
    border-radius: 24px;
    background: none;
    font: inherit;
    color: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .fab,
  .copy,
  .menu,
  .dock > .note:not(:empty) {
    box-shadow: var(--_shadow);
  }
  .fab {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .copy,
  .menu,
  .note {
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .menu,
  .note {
    border-radius: var(--_radius);
  }
  .menu {
    padding: 6px;
    max-width: min(24em, 100%);
    max-height: calc(100vh - 2 * var(--_y) - 72px);
    overflow: auto;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    flex-wrap: wrap;
    align-items: center;
    gap: 0;
  }
  .channel {
    flex: auto;
    gap: 12px;
    border-radius: calc(var(--_radius) - 2px);
  }
  .channel svg {
    color: var(--_accent);
  }
  li .copy {
    box-shadow: none;
  }
  .channel:hover,
  li .copy:hover {
    background: var(--_surface-alt);
  }
  .note {
    flex: 1 0 100%;
    max-width: 24em;
    margin: 0;
    padding: 8px 12px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  li .note {
    padding: 0 12px 8px 46px;
    border: 0;
  }
  .note strong {
    color: var(--_text);
  }
  .note:empty {
    padding: 0;
    border: 0;
  }
  /* On a phone the button is a 48 px circle: the label stays its accessible name but covers no text. */
  @media (max-width: 479.98px) {
    .fab [part~='label'] {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .fab {
      padding: 10px;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    /* Three rings of 1.5 s: over before WCAG's 5 s limit on moving content. */
    .attention {
      animation: ring 1.5s 3;
    }
  }
  @keyframes ring {
    to {
      box-shadow: var(--_shadow), 0 0 0 16px #0000;
    }
    from {
      box-shadow: var(--_shadow), 0 0 0 0 var(--_accent);
    }
  }
  @media print {
    .dock {
      display: none;
    }
  }
`;
