/**
 * Runtime checks for `data` overrides, hand-written because a schema library
 * (zod, valibot) would cost more than a whole element does in the CDN bundle.
 * A check returns `null` when the value fits, else a sentence about the first
 * field that does not, starting with its path (`data.criteria[2].front`).
 */
import type { ComparisonData, ContactData, RoleCardData } from './types.js';

export type Check = (value: unknown, path: string) => string | null;

export const text: Check = (value, path) =>
  typeof value === 'string' && value.trim() ? null : `${path} must be a non-empty string`;

// The first problem wins: once `problem` is set, `problem || …` checks no further item.
export const list =
  (item: Check): Check =>
  (value, path) =>
    !Array.isArray(value) || !value.length
      ? `${path} must be a non-empty array`
      : value.reduce<string | null>((problem, each, i) => problem || item(each, `${path}[${i}]`), null);

/** An object with exactly these fields; those in `optional` may be left out. */
export const object =
  <T>(fields: { [K in keyof T]-?: Check }, optional: readonly (keyof T)[] = []): Check =>
  (value, path) => {
    if (typeof value !== 'object' || !value || Array.isArray(value)) return `${path} must be an object`;
    const known = Object.keys(fields) as (keyof T & string)[];
    const unknown = Object.keys(value).find((key) => !known.includes(key as keyof T & string));
    if (unknown) return `${path}.${unknown} is not a known field (known: ${known.join(', ')})`;
    for (const key of known) {
      const field = (value as Record<string, unknown>)[key];
      const problem =
        field === undefined ? (optional.includes(key) ? null : `${path}.${key} is missing`) : fields[key](field, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };

/** The shape of an override: any subset of the top-level fields, each complete. */
export const overrideOf = <T>(fields: { [K in keyof T]-?: Check }): Check =>
  object<T>(fields, Object.keys(fields) as (keyof T)[]);

const texts = /*#__PURE__*/ list(text);

export const comparisonFields: { [K in keyof ComparisonData]-?: Check } = {
  caption: text,
  front: text,
  back: text,
  criteria: /*#__PURE__*/ list(/*#__PURE__*/ object({ id: text, label: text, front: text, back: text })),
};

const variant = /*#__PURE__*/ object({ duties: texts }, ['duties']);
const units = /*#__PURE__*/ object({ name: text, units: texts });

export const roleCardFields: { [K in keyof RoleCardData]-?: Check } = {
  id: text,
  title: text,
  summary: text,
  duties: texts,
  positions: texts,
  otherNames: texts,
  variants: /*#__PURE__*/ object({ banking: variant, hospitality: variant }, ['banking', 'hospitality']),
  skills: texts,
  skillsNote: text,
  industries: /*#__PURE__*/ object({ banking: units, hospitality: units }),
};

export const contactFields: { [K in keyof ContactData]-?: Check } = {
  institute: text,
  phone: text,
  zalo: text,
  messenger: text,
  email: text,
  label: text,
};
