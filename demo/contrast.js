/**
 * WCAG 2.2 contrast, measured on colours as the browser resolved them. Shared by the
 * configurator (it warns an editor whose colours fall below AA) and test/theme.test.ts (which
 * holds the default colours and the theme files to AA), so both judge with the same arithmetic.
 */

// The browser parses the colours and composites the translucent ones: getComputedStyle gives rgb(),
// rgba(), oklch() or, from color-mix(), color(srgb …); a 1×1 canvas turns any of them into sRGB
// bytes, so no colour parser is written here.
let context;
const canvas = () =>
  (context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true }));

/** The colour seen when `layers` are painted over one another, the first (opaque) at the bottom, as [r, g, b]. */
export function flatten(...layers) {
  const ctx = canvas();
  ctx.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    // An unparsable layer leaves fillStyle as it was: black, rather than the previous layer again.
    ctx.fillStyle = '#000';
    ctx.fillStyle = layer;
    ctx.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

// https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
const linear = (byte) => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** The contrast ratio of two [r, g, b] colours, from 1 to 21. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The token pairs the elements put together, with the ratio WCAG AA asks of each: text 4.5:1,
 * borders and the focus ring 3:1 (src/internal/theme.styles.ts promises the same of its defaults).
 * Hover backgrounds and a partner's own markup can bring any of them together, so all are checked,
 * not only those on screen.
 */
export const TOKEN_PAIRS = [
  ...['surface', 'surface-alt'].flatMap((background) => [
    ...['text', 'muted', 'accent'].map((foreground) => ({ foreground, background, minimum: 4.5 })),
    { foreground: 'border', background, minimum: 3 },
  ]),
  { foreground: 'accent-contrast', background: 'accent', minimum: 4.5 },
  { foreground: 'focus-ring', background: 'surface', minimum: 3 },
];

/**
 * The resolved value of each colour token of a rendered element (its own `--<tag>-*`, else the global
 * `--fow-*`, else the theme's default) as the CSS colour text, or null before it has rendered.
 */
export function tokenValues(el) {
  const wrapper = el.shadowRoot?.querySelector('.fow');
  if (!wrapper) return null;
  const style = getComputedStyle(wrapper);
  const values = {};
  for (const name of ['surface', 'surface-alt', 'text', 'muted', 'accent', 'accent-contrast', 'border']) values[name] = style.getPropertyValue(`--_${name}`).trim();
  // The focus ring is an `outline` shorthand, not a colour: a probe resolves it, with the default the styles give.
  const ring = style.getPropertyValue(`--${el.localName}-focus-ring`).trim() || style.getPropertyValue('--fow-focus-ring').trim() || `3px solid ${values.accent}`;
  const probe = document.createElement('div');
  probe.style.cssText = `position:absolute;visibility:hidden;color:${values.text}`;
  probe.style.outline = ring;
  document.body.append(probe);
  values['focus-ring'] = getComputedStyle(probe).outlineColor;
  probe.remove();
  return values;
}

/**
 * The pairs of TOKEN_PAIRS below their minimum for `el` on a page of colour `page`, each with its ratio;
 * empty when all pass. Each background is painted as it is in the elements (surface on the page,
 * surface-alt and the accent on the surface), then each foreground over its own background, so
 * translucent colours count as a visitor sees them.
 */
export function tokenContrastFailures(el, page = '#fff') {
  const values = tokenValues(el);
  if (!values) return [];
  const surface = flatten(page, values.surface);
  const painted = {
    surface,
    'surface-alt': flatten(`rgb(${surface})`, values['surface-alt']),
    accent: flatten(`rgb(${surface})`, values.accent),
  };
  return TOKEN_PAIRS.map((pair) => {
    const background = painted[pair.background];
    return { ...pair, ratio: contrast(flatten(`rgb(${background})`, values[pair.foreground]), background) };
  }).filter((pair) => pair.ratio < pair.minimum);
}
