import { VERSION } from '../version.js';
import { warn } from './warn.js';

/** Versions already reported by this copy of the library, so a mismatch is said once, not once per tag. */
const reportedVersions = new Set<unknown>();

/**
 * Registers `tag` unless it is taken. A page may load the bundle twice (a CDN
 * tag and an npm build, two plugins): the first definition wins. The same
 * version is silent; another version, or a foreign element on our tag, gives one
 * warning. Never throws, since `customElements.define` throwing would stop the
 * rest of a partner's script.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  const existing = registry?.get(tag) as (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!existing) {
    try {
      registry?.define(tag, ctor);
    } catch (error) {
      // Only an invalid tag name or a constructor already used under another name gets here.
      warn(tag, `could not be defined: ${(error as Error).message}`);
    }
  } else if (existing !== ctor && existing.version !== VERSION && !reportedVersions.has(existing.version)) {
    reportedVersions.add(existing.version);
    const owner = typeof existing.version === 'string' ? `front-office-widgets ${existing.version}` : 'another library';
    warn(tag, `is already defined by ${owner}; this copy (${VERSION}) is not used. Load one version per page.`);
  }
}
