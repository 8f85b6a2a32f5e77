/**
 * The one way the library reports bad input: a single `console.warn` that names
 * the element and says what was wrong and what is accepted. It never throws,
 * because the host page is not ours to break.
 */
export function warn(tag: string, message: string): void {
  console.warn(`<${tag}> ${message}`);
}

/** Message for an attribute whose value is not one of the accepted ones. */
export function invalidValue(attribute: string, value: unknown, accepted: string, fallback: string): string {
  return `${attribute}="${String(value)}" is not valid; accepted values: ${accepted}. Using ${fallback}.`;
}
