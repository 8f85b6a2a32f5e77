import { html, type TemplateResult } from 'lit';

/**
 * Inline stroke icons (24 × 24): no icon font or image request, and they take
 * `currentColor`, so they follow the theme and forced colours.
 */
const BUBBLE = 'M12 3C6.5 3 2 6.8 2 11.5c0 2.5 1.3 4.8 3.4 6.3L5 21l3.7-1.8c1 .3 2.1.5 3.3.5 5.5 0 10-3.8 10-8.5S17.5 3 12 3z';
export const CHAT = `${BUBBLE}M8 11.5h.01M12 11.5h.01M16 11.5h.01`;
export const CLOSE = 'M6 6l12 12M18 6 6 18';
export const COPY = 'M9 9h11v11H9zM5 15H4V4h11v1';
export const CHANNEL_ICONS = {
  zalo: `${BUBBLE}M8.5 9h7l-7 6h7`,
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2',
  messenger: `${BUBBLE}M7 13.5l3.5-3.5 3 2.5 3.5-3.5`,
  email: 'M3 5h18v14H3zM3 6l9 7 9-7',
};

export const icon = (d: string): TemplateResult =>
  html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
