import { html, type TemplateResult } from 'lit';
import type { Criterion } from '../../data/types.js';

/**
 * A real `<h2>`…`<h6>` rather than `role="heading"`: Lit cannot bind a tag name, and
 * `lit/static-html` would cost more bytes than these five small templates.
 */
export const heading = (level: number, text: string): TemplateResult =>
  level === 2
    ? html`<h2 part="row-header">${text}</h2>`
    : level === 4
      ? html`<h4 part="row-header">${text}</h4>`
      : level === 5
        ? html`<h5 part="row-header">${text}</h5>`
        : level === 6
          ? html`<h6 part="row-header">${text}</h6>`
          : html`<h3 part="row-header">${text}</h3>`;

/**
 * The criteria a `criteria="focus,visibility"` list asks for, in its order. Unknown ids are
 * skipped with one warning naming the valid ids; when none is known, all criteria are shown.
 */
export function pickCriteria(all: Criterion[], list: string | null | undefined, warn: (message: string) => void): Criterion[] {
  const ids = [...new Set((list ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  if (!ids.length) return all;
  const picked = all.filter((row) => ids.includes(row.id)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  const unknown = ids.filter((id) => !all.some((row) => row.id === id));
  if (unknown.length) {
    warn(
      `criteria="${list}" is not valid: unknown id ${unknown.join(', ')}; accepted values: ${all.map((row) => row.id).join(', ')}. ${picked.length ? 'Skipping the unknown ones' : 'Showing all criteria'}.`,
    );
  }
  return picked.length ? picked : all;
}
