// Writes src/internal/phone-table.ts, the part of Vietnam's numbering plan that <contact-float> ships,
// from the installed libphonenumber-js (a devDependency only: its metadata is read here, at build time).
//
//   node scripts/phone-table.mjs           rewrite the table
//   node scripts/phone-table.mjs --check   exit 1 when the checked-in table differs from what the
//                                          installed libphonenumber-js gives (test/phone/ runs it too)
//
// The table is checked in, not generated inside `npm run build`: the typecheck, the browser tests (which
// compile src/ on the fly) and a plain `rollup -c` all need it and none of them runs a build step first;
// and a metadata update then shows up as a reviewed diff of a few regular expressions instead of a
// silent change in what the element links. The output is deterministic (no date, sorted input), so
// running the script twice gives the same bytes, and test/phone/table.test.mjs fails when the file and
// the installed dependency disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Metadata } from 'libphonenumber-js/core';

const require = createRequire(import.meta.url);
const json = require('libphonenumber-js/metadata.max.json');
const { version } = require('libphonenumber-js/package.json');
export const TABLE = new URL('../src/internal/phone-table.ts', import.meta.url);

/**
 * The 2017 conversion of Vietnam's landline area codes (Circular 15/2017/TT-BTTTT, in three phases from
 * 11 February to 17 June 2017): 59 of 63 provinces got a new code; Vĩnh Phúc (211), Phú Thọ (210),
 * Hòa Bình (218) and Hà Giang (219) kept theirs. Numbers with the old codes are still printed on many
 * pages. History, so not in libphonenumber's metadata: written out here, and every new code is checked
 * against the metadata below.
 */
export const AREA_CODES_2017 = {
  // Phase 1, 11 February 2017.
  22: 212, 231: 213, 20: 214, 230: 215, 29: 216, 52: 232, 53: 233, 54: 234, 510: 235, 511: 236, 37: 237, 38: 238, 39: 239,
  // Phase 2, 15 April 2017.
  33: 203, 240: 204, 25: 205, 26: 206, 27: 207, 280: 208, 281: 209, 320: 220, 321: 221, 241: 222, 31: 225, 351: 226,
  36: 227, 350: 228, 30: 229, 780: 290, 781: 291, 710: 292, 711: 293, 74: 294, 76: 296, 77: 297, 79: 299,
  // Phase 3, 17 June 2017.
  4: 24, 8: 28, 61: 251, 62: 252, 64: 254, 55: 255, 56: 256, 57: 257, 58: 258, 68: 259, 60: 260, 501: 261, 500: 262,
  63: 263, 59: 269, 70: 270, 651: 271, 72: 272, 73: 273, 650: 274, 75: 275, 66: 276, 67: 277,
};

const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP'];

export function vietnam() {
  const metadata = new Metadata(json);
  metadata.selectNumberingPlan('VN');
  const plan = metadata.numberingPlan;
  const pattern = (type) => plan.type(type)?.pattern();
  const present = TYPES.filter(pattern);
  // Every type the plan lists must land in one of the table's groups: a new type fails here, not silently.
  const known = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'UAN', 'VOIP'];
  const unknown = present.filter((t) => !known.includes(t));
  if (unknown.length) throw new Error(`VN has types this script does not place: ${unknown.join(', ')}`);
  if (plan.nationalPrefix() !== '0' || plan.IDDPrefix() !== '00') throw new Error('VN trunk or international prefix changed');
  // As libphonenumber formats a national number: the trunk prefix rule ("0$1") written over the first group.
  const formats = plan.formats().map((format) => {
    const rule = format.nationalPrefixFormattingRule();
    const leading = format.leadingDigitsPatterns();
    return {
      leading: leading[leading.length - 1],
      pattern: format.pattern(),
      replacement: rule ? format.format().replace('$1', () => rule) : format.format(),
    };
  });
  return {
    fixed: pattern('FIXED_LINE'),
    mobile: pattern('MOBILE'),
    domestic: [pattern('TOLL_FREE'), pattern('PREMIUM_RATE')].filter(Boolean).join('|'),
    other: present.filter((t) => !['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE'].includes(t)).map(pattern).join('|'),
    formats,
  };
}

/**
 * The old codes shipped: the one- and two-digit ones (Hà Nội's 04 3826 1234 and 073 3872 123 have ten digits, as
 * today's mobile numbers; three-digit ones gave eleven-digit numbers, rarer now, which are refused with the usual
 * warning), and only those a reader can still meet: not those whose every number is a valid number today.
 */
export function oldAreaCodes(vn) {
  const valid = new RegExp(`^(?:${vn.fixed}|${vn.mobile}|${vn.domestic}|${vn.other})$`);
  const fixed = new RegExp(`^(?:${vn.fixed})$`);
  const entries = [];
  const olds = Object.keys(AREA_CODES_2017);
  for (const old of olds) {
    if (old.length > 2) continue;
    const now = String(AREA_CODES_2017[old]);
    if (!now.startsWith('2')) throw new Error(`new code ${now}: the table keeps what follows its leading 2`);
    if (olds.some((other) => other !== old && other.startsWith(old))) throw new Error(`old code ${old} is a prefix of another`);
    // Old numbers: 0 + code + 7 digits (8 after Hà Nội's 4 and Hồ Chí Minh City's 8); today's: 0 + 10 digits.
    const subscriber = 10 - now.length;
    if (old.length + subscriber !== (old.length === 1 ? 9 : old.length + 7)) throw new Error(`old code ${old}: subscriber length`);
    if (!fixed.test(`${now}3${'8'.repeat(subscriber - 1)}`)) throw new Error(`new code ${now} is not a fixed-line area code in the metadata`);
    // phone.ts takes a converted number that is valid for a fixed line: no other type may have numbers there.
    const others = new RegExp(`^(?:${vn.mobile}|${vn.domestic}|${vn.other})$`);
    for (let n = 0; n < 1000; n++) {
      if (others.test(`${now}${String(n * 7919).padStart(subscriber, '0').slice(-subscriber)}`)) throw new Error(`new code ${now}: not only fixed lines`);
    }
    // Shadowed: every number with this old code (its local numbers started with 2 to 9) is a valid number today (03x
    // mobile for old 3x), so it is never read as old.
    let shadowed = true;
    for (let ab = 20; ab < 100 && shadowed; ab++) {
      for (const fill of ['0', '5', '9']) {
        const nsn = `${old}${String(ab).padStart(2, '0')}${fill.repeat(subscriber - 2)}`;
        if (!valid.test(nsn)) shadowed = false;
      }
    }
    if (!shadowed) entries.push([old, now]);
  }
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The formats with each leading-digits condition dropped where the formats before it already take every valid number
 * it would exclude: checked on every valid number shape (three-digit prefix × length, several fillings). Smaller, and
 * the same format for every number the plan has (test/phone/ compares the display with libphonenumber's).
 */
function pruneFormats(vn) {
  const valid = new RegExp(`^(?:${vn.fixed}|${vn.mobile}|${vn.domestic}|${vn.other})$`);
  const numbers = [];
  for (let prefix = 100; prefix < 1000; prefix++) {
    for (let length = 4; length <= 12; length++) {
      for (const fill of ['0', '3', '5', '9', '0123456789']) {
        const national = `${prefix}${fill.repeat(12)}`.slice(0, length);
        if (valid.test(national)) numbers.push(national);
      }
    }
  }
  const compile = (formats) => formats.map((f) => new RegExp(`^${f.leading ? `(?=${f.leading})` : ''}${f.pattern}$`));
  const choice = (formats) => numbers.map((n) => compile(formats).findIndex((re) => re.test(n))).join();
  const reference = choice(vn.formats);
  let formats = vn.formats;
  for (let i = 0; i < formats.length; i++) {
    const without = formats.map((f, j) => (j === i ? { ...f, leading: '' } : f));
    if (choice(without) === reference) formats = without;
  }
  return formats;
}

export function generate() {
  const vn = vietnam();
  vn.formats = pruneFormats(vn);
  const old = oldAreaCodes(vn);
  const formats = vn.formats.map((f) => `  [/^${f.leading ? `(?=${f.leading})` : ''}${f.pattern}$/, '${f.replacement}'],`).join('\n');
  return `// Generated by scripts/phone-table.mjs from libphonenumber-js ${version} (metadata.max.json, Vietnam): do not edit.
// \`node scripts/phone-table.mjs\` rewrites it; test/phone/table.test.mjs fails when it and the installed package disagree.

/**
 * A Vietnamese national significant number (the digits after the trunk 0) of any type the plan lists.
 * Group 1: mobile; group 2: toll-free and premium rate (1800, 1900, 120x), which are dialled only from inside
 * Vietnam; no group: fixed lines and the other types (UAN, VoIP).
 */
export const VN_NUMBER = /^(?:${vn.fixed}|(${vn.mobile})|(${vn.domestic})|${vn.other})$/;

/** How the plan writes each number: the first pattern that matches, replaced as given (leading-digit conditions that the formats before make redundant are dropped). */
export const VN_FORMATS: [RegExp, string][] = [
${formats}
];

/**
 * One- and two-digit area codes before the 2017 conversion that today's plan does not read as another number: old code →
 * the current one after its leading 2 (73 → 273 is \`73: 73\`; 25 → 205 is \`25: '05'\`; Hà Nội's 4 → 24 is \`4: 4\`).
 * Old codes whose every number is now a valid mobile number, 03x for instance, are left out.
 */
export const OLD_AREA_CODES: Record<string, number | string> = { ${old.map(([o, n]) => `${o}: ${n[1] === '0' ? `'${n.slice(1)}'` : n.slice(1)}`).join(', ')} };
/**
 * Where an old area code would be, at the start of a national number: a one-digit code, else two digits; then a local
 * number, which never started with 0 or 1 (the trunk and service prefixes): 0730 030 236 is no old Tiền Giang number.
 */
export const OLD_AREA_CODE = /^(?:[${old.filter(([o]) => o.length === 1).map(([o]) => o).join('')}]|\\d\\d)(?=[2-9])/;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(TABLE, 'utf8') !== source) {
      console.error('src/internal/phone-table.ts differs from the installed libphonenumber-js: run node scripts/phone-table.mjs');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(TABLE, source);
  }
}
