import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { VERSION } from '../version.js';
import { defineElement } from './define.js';
import { DEFAULT_LOCALE, inheritedLang, LOCALES, matchLocale, type Locale } from './locale.js';
import { invalidValue, warn } from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

// One observer for every element on the page: a language switcher that changes
// <html lang> or a section's lang re-renders the elements that inherit it.
const following = new Set<LitElement>();
let langObserver: MutationObserver | undefined;
function followAncestorLang(el: LitElement, follow: boolean): void {
  if (follow) following.add(el);
  else following.delete(el);
  if (following.size && !langObserver) {
    langObserver = new MutationObserver(() => following.forEach((each) => each.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!following.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * What the three elements share: safe registration, locale and theme
 * resolution, and warnings that are said once per bad input.
 *
 * The global tokens below style all three; each element's `--<tag>-*` property of the
 * same name wins over them (`--role-card-accent` over `--fow-accent`). Defaults are the
 * light theme's (dark in parentheses); `theme="dark"` and `theme="auto"` change only the
 * defaults, so a token you set applies to every theme unless you scope it
 * (`[theme="dark"] { --fow-accent: … }`). Every default pair meets WCAG AA.
 *
 * @cssproperty [--fow-accent=#0b57d0] - Accent: buttons, highlight, icons, markers, focus ring (dark: `#8ab4f8`). Keep 4.5:1 on surface and surface-alt.
 * @cssproperty [--fow-accent-contrast=#fff] - Text and icons on the accent (dark: `#0b1d3a`). Keep 4.5:1 on the accent.
 * @cssproperty [--fow-surface=#fff] - Background (dark: `#1f2328`).
 * @cssproperty [--fow-surface-alt=#f1f4f8] - Headers, zebra rows, hovered items (dark: `#2b3036`).
 * @cssproperty [--fow-text=#1f2937] - Text (dark: `#e6e8eb`).
 * @cssproperty [--fow-muted=#4b5563] - Secondary text (dark: `#b4bcc6`).
 * @cssproperty [--fow-border=#77818e] - Borders of tables, cards, menus and buttons (dark: `#7d8590`). Keep 3:1 on surface and surface-alt.
 * @cssproperty [--fow-radius=8px] - Corner radius.
 * @cssproperty [--fow-shadow=0 2px 8px #0003] - Shadow of cards, the floating button and its menu, a `box-shadow` value (dark: `0 2px 8px #0009`); `none` removes it.
 * @cssproperty --fow-font-family - Font; the page's inherited font when unset.
 * @cssproperty [--fow-font-size=1em] - Base font size; every size inside is in em.
 * @cssproperty [--fow-focus-ring=3px solid accent] - The focus outline, an `outline` value.
 */
export abstract class FowElement extends LitElement {
  /** Compared by `define` when two copies of the library meet on one page. */
  static readonly version: string = VERSION;

  /** The tag `define()` uses when not given one. */
  static tagName: string;

  // Declared here rather than with decorators: Lit's decorator helpers cost bytes in every CDN file.
  static override properties: PropertyDeclarations = {
    // Reflected, so a theme set as a property (React 19 and Vue set properties) still meets the theme
    // files' [theme='dark'] rules. Unset, it adds no attribute to the page's markup.
    theme: { reflect: true },
  };

  /**
   * Registers the element: `OfficeCompare.define()`. Safe to call again, from
   * another copy of the bundle too: the first definition wins.
   */
  static define(tag: string = this.tagName, registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** Colour theme: `light` (also when unset), `dark`, or `auto` to follow the visitor's `prefers-color-scheme`. */
  theme?: Theme;

  // `lang` stays the native HTMLElement property (it sets the attribute, which
  // screen readers and `:lang()` read); we only need to re-render when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  // A declarative shadow root from the render command is emptied before the first render, so its
  // content is replaced rather than doubled; the hydrate build takes it over instead (src/internal/hydrate.ts).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followAncestorLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followAncestorLang(this, false);
  }

  /**
   * Text properties set from script (React 19 and Vue set properties) may not be strings: a
   * number is read as its digits (`phone = 903966729`), anything else is ignored with a warning,
   * so no `.trim()` on an array ever throws into the page.
   */
  protected override willUpdate(changed: PropertyValues): void {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    for (const name of changed.keys()) {
      const options = declared.get(name);
      const value = this[name as keyof this] as unknown;
      if (!options || options.type || options.converter || options.attribute === false || value == null || typeof value === 'string') continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : String(name);
      if (typeof value !== 'number') this._warnOnce(invalidValue(attribute, Array.isArray(value) ? value.join(',') : typeof value, 'text', 'none'));
      (this as Record<string, unknown>)[name as string] = typeof value === 'number' ? String(value) : undefined;
    }
  }

  /** The last line of defence: whatever a render meets, the host page gets a warning, not an exception. */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this._warnOnce(`could not render: ${(error as Error).message}`);
    }
  }

  private readonly _warned = new Set<string>();

  /** Warns once per distinct message for this instance, so re-renders do not repeat a warning. */
  protected _warnOnce(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    warn(this.localName, message);
  }

  /** `value` when it is one of `accepted`, else `fallback` with one warning. Absent values are silent. */
  protected _oneOf<T extends string>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    if (value == null || value === '') return fallback;
    if ((accepted as readonly unknown[]).includes(value)) return value as T;
    this._warnOnce(invalidValue(attribute, value, accepted.join(', '), fallback));
    return fallback;
  }

  /** The locale to render: own `lang`, else the nearest ancestor's, else `vi`. */
  get locale(): Locale {
    // On the server (the render command) there are no ancestors: the command puts the resolved lang on the element.
    const tag = isServer ? this.getAttribute('lang') : inheritedLang(this);
    // A language we do not ship: `_oneOf` gives the default with the warning that names the accepted ones.
    return matchLocale(tag) ?? this._oneOf('lang', tag, LOCALES, DEFAULT_LOCALE);
  }

  /** The classes of the `.fow` wrapper every element renders first. */
  protected get _rootClass(): string {
    return `fow theme-${this._oneOf('theme', this.theme, THEMES, 'light')}`;
  }
}
