/**
 * The whole bundled dataset, by locale, for developers who want to read it
 * (`import { dataset } from 'front-office-widgets'`). Elements import only
 * their own parts from ./vi.js and ./en.js so each single-element bundle stays small.
 */
import * as en from './en.js';
import * as vi from './vi.js';
import type { Locale } from '../internal/locale.js';
import type { Dataset } from './types.js';

const assemble = (l: typeof vi): Dataset => ({
  definition: l.definition,
  comparison: l.comparison,
  roles: l.roles,
  industries: l.industries,
  advice: l.advice,
  contact: l.contact,
  ui: { compare: l.compareStrings, role: l.roleStrings, contact: l.contactStrings },
});

export const dataset: Record<Locale, Dataset> = { vi: assemble(vi), en: assemble(en) };
export type * from './types.js';
