/**
 * Inputs for the phone corpus, generated from libphonenumber-js's metadata rather than from the rules
 * under test: every three-digit prefix of every length Vietnam's plan knows (so every mobile prefix,
 * every area code and every service range, allocated or not), each valid number in the ways people
 * write and paste it, every country's example number, and the pre-2017 area codes.
 */
import { AREA_CODES_2017 } from '../../scripts/phone-table.mjs';
import { examples, getExampleNumber, metadata, parsePhoneNumber } from './load.mjs';

// A fixed pseudo-random sequence: the same corpus on every run.
let seed = 16;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const digits = (count) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

/** The written forms of one national number: pasted from documents, word processors and other sites. */
export const WRITTEN = {
  'as the plan formats it': (n) => n.formatNational(),
  digits: (n) => `0${n.nationalNumber}`,
  international: (n) => n.formatInternational(),
  'E.164': (n) => n.number,
  '84 without +': (n) => `84${n.nationalNumber}`,
  '00 84': (n) => `00${n.countryCallingCode}${n.nationalNumber}`,
  '(+84)': (n) => `(+84) ${n.formatNational()}`,
  '+84 (0)': (n) => `+84 (0) ${n.nationalNumber}`,
  '+84 0': (n) => `+84 0${n.nationalNumber}`,
  dots: (n) => n.formatNational().replaceAll(' ', '.'),
  hyphens: (n) => n.formatNational().replaceAll(' ', '-'),
  'en dashes': (n) => n.formatNational().replaceAll(' ', '–'),
  'minus signs': (n) => n.formatNational().replaceAll(' ', '−'),
  slashes: (n) => n.formatNational().replace(' ', '/'),
  'no-break spaces': (n) => n.formatNational().replaceAll(' ', '\u00a0'),
  'full-width digits': (n) => n.formatNational().replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  '+84, full-width digits': (n) => `+84 ${n.nationalNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`,
  'zero-width spaces': (n) => n.formatNational().replaceAll(' ', '\u200b'),
  'soft hyphens': (n) => n.formatNational().replaceAll(' ', '\u00ad'),
  'ext. 105': (n) => `${n.formatNational()} ext. 105`,
  x105: (n) => `${n.formatNational()} x105`,
  '#105': (n) => `${n.formatNational()} #105`,
  ';ext=105': (n) => `${n.number};ext=105`,
  ', ext 7': (n) => `${n.formatNational()}, ext 7`,
};

const VN = metadata.countries.VN;
const lengths = VN[3];

export function corpus() {
  const items = new Map();
  const add = (input, kind) => items.has(input) || items.set(input, kind);

  // Every prefix: 0 + three digits, then random digits to each length the plan has (valid or not: the
  // plan decides). Service numbers (1…) also as written without the trunk 0.
  const valid = [];
  for (let prefix = 100; prefix <= 999; prefix++) {
    for (const length of lengths) {
      const national = `${prefix}${digits(length - 3)}`;
      add(`0${national}`, 'prefix');
      if (prefix < 200) add(national, 'prefix');
      const number = parsePhoneNumber(`0${national}`, 'VN');
      if (number?.isValid()) valid.push(number);
    }
  }
  // Each valid number in one of the written forms, in turn, so that every form meets every type.
  const forms = Object.entries(WRITTEN);
  valid.forEach((number, i) => {
    const [name, write] = forms[i % forms.length];
    add(write(number), `written: ${name}`);
  });
  // Every type of the plan in every form.
  const types = new Map();
  for (const number of valid) if (!types.has(number.getType())) types.set(number.getType(), number);
  for (const number of types.values()) for (const [name, write] of forms) add(write(number), `written: ${name}`);

  // The 2017 conversion: an old number is 0 + old code + 7 digits (8 after Hà Nội's 4 and Hồ Chí Minh City's 8).
  for (const old of Object.keys(AREA_CODES_2017)) {
    const subscriber = `3${digits(old.length === 1 ? 7 : 6)}`;
    add(`0${old} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`, 'old area code');
  }

  // Every country's example number, internationally and as E.164 after 00; with a written trunk (0) where
  // the country has a trunk prefix 0 (libphonenumber drops it there: +44 (0)121 …).
  for (const country of Object.keys(examples).sort()) {
    if (country === 'VN') continue;
    const number = getExampleNumber(country, examples);
    if (!number) continue;
    add(number.formatInternational(), 'foreign');
    add(`00${number.number.slice(1)}`, 'foreign, 00');
    // Where libphonenumber reads it as the same number: Colombia's mobile numbers, for one, take no trunk 0.
    const trunk = `+${number.countryCallingCode} (0)${number.nationalNumber}`;
    if (metadata.countries[country][5] === '0' && parsePhoneNumber(trunk)?.number === number.number) add(trunk, 'foreign, written trunk (0)');
  }

  // Other countries' numbers of E.164's shape that their own plan has not: accepted by shape only (README).
  for (const input of ['+1 123 456 7890', '+999 1234 5678']) add(input, 'foreign, not in its plan');
  // Not numbers at all, or not of E.164's shape.
  for (const input of ['', 'abc', '0903966729x', '090396672', '09039667290', '0103966729', '+84 123', '12345', '+0123456789',
    '0903966729;drop', 'javascript:alert(1)', 'O903966729', '0', '+1 23', '+1 2345 6789 0123 4567', '0903 966 729 ext', '+84903966729+1']) {
    add(input, 'not a number');
  }
  return [...items].map(([input, kind]) => ({ input, kind }));
}
