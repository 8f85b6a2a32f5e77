/**
 * Office hours, read in the office's time zone with `Intl`: the visitor's clock
 * may be in another country.
 */

export interface ZonedTime {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  day: number;
  /** Minutes since midnight. */
  minutes: number;
  /** `GMT+7`: said next to the hours when the visitor's offset differs. */
  offset: string;
}

export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

/** `08:00-17:30` (also `8:00 – 17:30`) → `[start, end]` in minutes, or `null`. `24:00` may end; an end before the start runs overnight. */
export function parseHours(value: string): number[] | null {
  const match = /^\s*(\d\d?):([0-5]\d)\s*[-–]\s*(\d\d?):([0-5]\d)\s*$/.exec(value) ?? [];
  const start = +match[1] * 60 + +match[2];
  const end = +match[3] * 60 + +match[4];
  // NaN (no match) fails every comparison.
  return start < 1440 && end <= 1440 && start !== end ? [start, end] : null;
}

/** `1-5`, `1,3,5`, `1-3,6`, `6-1` (over the weekend) without spaces, or `null`. */
export function parseDays(value: string): string | null {
  const days = value.replace(/\s/g, '');
  return /^[1-7](-[1-7])?(,[1-7](-[1-7])?)*$/.test(days) ? days : null;
}

const onDay = (days: string | null, day: number): boolean =>
  !days ||
  days.split(',').some((item) => {
    const [first, last = first] = item.split('-').map(Number);
    return first <= last ? day >= first && day <= last : day >= first || day <= last;
  });

/** `Thứ Hai – Thứ Sáu`, `Thứ Hai, Thứ Tư, Thứ Sáu`: the list as written, with day names. */
export const formatDays = (days: string, names: string[]): string =>
  days
    .replace(/[1-7]/g, (day) => names[+day - 1])
    .replace(/-/g, ' – ')
    .replace(/,/g, ', ');

export const formatTime = (minutes: number): string =>
  `${String((minutes / 60) | 0).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** In `timeZone` (the visitor's own when left out). Throws a RangeError for a zone `Intl` does not know. */
export function zonedTime(date: Date, timeZone?: string): ZonedTime {
  const parts: Record<string, string> = {};
  for (const { type, value } of new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).formatToParts(date)) {
    parts[type] = value;
  }
  return {
    day: 'MonTueWedThuFriSatSun'.indexOf(parts.weekday) / 3 + 1,
    minutes: (+parts.hour % 24) * 60 + +parts.minute,
    offset: parts.timeZoneName,
  };
}

export function isOpen([start, end]: number[], days: string | null, { day, minutes }: ZonedTime): boolean {
  return start < end
    ? onDay(days, day) && minutes >= start && minutes < end
    : // Overnight: the hours after midnight belong to the day the shift started.
      (onDay(days, day) && minutes >= start) || (onDay(days, ((day + 5) % 7) + 1) && minutes < end);
}
