export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The language tag that applies to `el`: its own `lang`, else the nearest ancestor's, crossing shadow roots. */
export function inheritedLang(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const match: Element | null = node.closest('[lang]');
    if (match) return match.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Maps a BCP 47 tag to a locale we ship: `vi-VN` → `vi`, `en-GB` → `en`.
 * Returns `null` for a language we do not have, so the caller can warn; an
 * empty or missing tag means "not said" and gives the default silently.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return DEFAULT_LOCALE;
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}
