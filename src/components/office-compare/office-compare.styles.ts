import { css } from '../../internal/css.js';

export default css`
  :host {
    display: block;
    /* The layout follows the element's own width, so it also stacks in a desktop sidebar. */
    container-type: inline-size;
    /* Containment makes the content width 0: in a flex row or a fit-content box the element would
       vanish. Ask for the table's width there instead, and let a narrow flex row shrink it. */
    contain-intrinsic-inline-size: 40em;
    min-width: 0;
  }
  .fow {
    --_head: var(--office-compare-header-background, var(--_surface-alt));
    --_zebra: var(--office-compare-zebra, color-mix(in srgb, var(--_surface-alt) 55%, var(--_surface)));
    --_hl: var(--office-compare-highlight, var(--_accent));
    --_tint: color-mix(in srgb, var(--_hl) 12%, var(--_surface));
    --_pad: var(--office-compare-cell-padding, 0.75em);
    --_inner-radius: calc(var(--_radius) - 1px);
    /* The theme sets the text colour, so it sets the ground too: light text on a light page would vanish. */
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  table,
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    width: 100%;
    /* Equal text columns whatever their lengths; long words wrap instead of widening the table. */
    table-layout: fixed;
    border-spacing: 0;
  }
  caption,
  figcaption {
    padding-bottom: 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
    text-align: start;
  }
  th,
  td {
    padding: var(--_pad);
    border: 0 solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  thead th {
    background: var(--_head);
  }
  thead th:first-child {
    /* cqi, not %: tables treat a percentage mixed into clamp() as auto. */
    width: clamp(7em, 24cqi, 13em);
    /* The table's rounded border would show square cell backgrounds at its corners. */
    border-start-start-radius: var(--_inner-radius);
  }
  tbody > tr > * {
    border-top-width: 1px;
  }
  tr > * + * {
    border-inline-start-width: 1px;
  }
  tbody tr:nth-child(even) > * {
    background: var(--_zebra);
  }
  thead th:last-child {
    border-start-end-radius: var(--_inner-radius);
  }
  tbody tr:last-child > :first-child {
    border-end-start-radius: var(--_inner-radius);
  }
  tbody tr:last-child > :last-child {
    border-end-end-radius: var(--_inner-radius);
  }
  .hl-front .front,
  .hl-back .back {
    background: var(--_tint);
  }
  span {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.5em;
    /* Transparent until forced colours paint it: the label stays a visible box there. */
    border: 1px solid transparent;
    border-radius: 1em;
    background: var(--_hl);
    color: var(--_accent-contrast);
    font-size: 0.8125em;
    font-weight: 700;
  }
  figure,
  dl,
  dd {
    margin: 0;
  }
  .item {
    margin-top: 0.75em;
    overflow: hidden;
  }
  .item > :first-child {
    margin: 0;
    padding: var(--_pad);
    background: var(--_head);
    font-size: 1.0625em;
    line-height: 1.4;
  }
  dl > div {
    padding: var(--_pad);
    border-top: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
  }
  .hl-front dl > .front,
  .hl-back dl > .back {
    border-inline-start-color: var(--_hl);
  }
  dt {
    font-weight: 700;
  }
  /* 40em keeps about 30 characters a line in each text column of the table; narrower, the
     stacked layout reads better. The hidden structure is display:none, so it is not read out. */
  .auto figure {
    display: none;
  }
  @container (width < 40em) {
    .auto table {
      display: none;
    }
    .auto figure {
      display: block;
    }
  }
  @media print {
    .fow {
      --_surface: #fff;
      --_head: #fff;
      --_zebra: #fff;
      --_tint: #fff;
      --_hl: #000;
      --_text: #000;
      --_border: #000;
    }
    span {
      border-color: currentColor;
      background: none;
      color: inherit;
    }
    .hl-front td.front,
    .hl-back td.back {
      border-inline-start-width: 3px;
    }
    tr,
    .item {
      break-inside: avoid;
    }
  }
`;
