/**
 * Which CSS properties inherit, asked of the browser running the test rather than written from memory: every property
 * `getComputedStyle` lists is given a non-initial value on a parent, and a child that takes the parent's new value
 * inherits it. A property the browser adds later is found the same way, so it fails the host-isolation tests instead
 * of leaking into the elements unnoticed; one for which no value below changes anything is reported as undetermined,
 * which fails too (add a value it accepts).
 */

/**
 * Values to try, first match wins: the ones that change a rendering most come first (a right-to-left, small-caps,
 * break-all page), so the hostile page they build is as hostile as it can be; the rest only need to be accepted.
 */
const CANDIDATES = [
  'rtl', 'vertical-rl', 'break-all', 'anywhere', 'small-caps', 'uppercase', 'italic', '700', 'pre', 'right', 'bottom',
  'hide', 'square inside', 'upright', 'balance', 'auto', 'manual', 'condensed', '"liga" 0', '"wght" 500', '0.7', '3',
  '5px', '3px 5px', 'rgb(255, 0, 255)', 'dotted', 'filled circle', 'under right', 'under', 'center', 'justify', 'end',
  'nowrap', 'pre-wrap', 'preserve', 'sideways', 'collapse', 'show', 'circle', '"«" "»"', 'crosshair', 'stroke',
  'pixelated', 'optimizeLegibility', 'geometricPrecision', 'optimizeSpeed', 'evenodd', 'round', 'bevel', 'dark',
  'strict', 'keep-all', 'break-word', 'wavy', 'from-font', 'always', 'alternate', 'all', 'inert', 'none', 'hidden',
  'visible', 'read-write', 'read-write-plaintext-only', 'visual', 'disc', 'inter-character', 'exact', 'economy',
  'compact', 'space', 'no-autospace', 'space-all', 'polite', 'first', 'last', 'sideways-right', 'mixed', 'horizontal',
  '"x"', '"tr"', 'url(#x)', 'linearRGB', 'sRGB', 'standard', 'high', 'stable', 'both', 'text', 'off', 'on', '50%', '2',
  '0', '1', 'normal', 'start', 'left', 'top', 'block', 'inline', 'grayscale', 'antialiased', 'subpixel-antialiased',
  'spell-out', 'digits', 'literal-punctuation', 'no-punctuation', 'loose', 'ideographic', 'clip', 'ellipsis',
  // Values only non-inherited properties take: each settles one more property, so fewer are left undetermined.
  'inside', 'underline', '1s', 'paused', 'ease-in', 'add', 'fixed', 'multiply', 'content-box', 'clone', 'avoid',
  'static', 'rect(1px, 2px, 3px, 4px)', 'size', 'path("M0 0")', 'content', 'column', 'historical-forms', 'ruby',
  'ordinal', 'super', 'content-width', 'allow-keywords', 'isolate', 'subtract', 'luminance', 'inset(1px)', '1deg',
  'absolute', 'most-width', 'flex-visual', 'smooth', 'nearest', 'before', '--x', 'red blue', 'trim-start',
  'rotate(1deg)', 'fill-box', 'preserve-3d', 'allow-discrete', 'non-scaling-stroke', 'drag', 'reverse', 'vertical',
  'after', 'grow', 'circle()', 'over', 'border-box', 'alpha', 'thin', 'wrap', 'margin-box', '90deg', 'multiple', 'auto-hide', 'edges', 'contain', 'reset',
];

export interface InheritedProperties {
  /** Every inherited property, with the first value that changed it on the parent (non-initial). */
  inherited: Map<string, string>;
  /** How many properties the browser lists. */
  listed: number;
  /** Properties no value above could change: whether they inherit is unknown. */
  undetermined: string[];
}

let cached: InheritedProperties | undefined;

export function inheritedProperties(): InheritedProperties {
  if (cached) return cached;
  // Not rendered: getComputedStyle then gives computed values, not used ones (a child's width would follow its parent's).
  const box = document.createElement('div');
  box.style.display = 'none';
  const parent = box.appendChild(document.createElement('div'));
  // Widths count only with a style: these make them settable, and nothing that the child could inherit.
  const baseline = 'border: 0 solid; outline: 0 solid; column-rule: 0 solid';
  const child = parent.appendChild(document.createElement('div'));
  document.body.append(box);
  parent.style.cssText = baseline;
  const parentStyle = getComputedStyle(parent);
  const childStyle = getComputedStyle(child);
  const names = Array.from(childStyle).filter((name) => !name.startsWith('--'));
  const inherited = new Map<string, string>();
  const undetermined: string[] = [];
  for (const name of names) {
    const before = childStyle.getPropertyValue(name);
    let decided = false;
    for (const value of CANDIDATES) {
      if (!CSS.supports(name, value)) continue;
      parent.style.setProperty(name, value);
      const changed = parentStyle.getPropertyValue(name);
      if (changed !== before) {
        if (childStyle.getPropertyValue(name) !== before) inherited.set(name, value);
        decided = true;
      }
      // Whole, not removeProperty(name): removing a logical property removes its physical twin from the baseline.
      parent.style.cssText = baseline;
      if (decided) break;
    }
    if (!decided) undetermined.push(name);
  }
  box.remove();
  cached = { inherited, listed: names.length, undetermined };
  return cached;
}
