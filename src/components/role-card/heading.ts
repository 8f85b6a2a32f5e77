import { html, type TemplateResult } from 'lit';

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A heading of `level` with `name` as its class and part. Real `h2`–`h6` elements rather than
 * `role="heading"`, because every reader and outline tool knows them; below `h6` (the sections of
 * a card at level 6) HTML has no element, so ARIA's `aria-level` carries on.
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
