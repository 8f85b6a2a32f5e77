/**
 * Phone numbers as Vietnam's numbering plan has them. Which numbers exist, and how they are written,
 * comes from libphonenumber's metadata through a generated table (phone-table.ts, from
 * scripts/phone-table.mjs): a few regular expressions, where bundling libphonenumber-js would bring its
 * parser and metadata format for every country into a 10 KB-per-element budget.
 * What is hand-written here is reading what people paste (libphonenumber's own rules for digits,
 * separators and extensions, narrowed to the forms its parser and this code agree on; test/phone/ checks
 * a corpus generated from the metadata against libphonenumber-js), and two things the metadata has not:
 * - the area codes replaced in 2017 (the table's OLD_AREA_CODES): a number written with one is read as
 *   the current number, and the caller warns;
 * - toll-free and premium-rate numbers (1800, 1900, 120x) are linked with their national digits
 *   (`tel:19006868`): service numbers reachable only from inside Vietnam, where the national form is
 *   the one carriers publish and route; `+84 1900 …` gains a caller nothing and reaches nothing from abroad.
 * Other countries' plans are not shipped: their numbers are checked for E.164's shape only.
 */
import { OLD_AREA_CODE, OLD_AREA_CODES, VN_FORMATS, VN_NUMBER } from './phone-table.js';

export interface PhoneNumber {
  /** What goes after `tel:`: E.164 (`+84903966729`), or the national digits of a toll-free or premium-rate number (`19006868`); then `;ext=105` (RFC 3966) for an extension. */
  dial: string;
  /** Grouped for reading, as the plan writes it: `0903 966 729`, `028 3822 1234 ext. 105`; another country's in E.164 (`+441212345678`). */
  display: string;
  /** The national significant number of a Vietnamese mobile number (`903966729`): the only numbers a Zalo account can have. */
  mobile?: string;
  /** Written with an area code from before 2017: `display` and `dial` are the current number's. */
  renamed?: boolean;
}

// `;ext=105` (RFC 3966), `ext. 105`, `extension 105`, `x105`, `#105`.
const EXTENSION = /[\s,;]*(?:ext\D*|x|#)\s*(\d{1,7})$/i;
// After NFKC (full-width digits, ＋, brackets, dots, slashes and spaces become ASCII): an optional + (or `(+84)`) first,
// then digits between spaces, brackets, dots, slashes, dashes (hyphen, en and em dash… Unicode's Pd), minus signs, and the
// invisible characters word processors and pages leave in (Unicode's format characters: soft hyphen, zero-width space…).
const NUMBER = /^\(?\+?[\d\s()./\p{Pd}\p{Cf}−]*$/u;

export function parsePhone(input: string): PhoneNumber | null {
  let text = input.normalize('NFKC');
  const extension = EXTENSION.exec(text)?.[1];
  // A written trunk "(0)", as in +44 (0)121 …: dialled at home, dropped after a country code.
  text = text.replace(EXTENSION, '').replace('(0)', '').trim();
  if (!NUMBER.test(text)) return null;

  // + or 00 (the international prefix from Vietnam) before a country code.
  const international = /^\D*(\+|00)/.test(text);
  const digits = text.replace(/\D/g, '').replace(international ? /^00/ : /$^/, '');
  let dial: string;
  let display: string;
  let mobile: string | undefined;
  let renamed: true | undefined;
  if (international && !digits.startsWith('84')) {
    // Another country: its plan is not shipped, so only E.164's shape is checked (a country code, not 0; 7 to 15 digits).
    if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
    dial = display = `+${digits}`;
  } else {
    // The trunk 0, also where it is kept after +84 ("+84 0903 …"); "84 903 966 729" is +84 with the + lost.
    let national = digits.replace(/^0/, '');
    if (international || (!VN_NUMBER.test(national) && digits.startsWith('84'))) national = digits.slice(2).replace(/^0/, '');
    // Else an area code from before 2017, read as today's (old codes map to fixed-line codes, where the plan has no other type).
    const match =
      VN_NUMBER.exec(national) ??
      ((renamed = true), VN_NUMBER.exec((national = national.replace(OLD_AREA_CODE, (code) => `2${OLD_AREA_CODES[code]}`))));
    if (!match) return null;
    const format = VN_FORMATS.find(([pattern]) => pattern.test(national));
    dial = match[2] ? national : `+84${national}`;
    display = format ? national.replace(...format) : national;
    mobile = match[1];
  }
  // A Zalo account is the mobile number, extension or not.
  if (extension) (dial += `;ext=${extension}`), (display += ` ext. ${extension}`);
  return { dial, display, mobile, renamed };
}
