/**
 * The element's phone parsing (src/internal/phone.ts, compiled as the element uses it) against
 * libphonenumber-js (`max` metadata) over a corpus generated from the metadata (corpus.mjs).
 * `npm run test:phone`.
 *
 * Agreement: where libphonenumber finds a valid number, ours links the same E.164 (toll-free and premium
 * rate: their national digits, `tel:19006868`, by design) with the same extension and shows it as
 * libphonenumber's national format; where libphonenumber finds none, ours links nothing. Two documented
 * departures are counted apart: pre-2017 area codes (ours links the current number, which
 * libphonenumber must find valid) and other countries' plans (ours checks E.164's shape only).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AREA_CODES_2017 } from '../../scripts/phone-table.mjs';
import { corpus } from './corpus.mjs';
import { channelOf, parsePhone, parsePhoneNumber } from './load.mjs';

const DOMESTIC = ['TOLL_FREE', 'PREMIUM_RATE'];

/** What libphonenumber makes of an input: null, or the number it finds valid. */
function yardstick(input) {
  try {
    const number = parsePhoneNumber(input, 'VN');
    return number?.isValid() ? number : null;
  } catch {
    return null;
  }
}

/** The current number an old-area-code input stands for, when libphonenumber finds it valid. */
function converted(input) {
  const national = input.replace(/\D/g, '').slice(1);
  for (const [old, now] of Object.entries(AREA_CODES_2017)) {
    if (national.startsWith(old)) return yardstick(`0${now}${national.slice(old.length)}`);
  }
  return null;
}

const items = corpus();
const results = { accepted: 0, rejected: 0, agree: 0, falseAccepts: [], wrong: [], falseRejects: [], wrongDisplay: [], renamed: 0, foreignUnchecked: [] };
let valid = 0;

for (const { input, kind } of items) {
  const ours = parsePhone(input);
  const theirs = yardstick(input);
  if (ours) results.accepted++;
  else results.rejected++;
  if (theirs) valid++;

  if (ours?.renamed) {
    // An old area code: libphonenumber must find the current number valid, and ours must be that number.
    const current = converted(input);
    if (!theirs && current && ours.dial === current.number && ours.display === current.formatNational()) {
      results.renamed++;
      results.agree++;
    } else results.wrong.push({ input, kind, ours, theirs: current?.number });
    continue;
  }
  if (!theirs) {
    if (!ours) results.agree++;
    else if (kind === 'foreign, not in its plan') results.foreignUnchecked.push(input);
    else results.falseAccepts.push({ input, kind, ours });
    continue;
  }
  if (!ours) {
    results.falseRejects.push({ input, kind, theirs: theirs.number });
    continue;
  }
  const e164 = ours.dial.split(';')[0];
  const domestic = !e164.startsWith('+');
  const sameNumber = domestic ? theirs.country === 'VN' && DOMESTIC.includes(theirs.getType()) && `+84${e164}` === theirs.number : e164 === theirs.number;
  const sameExtension = (ours.dial.split(';ext=')[1] ?? undefined) === theirs.ext;
  if (!sameNumber || !sameExtension) {
    results.wrong.push({ input, kind, ours: ours.dial, theirs: theirs.getURI() });
    continue;
  }
  results.agree++;
  // Vietnamese numbers are shown as the plan writes them; other countries' in E.164.
  const display = theirs.country === 'VN' ? theirs.formatNational() : theirs.number + (theirs.ext ? ` ext. ${theirs.ext}` : '');
  if (ours.display !== display) results.wrongDisplay.push({ input, ours: ours.display, theirs: display });
}

describe('phone corpus against libphonenumber-js', () => {
  it('summary', (t) => {
    const rate = (results.falseRejects.length / valid) * 100;
    t.diagnostic(
      `${items.length} inputs, ${valid} valid for libphonenumber-js; ours: ${results.accepted} accepted, ${results.rejected} rejected; ` +
        `agree on ${results.agree - results.renamed} (${(((results.agree - results.renamed) / items.length) * 100).toFixed(2)} %), ` +
        `plus ${results.renamed} pre-2017 area codes (invalid for libphonenumber) linked as the current number, which it finds valid; ` +
        `false accepts ${results.falseAccepts.length}, wrong E.164 ${results.wrong.length}, false rejects ${results.falseRejects.length} (${rate.toFixed(2)} % of valid), ` +
        `other countries' numbers accepted by E.164's shape only ${results.foreignUnchecked.length} (${results.foreignUnchecked.join(', ')})`,
    );
    assert.ok(items.length >= 300);
  });

  it('has at least 300 inputs, with every kind the issue lists', () => {
    const kinds = new Set(items.map((item) => item.kind.split(':')[0]));
    for (const kind of ['prefix', 'written', 'old area code', 'foreign', 'foreign, written trunk (0)', 'not a number']) assert.ok(kinds.has(kind), kind);
    assert.ok(items.length >= 300, `${items.length} inputs`);
  });

  it('accepts nothing libphonenumber finds invalid', () => assert.deepEqual(results.falseAccepts, []));

  it('links no wrong number (E.164, extension, or the current number of an old area code)', () => assert.deepEqual(results.wrong, []));

  it('refuses at most 1 % of the valid numbers', (t) => {
    t.diagnostic(`refused: ${results.falseRejects.map(({ input, theirs }) => `${JSON.stringify(input)} (${theirs})`).join(', ')}`);
    assert.ok(results.falseRejects.length <= valid / 100, JSON.stringify(results.falseRejects.slice(0, 20)));
  });

  it('shows each number as libphonenumber formats it', () => assert.deepEqual(results.wrongDisplay, []));

  it('links every pre-2017 one- and two-digit area code that today’s plan does not read otherwise', () => {
    assert.ok(results.renamed >= 20, `${results.renamed}`);
  });
});

describe('Zalo against libphonenumber-js: a number only where it is a Vietnamese mobile number', () => {
  it('links exactly the mobile numbers of the corpus, as zalo.me/0…', () => {
    const wrong = [];
    let mobiles = 0;
    for (const { input, kind } of items) {
      // Those are below, with the ids.
      if (kind === 'not a number') continue;
      const theirs = yardstick(input);
      const mobile = theirs?.country === 'VN' && theirs.getType() === 'MOBILE';
      if (mobile) mobiles++;
      const href = channelOf('zalo', input)?.href ?? null;
      // A Zalo id looks like no phone number, so none of the corpus's inputs may become one.
      const expected = mobile ? `https://zalo.me/0${theirs.nationalNumber}` : null;
      if (href !== expected) wrong.push({ input, href, expected });
    }
    assert.ok(mobiles > 100, `${mobiles} mobile numbers`);
    assert.deepEqual(wrong.slice(0, 20), []);
  });

  const ids = [
    ['4318224939491234567', 'https://zalo.me/4318224939491234567'],
    ['https://zalo.me/4318224939491234567', 'https://zalo.me/4318224939491234567'],
    ['masterskills', 'https://zalo.me/masterskills'],
    ['0', null],
    ['7', null],
    ['O903966729', null],
    ['o9o3966729', null],
    ['09O3966729', null],
    ['OOO', null],
    ['028 3822 1234', null],
    ['1900 6868', null],
    ['+44 7400 123456', null],
    ['12345', null],
    ['https://zalo.me/02838221234', null],
  ];
  for (const [value, href] of ids) {
    it(`zalo="${value}" → ${href ?? 'left out'}`, () => assert.equal(channelOf('zalo', value)?.href ?? null, href));
  }
});
