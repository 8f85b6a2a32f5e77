import { css } from '../../internal/css.js';

export default css`
  /* No margin of its own: spacing between cards belongs to the partner's grid or flex gap. */
  :host {
    display: block;
  }
  /* Unknown or missing role-id: nothing to show, and no empty box or grid gap either. */
  :host(:state(empty)) {
    display: none;
  }
  .fow {
    /* Fills a stretched grid or flex item, so cards in one row end at the same line. */
    height: 100%;
    padding: var(--role-card-padding, 16px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  /* Always h2–h6, bold by the browser's own style. */
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    /* Bleeds into the card padding so the focus ring has room and the title still lines up with the text below. */
    width: calc(100% + 12px);
    min-height: 32px;
    margin: 0 -6px;
    padding: 4px 6px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  /* The chevron: drawn with borders so it follows forced-colors and needs no icon bytes. */
  .toggle::after {
    content: '';
    flex: none;
    width: 9px;
    height: 9px;
    margin-inline-end: 6px;
    border: solid var(--_accent);
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle::after {
      transition: transform 0.2s;
    }
  }
  .toggle[aria-expanded=true]::after {
    transform: translateY(25%) rotate(225deg);
  }
  /* A partner's ::part(details) { display: … } must not open collapsed details. */
  .details[hidden] {
    display: none !important;
  }
  .summary {
    margin: 8px 0 0;
  }
  .subheading {
    margin: 16px 0 4px;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.4;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 2px;
  }
  .note {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  li::marker {
    color: var(--_accent);
  }
  @media print {
    .fow {
      box-shadow: none;
      break-inside: avoid;
    }
    /* Paper cannot be clicked open. */
    .details[hidden] {
      display: block !important;
    }
    .toggle::after {
      display: none;
    }
  }
`;
