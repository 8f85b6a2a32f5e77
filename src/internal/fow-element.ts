import { LitElement, type PropertyDeclarations } from 'lit';
import { VERSION } from '../version.js';
import { defineElement } from './define.js';
import { DEFAULT_LOCALE, inheritedLang, LOCALES, matchLocale, type Locale } from './locale.js';
import { invalidValue, warn } from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What the three elements share: safe registration, locale and theme
 * resolution, and warnings that are said once per bad input.
 */
export abstract class FowElement extends LitElement {
  /** Compared by `define` when two copies of the library meet on one page. */
  static readonly version: string = VERSION;

  /** The tag `define()` uses when not given one. */
  static tagName: string;

  // Declared here rather than with decorators: Lit's decorator helpers cost bytes in every CDN file.
  static override properties: PropertyDeclarations = {
    theme: {},
  };

  /**
   * Registers the element: `OfficeCompare.define()`. Safe to call again, from
   * another copy of the bundle too: the first definition wins.
   */
  static define(tag: string = this.tagName, registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** Colour theme: `light`, `dark`, or `auto` to follow the visitor's `prefers-color-scheme`. */
  theme: Theme = 'light';

  // `lang` stays the native HTMLElement property (it sets the attribute, which
  // screen readers and `:lang()` read); we only need to re-render when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private readonly warned = new Set<string>();

  /** Warns once per distinct message for this instance, so re-renders do not repeat a warning. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this.localName, message);
  }

  /** `value` when it is one of `accepted`, else `fallback` with one warning. Absent values are silent. */
  protected oneOf<T extends string>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    if (value == null || value === '') return fallback;
    if ((accepted as readonly unknown[]).includes(value)) return value as T;
    this.warnOnce(invalidValue(attribute, value, accepted.join(', '), fallback));
    return fallback;
  }

  /** The locale to render: own `lang`, else the nearest ancestor's, else `vi`. */
  get locale(): Locale {
    const tag = inheritedLang(this);
    const locale = matchLocale(tag);
    if (locale) return locale;
    this.warnOnce(invalidValue('lang', tag, LOCALES.join(', '), DEFAULT_LOCALE));
    return DEFAULT_LOCALE;
  }

  /** The classes of the `.fow` wrapper every element renders first. */
  protected get rootClass(): string {
    return `fow theme-${this.oneOf('theme', this.theme, THEMES, 'light')}`;
  }
}
