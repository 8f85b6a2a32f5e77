/**
 * Vietnamese phone numbers, parsed and formatted by hand: libphonenumber-js
 * would do it for every country, but its smallest metadata build is larger than
 * this library's whole size budget (10 KB gzipped per element), and we need one
 * country's ranges plus E.164 pass-through for the rest.
 *
 * Ranges (Ministry of Information and Communications plan, in force since 2018):
 * - mobile: 0 + 3|5|7|8|9 + 8 digits (10 digits), e.g. 0903 966 729;
 * - landline: 0 + 2 + area code and subscriber, 11 digits in all, e.g. 024 3826 1234, 0203 123 4567;
 * - service numbers 1800 / 1900 + 4 or 6 digits, dialled only inside Vietnam.
 */
export interface PhoneNumber {
  /** What goes after `tel:`: E.164 (`+84903966729`), or the national digits of a 1800/1900 number. */
  dial: string;
  /** National digits, as Zalo links want them: `0903966729`. */
  national: string;
  /** Grouped for reading: `0903 966 729`. */
  display: string;
}

const group = (digits: string, sizes: number[]): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter(Boolean).join(' ');
};

export function parsePhone(input: unknown): PhoneNumber | null {
  if (typeof input !== 'string') return null;
  const raw = input.trim();
  // People write numbers with spaces, dots, dashes and brackets, "(+84)" included; anything else
  // (letters, a second +) is not a number.
  if (!/^\(?\+?[\d\s().-]+$/.test(raw)) return null;
  const digits = raw.replace(/\D/g, '');
  const international = /^\(?\+/.test(raw) || raw.startsWith('00');

  let national: string;
  if (international) {
    const e164 = raw.startsWith('00') ? digits.slice(2) : digits;
    if (!e164.startsWith('84')) {
      // Another country: keep the +, which is what makes the number work from Vietnam.
      if (!/^[1-9]\d{7,14}$/.test(e164)) return null;
      return { dial: `+${e164}`, national: `+${e164}`, display: `+${e164}` };
    }
    // "+84 (0) 903…" and "+84 0903…" keep the trunk 0 that international dialling drops.
    national = `0${e164.slice(2).replace(/^0/, '')}`;
  } else if (/^84[35789]\d{8}$|^842\d{9}$/.test(digits)) {
    national = `0${digits.slice(2)}`; // "84 903 966 729" without the +
  } else if (/^[35789]\d{8}$|^2\d{9}$/.test(digits)) {
    national = `0${digits}`; // the trunk 0 lost, as when a number is stored as a number (903966729)
  } else {
    national = digits;
  }

  if (/^(1800|1900)(\d{4}|\d{6})$/.test(national)) {
    return { dial: national, national, display: group(national, national.length === 8 ? [4, 4] : [4, 3, 3]) };
  }
  if (/^0[35789]\d{8}$/.test(national)) {
    return { dial: `+84${national.slice(1)}`, national, display: group(national, [4, 3, 3]) };
  }
  if (/^02\d{9}$/.test(national)) {
    // Hanoi (024) and Ho Chi Minh City (028) have two-digit area codes and eight-digit subscribers.
    const bigCity = /^02[48]/.test(national);
    return {
      dial: `+84${national.slice(1)}`,
      national,
      display: bigCity ? group(national, [3, 4, 4]) : group(national, [4, 3, 4]),
    };
  }
  return null;
}
