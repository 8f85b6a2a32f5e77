import type { ComplexAttributeConverter } from 'lit';

/**
 * A boolean attribute as frameworks write it, not only as HTML does. HTML's rule (present means true,
 * whatever the value) turns the markup of Vue's and Svelte's server rendering, and React 18's, which
 * write `expanded="false"` for a false prop, into the opposite of what the app asked for: a closed card
 * would show open from the moment the tag is defined until the framework hydrates. So the value
 * `"false"` (any case, spaces around it) means false; absent means false; any other value (`""`,
 * `"true"`, `"expanded"`) means true. Written back by Lit's Boolean converter, as HTML writes booleans: present and
 * empty, or absent.
 */
export const booleanAttribute: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value != null && !/^\s*false\s*$/i.test(value),
};
