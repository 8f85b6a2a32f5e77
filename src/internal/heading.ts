import { html, type TemplateResult } from 'lit';

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The `heading-level` attribute as a number, but what is not a number stays text so the
 * warning can quote it as written; an empty attribute counts as absent, and removing it
 * goes back to the default, 3.
 */
export const headingLevelConverter = {
  fromAttribute: (value: string | null) => (value == null ? 3 : /^\s*\d+\s*$/.test(value) ? +value : value),
};

/** The level to render: `value` when it is 2–6, else 3 with the warning `warn` gives (once per value). */
export function levelOf(value: unknown, oneOf: (attribute: string, value: unknown, accepted: readonly string[], fallback: string) => string): HeadingLevel {
  return +oneOf('heading-level', value == null ? value : String(value), HEADING_LEVELS, '3') as HeadingLevel;
}

/**
 * A heading of `level` with `name` as its class and part. Real `h2`–`h6` elements rather than
 * `role="heading"`, because every reader and outline tool knows them (Lit cannot bind a tag
 * name, and `lit/static-html` costs more than five small templates); below `h6` (the sections
 * of a card at level 6) HTML has no element, so ARIA's `aria-level` carries on.
 */
export function heading(level: number, name: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${name} part=${name}>${content}</h2>`;
    case 3:
      return html`<h3 class=${name} part=${name}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name}>${content}</h6>`;
    default:
      return html`<div class=${name} part=${name} role="heading" aria-level=${level}>${content}</div>`;
  }
}
