import type { Criterion } from '../../data/types.js';

/**
 * The criteria a `criteria="focus,visibility"` list asks for, in its order. Unknown ids are
 * skipped with one warning naming the valid ids; when none is known, all criteria are shown.
 */
export function pickCriteria(all: Criterion[], list: string | null | undefined, warn: (message: string) => void): Criterion[] {
  const ids = [...new Set((list ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  if (!ids.length) return all;
  const picked = all.filter((row) => ids.includes(row.id)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  const unknown = ids.filter((id) => !all.some((row) => row.id === id));
  if (unknown.length) {
    warn(
      `criteria="${list}" is not valid: unknown id ${unknown.join(', ')}; accepted values: ${all.map((row) => row.id).join(', ')}. ${picked.length ? 'Skipping the unknown ones' : 'Showing all criteria'}.`,
    );
  }
  return picked.length ? picked : all;
}
