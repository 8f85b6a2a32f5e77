/**
 * Theming across the three elements: the `--fow-*` token layer, its fallbacks, the themes, the
 * two theme files of themes/, and WCAG AA contrast measured on what the elements really render.
 */
import { elementUpdated, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { contrast, flatten, tokenContrastFailures, type Rgb } from '../demo/contrast.js';
import { emulate, resetMedia } from './helpers.js';

describe('contrast helpers', () => {
  it('give the WCAG ratios of known pairs', () => {
    expect(contrast(flatten('oklch(0 0 0)'), flatten('white'))).to.be.closeTo(21, 0.001);
    expect(contrast(flatten('#fff'), flatten('#000'))).to.be.closeTo(21, 0.001);
    expect(contrast(flatten('#fff'), flatten('#767676'))).to.be.closeTo(4.54, 0.01);
    expect(contrast(flatten('#fff', 'rgba(0, 0, 0, 0.5)'), flatten('#fff'))).to.be.closeTo(4.0, 0.1);
    expect(flatten('#fff', 'color-mix(in srgb, #000 50%, #fff)')).to.deep.equal(flatten('#fff', 'rgb(128, 128, 128)'));
  });
});

/** The element, then its ancestors across shadow boundaries, up to `<html>`. */
function* composedPath(node: Element): Generator<Element> {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.parentNode as ShadowRoot | null)?.host ?? null)) yield at;
}

/** What is painted behind `node`'s content: every background from the page down to it. */
const backgroundOf = (node: Element): Rgb =>
  flatten('#fff', ...[...composedPath(node)].reverse().map((each) => getComputedStyle(each).backgroundColor));

const parentOf = (node: Element) => [...composedPath(node)][1];
const isShown = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
const painted = (colour: string) => !/^(transparent|rgba\(.*, 0\))$/.test(colour);
const describeNode = (node: Element) => `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;

interface Audit {
  failures: string[];
  counts: { text: number; border: number; icon: number; focus: number };
}

/**
 * Measures every colour pair a visitor meets in the element's shadow DOM against WCAG AA: each
 * visible text on what is painted behind it (4.5:1), each visible border on both sides (3:1), icons,
 * the chevron and list markers (3:1), and the focus ring of every link and button on what surrounds it (3:1).
 */
function audit(el: HTMLElement): Audit {
  const failures: string[] = [];
  const counts = { text: 0, border: 0, icon: 0, focus: 0 };
  const tag = `${el.localName}${el.getAttribute('theme') ? `[theme=${el.getAttribute('theme')}]` : ''}`;
  const need = (kind: keyof Audit['counts'], node: Element, fg: Rgb, bg: Rgb, min: number, what: string) => {
    counts[kind] += 1;
    const ratio = contrast(fg, bg);
    if (ratio < min) failures.push(`${tag} ${describeNode(node)} ${what}: ${ratio.toFixed(2)} < ${min} (rgb(${fg}) on rgb(${bg}))`);
  };
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].filter(isShown);
  for (const node of nodes) {
    const style = getComputedStyle(node);
    const behind = backgroundOf(node);
    if ([...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())) {
      need('text', node, flatten(`rgb(${behind})`, style.color), behind, 4.5, 'text');
    }
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) === 0 || /none|hidden/.test(style.getPropertyValue(`border-${side.toLowerCase()}-style`)) || !painted(colour)) continue;
      const outside = backgroundOf(parentOf(node));
      need('border', node, flatten(`rgb(${behind})`, colour), behind, 3, `${side.toLowerCase()} border on its inside`);
      need('border', node, flatten(`rgb(${outside})`, colour), outside, 3, `${side.toLowerCase()} border on its outside`);
    }
    if (node.localName === 'svg') need('icon', node, flatten(`rgb(${behind})`, style.stroke), behind, 3, 'icon stroke');
    if (node.localName === 'li' && getComputedStyle(node.parentElement!).listStyleType !== 'none') {
      need('icon', node, flatten(`rgb(${behind})`, getComputedStyle(node, '::marker').color), behind, 3, 'list marker');
    }
    const after = getComputedStyle(node, '::after');
    if (after.content !== 'none' && parseFloat(after.borderRightWidth) > 0) {
      need('icon', node, flatten(`rgb(${behind})`, after.borderRightColor), behind, 3, '::after chevron');
    }
  }
  for (const control of nodes.filter((node): node is HTMLElement => node.matches('a[href], button'))) {
    control.focus({ focusVisible: true } as FocusOptions);
    const ring = getComputedStyle(control);
    if (ring.outlineStyle === 'none' || parseFloat(ring.outlineWidth) === 0) {
      failures.push(`${tag} ${describeNode(control)} shows no focus ring`);
      continue;
    }
    // The ring is drawn outside the control (outline-offset), so it is seen against the parent's background.
    const around = backgroundOf(parentOf(control));
    need('focus', control, flatten(`rgb(${around})`, ring.outlineColor), around, 3, 'focus ring');
    control.blur();
  }
  return { failures, counts };
}

/** Every state with colours of its own: both layouts with a highlight, an expanded card, a menu with every channel and a closed-office note. */
const everything = (theme: string | undefined): TemplateResult => html`
  <office-compare theme=${theme ?? 'light'} highlight="front" layout="table" lang="en"></office-compare>
  <office-compare theme=${theme ?? 'light'} highlight="back" layout="stacked"></office-compare>
  <role-card theme=${theme ?? 'light'} role-id="sales" industry="banking" expanded></role-card>
  <contact-float theme=${theme ?? 'light'} open messenger="fow.demo" email="hotro@example.com" hours="00:00-00:01"></contact-float>
  <contact-float theme=${theme ?? 'light'} placement="bottom-left" channels="phone" hours="08:00-17:30"></contact-float>
`;

/** A page of the given background with the elements on it; the page is what a floating button and its focus ring sit on. */
async function page(template: TemplateResult, background: string): Promise<HTMLElement[]> {
  fixtureCleanup();
  const wrapper = await fixture<HTMLElement>(html`<div style="padding: 8px">${template}</div>`);
  wrapper.style.background = background;
  const elements = [...wrapper.children] as HTMLElement[];
  await Promise.all(elements.map((el) => elementUpdated(el)));
  return elements;
}

function expectAA(elements: HTMLElement[]): void {
  const audits = elements.map(audit);
  const failures = audits.flatMap((a) => a.failures);
  expect(failures, failures.join('\n')).to.deep.equal([]);
  // The audit found what it is meant to measure: a walk that meets nothing would pass anything.
  const total = { text: 0, border: 0, icon: 0, focus: 0 };
  for (const { counts } of audits) for (const kind of Object.keys(total) as (keyof typeof total)[]) total[kind] += counts[kind];
  expect(total.text).to.be.greaterThan(60);
  expect(total.border).to.be.greaterThan(20);
  expect(total.icon).to.be.greaterThan(10);
  expect(total.focus).to.be.greaterThan(8);
}

const LIGHT_PAGE = '#ffffff';
// A dark partner page: dark themes are meant for dark pages (the floating button sits on the page itself).
const DARK_PAGE = '#121212';

afterEach(async () => {
  document.documentElement.removeAttribute('style');
  await resetMedia({ colorScheme: 'light' });
});

describe('WCAG AA contrast of the default colours', () => {
  it('light theme', async () => {
    expectAA(await page(everything(undefined), LIGHT_PAGE));
  });

  it('dark theme', async () => {
    expectAA(await page(everything('dark'), DARK_PAGE));
  });

  it('auto theme under prefers-color-scheme: dark', async function () {
    await emulate(this, { colorScheme: 'dark' });
    const elements = await page(everything('auto'), DARK_PAGE);
    expect(getComputedStyle(elements[0].shadowRoot!.querySelector('table')!).colorScheme).to.equal('dark');
    expectAA(elements);
  });

  // Hover and the tokens' other pairings are not on screen in the audit above: measure the token pairs themselves
  // (the configurator warns an editor with the same function).
  for (const theme of ['light', 'dark'] as const) {
    it(`every token pair a hover or a partner's markup can bring together (${theme})`, async () => {
      const background = theme === 'dark' ? DARK_PAGE : LIGHT_PAGE;
      const [el] = await page(html`<role-card role-id="sales" theme=${theme}></role-card>`, background);
      expect(tokenContrastFailures(el, background)).to.deep.equal([]);
    });
  }

  it("the token pair check names the pairs a partner's colours break, with their ratios", async () => {
    const [el] = await page(html`<office-compare style="--fow-muted: #999; --office-compare-focus-ring: 2px dashed #ddd"></office-compare>`, LIGHT_PAGE);
    const failures = tokenContrastFailures(el).map(({ foreground, background, ratio, minimum }) => `${foreground} on ${background}: ${ratio.toFixed(2)} < ${minimum}`);
    expect(failures).to.deep.equal(['muted on surface: 2.85 < 4.5', 'muted on surface-alt: 2.58 < 4.5', 'focus-ring on surface: 1.36 < 3']);
  });

  it('the token pair check paints a translucent colour over the background it is measured on', async () => {
    const [el] = await page(html`<role-card role-id="sales" style="--fow-muted: rgb(0 0 0 / 50%)"></role-card>`, LIGHT_PAGE);
    const failures = tokenContrastFailures(el).map(({ foreground, background, ratio }) => `${foreground} on ${background}: ${ratio.toFixed(2)}`);
    // Half black over white is rgb(127, 127, 127), 4.00:1; over surface-alt (#f1f4f8) it is rgb(120, 122, 124), 3.91:1.
    // Painted over the surface instead, it would be measured against surface-alt at 3.62:1.
    expect(failures).to.deep.equal(['muted on surface: 4.00', 'muted on surface-alt: 3.91']);
  });
});

describe('token fallback', () => {
  const accentOf = {
    'office-compare': (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part="highlight-label"]')!).backgroundColor,
    'role-card': (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).borderTopColor,
    'contact-float': (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part~="button"]')!).backgroundColor,
  };
  const three = html`<office-compare highlight="front" layout="table"></office-compare><role-card role-id="sales"></role-card><contact-float></contact-float>`;
  const accents = (elements: HTMLElement[]) => elements.map((el) => accentOf[el.localName as keyof typeof accentOf](el));

  it('a --fow-accent on :root recolours all three', async () => {
    const elements = await page(three, LIGHT_PAGE);
    expect(accents(elements)).to.deep.equal(['rgb(11, 87, 208)', 'rgb(11, 87, 208)', 'rgb(11, 87, 208)']);
    document.documentElement.style.setProperty('--fow-accent', 'rgb(1, 2, 3)');
    expect(accents(elements)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
  });

  it('an element’s own property overrides the global token, for that element only', async () => {
    const elements = await page(three, LIGHT_PAGE);
    document.documentElement.style.setProperty('--fow-accent', 'rgb(1, 2, 3)');
    elements[1].style.setProperty('--role-card-accent', 'rgb(4, 5, 6)');
    elements[2].style.setProperty('--contact-float-accent', 'rgb(7, 8, 9)');
    expect(accents(elements)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)', 'rgb(7, 8, 9)']);
  });

  it('--fow-accent-contrast colours the text on the accent; the old --fow-on-accent is gone', async () => {
    const [compare, , float] = await page(three, LIGHT_PAGE);
    const label = () => getComputedStyle(compare.shadowRoot!.querySelector('[part="highlight-label"]')!).color;
    const button = () => getComputedStyle(float.shadowRoot!.querySelector('[part~="button"]')!).color;
    document.documentElement.style.setProperty('--fow-on-accent', 'rgb(9, 9, 9)');
    expect([label(), button()]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
    document.documentElement.style.setProperty('--fow-accent-contrast', 'rgb(1, 2, 3)');
    float.style.setProperty('--contact-float-accent-contrast', 'rgb(4, 5, 6)');
    expect([label(), button()]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
  });

  it('--fow-shadow is the shadow of the card, the floating button and its menu; an element’s own wins', async () => {
    const [, card, float] = await page(html`<office-compare></office-compare><role-card role-id="sales"></role-card><contact-float open></contact-float>`, LIGHT_PAGE);
    const shadows = () => [card.shadowRoot!.querySelector('[part="card"]')!, ...float.shadowRoot!.querySelectorAll('[part~="button"], [part="menu"]')].map((node) => getComputedStyle(node).boxShadow);
    expect(new Set(shadows()).size, 'one default shadow for all').to.equal(1);
    expect(shadows()[0]).to.not.equal('none');
    document.documentElement.style.setProperty('--fow-shadow', '0 0 0 3px rgb(1, 2, 3)');
    expect(shadows()).to.deep.equal(Array(3).fill('rgb(1, 2, 3) 0px 0px 0px 3px'));
    float.style.setProperty('--contact-float-shadow', 'none');
    card.style.setProperty('--role-card-shadow', '0 0 0 1px rgb(4, 5, 6)');
    expect(shadows()).to.deep.equal(['rgb(4, 5, 6) 0px 0px 0px 1px', 'none', 'none']);
  });

  it('every token reaches the elements: surface, surface-alt, text, muted, border, radius, font-family, focus-ring', async () => {
    const [compare, card, float] = await page(html`<office-compare layout="table"></office-compare><role-card role-id="sales" expanded></role-card><contact-float open hours="08:00-17:30"></contact-float>`, LIGHT_PAGE);
    const root = document.documentElement.style;
    root.setProperty('--fow-surface', 'rgb(1, 1, 1)');
    root.setProperty('--fow-surface-alt', 'rgb(2, 2, 2)');
    root.setProperty('--fow-text', 'rgb(3, 3, 3)');
    root.setProperty('--fow-muted', 'rgb(4, 4, 4)');
    root.setProperty('--fow-border', 'rgb(5, 5, 5)');
    root.setProperty('--fow-radius', '7px');
    root.setProperty('--fow-font-family', 'monospace');
    root.setProperty('--fow-focus-ring', '4px dashed rgb(6, 6, 6)');
    const $ = (el: HTMLElement, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect($(compare, 'table').backgroundColor).to.equal('rgb(1, 1, 1)');
    expect($(compare, 'thead th').backgroundColor).to.equal('rgb(2, 2, 2)');
    expect($(compare, 'td').color).to.equal('rgb(3, 3, 3)');
    expect($(card, '.note').color).to.equal('rgb(4, 4, 4)');
    expect($(float, '.note').color).to.equal('rgb(4, 4, 4)');
    expect($(compare, 'table').borderTopColor).to.equal('rgb(5, 5, 5)');
    expect($(card, '[part="card"]').borderLeftColor).to.equal('rgb(5, 5, 5)');
    expect($(float, '[part="menu"]').borderTopColor).to.equal('rgb(5, 5, 5)');
    expect([$(compare, 'table'), $(card, '[part="card"]'), $(float, '[part="menu"]')].map((s) => s.borderTopLeftRadius)).to.deep.equal(['7px', '7px', '7px']);
    expect([$(compare, 'td'), $(card, 'li'), $(float, '.note')].map((s) => s.fontFamily)).to.deep.equal(['monospace', 'monospace', 'monospace']);
    for (const el of [card, float]) {
      const control = el.shadowRoot!.querySelector<HTMLElement>('button')!;
      control.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(control);
      expect([style.outlineWidth, style.outlineStyle, style.outlineColor], el.localName).to.deep.equal(['4px', 'dashed', 'rgb(6, 6, 6)']);
      control.blur();
    }
  });
});

describe('themes switch token values', () => {
  const surfaces = (elements: HTMLElement[]) =>
    elements.map((el) => getComputedStyle(el.shadowRoot!.querySelector(el.localName === 'contact-float' ? '[part="menu"]' : el.localName === 'role-card' ? '[part="card"]' : 'table')!).backgroundColor);
  // Two sets may share a page: the second floating button takes the other corner, since one corner shows one button.
  const three = (theme: string, placement = 'bottom-right') =>
    html`<office-compare theme=${theme} layout="table"></office-compare><role-card theme=${theme} role-id="sales"></role-card><contact-float theme=${theme} placement=${placement} open></contact-float>`;
  const LIGHT = Array(3).fill('rgb(255, 255, 255)');
  const DARK = Array(3).fill('rgb(31, 35, 40)');

  it('theme="auto" follows prefers-color-scheme in all three, both ways', async function () {
    await emulate(this, { colorScheme: 'light' });
    const elements = await page(three('auto'), LIGHT_PAGE);
    expect(surfaces(elements)).to.deep.equal(LIGHT);
    await emulate(this, { colorScheme: 'dark' });
    expect(surfaces(elements)).to.deep.equal(DARK);
    await emulate(this, { colorScheme: 'light' });
    expect(surfaces(elements)).to.deep.equal(LIGHT);
  });

  it('theme="light" and theme="dark" ignore prefers-color-scheme', async function () {
    await emulate(this, { colorScheme: 'dark' });
    const light = await page(three('light'), LIGHT_PAGE);
    expect(surfaces(light)).to.deep.equal(LIGHT);
    await emulate(this, { colorScheme: 'light' });
    const dark = await page(three('dark'), DARK_PAGE);
    expect(surfaces(dark)).to.deep.equal(DARK);
  });

  it('a global token applies in every theme; scoped to [theme="dark"] it applies there only', async () => {
    const elements = await page(html`${three('light')}`, LIGHT_PAGE);
    const darkOnes = await fixture<HTMLElement>(html`<div>${three('dark', 'bottom-left')}</div>`);
    const all = [...elements, ...darkOnes.children] as HTMLElement[];
    await Promise.all(all.map((el) => elementUpdated(el)));
    document.documentElement.style.setProperty('--fow-surface', 'rgb(1, 2, 3)');
    expect(surfaces(all)).to.deep.equal(Array(6).fill('rgb(1, 2, 3)'));
    document.documentElement.style.removeProperty('--fow-surface');
    const sheet = document.createElement('style');
    sheet.textContent = '[theme="dark"] { --fow-surface: rgb(4, 5, 6) }';
    document.head.append(sheet);
    try {
      expect(surfaces(all)).to.deep.equal([...LIGHT, ...Array(3).fill('rgb(4, 5, 6)')]);
    } finally {
      sheet.remove();
    }
  });

  it('dark has its own shadow and colour scheme, so native controls and scrollbars follow', async () => {
    const [light, dark] = await page(html`<role-card role-id="sales"></role-card><role-card role-id="sales" theme="dark"></role-card>`, LIGHT_PAGE);
    const card = (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!);
    expect(card(light).boxShadow).to.not.equal(card(dark).boxShadow);
    expect([card(light).colorScheme, card(dark).colorScheme]).to.deep.equal(['light', 'dark']);
  });
});

/** Adds a theme file of themes/ to the page, as a partner's `<link>` would, and resolves once it applies. */
async function linkTheme(name: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${name}.css` });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`themes/${name}.css did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

for (const name of ['institute', 'neutral']) {
  describe(`themes/${name}.css`, () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = await linkTheme(name);
    });
    after(() => link.remove());

    it('sets a handful of --fow-* tokens on :root, and nothing else', async () => {
      const rules = [...link.sheet!.cssRules];
      const names = new Set<string>();
      const collect = (list: CSSRuleList | CSSRule[]) => {
        for (const rule of list) {
          if (rule instanceof CSSStyleRule) for (const property of rule.style) names.add(property);
          else if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
        }
      };
      collect(rules);
      expect([...names].every((property) => property.startsWith('--fow-')), [...names].join(', ')).to.equal(true);
      expect(names.size).to.be.within(3, 11);
    });

    it('recolours the elements', async () => {
      const card = (await page(everything(undefined), LIGHT_PAGE)).find((el) => el.localName === 'role-card')!;
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--fow-accent').trim();
      expect(accent).to.not.equal('');
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!).borderTopColor).to.equal(`rgb(${flatten(accent).join(', ')})`);
    });

    it('passes WCAG AA in the light theme', async () => {
      const elements = await page(everything(undefined), LIGHT_PAGE);
      expectAA(elements);
      for (const el of elements) await expect(el).to.be.accessible();
    });

    it('passes WCAG AA in the dark theme', async () => {
      const elements = await page(everything('dark'), DARK_PAGE);
      expectAA(elements);
      for (const el of elements) await expect(el).to.be.accessible();
    });

    it('passes WCAG AA in the dark theme set as a property, as React 19 and Vue set it', async () => {
      const elements = await page(everything(undefined), DARK_PAGE);
      for (const el of elements) {
        el.removeAttribute('theme');
        (el as HTMLElement & { theme?: string }).theme = 'dark';
      }
      await Promise.all(elements.map((el) => elementUpdated(el)));
      // The theme file's dark values key on the attribute: the property must reflect to it.
      expect(elements.map((el) => el.getAttribute('theme'))).to.deep.equal(elements.map(() => 'dark'));
      expectAA(elements);
    });

    it('passes WCAG AA in the auto theme under prefers-color-scheme: dark', async function () {
      await emulate(this, { colorScheme: 'dark' });
      expectAA(await page(everything('auto'), DARK_PAGE));
    });
  });
}
