import type { Criterion } from '../../data/types.js';
import { invalidValue } from '../../internal/warn.js';

/**
 * The criteria a `criteria="focus,visibility"` list asks for, in its order. Unknown ids are
 * skipped with one warning naming the valid ids; when none is known, all criteria are shown.
 */
export function pickCriteria(all: Criterion[], list: string | null | undefined, warn: (message: string) => void): Criterion[] {
  const ids = [...new Set((list ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  const picked = ids.map((id) => all.find((row) => row.id === id)).filter((row) => row !== undefined);
  if (picked.length < ids.length) {
    warn(invalidValue('criteria', list, all.map((row) => row.id).join(', '), picked.length ? 'the known ones' : 'all criteria'));
  }
  return picked.length ? picked : all;
}
