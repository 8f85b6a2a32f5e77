const ALLOWED_PROTOCOLS = ['tel:', 'mailto:', 'https:'];
export const ALLOWED_URL_SCHEMES = ALLOWED_PROTOCOLS.join(' ');

/**
 * Returns the normalised URL when it is absolute and uses `tel:`, `mailto:` or
 * `https:`, else `null`. Anything that reaches an `href` goes through here:
 * `javascript:`, `data:` and relative URLs are refused, and the WHATWG parser
 * (not a regular expression) decides the scheme, so mixed case, leading spaces
 * and tabs inside the scheme cannot smuggle one past.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Control characters are never part of a link we build; the parser would silently drop some of them.
  if (/[\u0000-\u001f\u007f]/.test(value.trim())) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.includes(url.protocol) ? url.href : null;
}
