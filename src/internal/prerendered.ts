/**
 * The value of the `prerendered` attribute: a fingerprint of what the prerendered text was rendered
 * from. Lit's hydration checks only the templates and takes text from the element, never from the
 * DOM, so the hydrate build (src/internal/hydrate.ts) compares this with the element as it now
 * stands and renders anew when an editor changed an attribute or the JSON override in the pasted
 * HTML, or the page loads another version. Shared by src/ssr/render.ts and hydrate.ts only: the
 * default CDN files never read it.
 */
import { VERSION } from '../version.js';

/**
 * FNV-1a (32 bits) of the version, each observed attribute present (`name=value`, in the order of
 * `observed`: the class's `observedAttributes`, `lang` included) and the JSON override's text.
 * Hand-written rather than a library: it must be synchronous in the browser (crypto.subtle is not)
 * and it detects edits, it guards nothing, so a few lines do; a package would be a dependency of
 * the CDN bundle for the same few lines.
 */
export function prerenderedFingerprint(observed: readonly string[], attribute: (name: string) => string | null | undefined, overrideText: string): string {
  const present = observed.flatMap((name) => {
    const value = attribute(name);
    return value == null ? [] : [`${name}=${value}`];
  });
  // JSON.stringify keeps the parts apart whatever characters the values hold.
  const text = JSON.stringify([VERSION, ...present, overrideText]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
