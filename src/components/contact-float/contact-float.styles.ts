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
    width: auto;
    flex-direction: column;
    align-items: flex-end;
    gap: 8px;
    /* + var(--_0): see the phone layout below. */
    max-width: calc(100vw + var(--_0) - 2 * var(--_x));
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
    max-height: calc(100vh + var(--_0) - 2 * var(--_y) - 72px);
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
  /*
   * Phone (under 480 px): a 48 px circle whose label stays its accessible name but shows no text. Switched by viewport
   * units, not @media (max-width): WebKit shares a style resolver among shadow trees with the same sheets and, while
   * none is on the page, a resize neither re-evaluates its media queries nor drops the styles it cached with viewport
   * units (didChangeViewportSize in https://github.com/WebKit/WebKit/blob/main/Source/WebCore/style/StyleScope.cpp),
   * so an element created after the viewport narrowed kept the wide layout and width. Styles with container units are
   * never cached (MatchedDeclarationsCache::isCacheable): hence + var(--_0), 0cqw (0 with or without a container)
   * where container units exist, 0px in older browsers, which would drop a whole declaration with 0cqw in it.
   * --_w is 1px under 480 px and 1e5px (no limit) from 480 px on.
   */
  .dock {
    --_0: 0px;
  }
  @supports (width: 0cqw) {
    .dock {
      --_0: 0cqw;
    }
  }
  .fab {
    --_w: clamp(1px, (100vw + var(--_0) - 479.98px) * 1e5, 1e5px);
    padding-right: clamp(10px, var(--_w), 12px);
  }
  /*
   * A 1×1 px box, not 0×0, as in the usual visually-hidden pattern: some screen readers skip empty boxes. Its margin
   * takes back that pixel and the gap so the icon sits centred (either direction); the clip hides the text, which
   * overflows the box, and clips nothing from 480 px on, where overflow: hidden could cut stacked diacritics (Ỗ).
   */
  .fab [part~=label] {
    max-width: var(--_w);
    max-height: var(--_w);
    margin-inline-start: min(0px, var(--_w) - 10px);
    clip-path: circle(calc(var(--_w) - 1px));
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
