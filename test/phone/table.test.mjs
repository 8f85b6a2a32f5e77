/**
 * src/internal/phone-table.ts is what scripts/phone-table.mjs writes from the installed libphonenumber-js:
 * fails after a metadata update until the table is regenerated (`node scripts/phone-table.mjs`) and reviewed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { AREA_CODES_2017, generate, TABLE } from '../../scripts/phone-table.mjs';
import { table } from './load.mjs';

describe('the generated numbering-plan table', () => {
  it('is what the installed libphonenumber-js gives, byte for byte', () => {
    assert.equal(readFileSync(TABLE, 'utf8'), generate(), 'run node scripts/phone-table.mjs and commit src/internal/phone-table.ts');
  });

  it('is deterministic', () => assert.equal(generate(), generate()));

  it('names the libphonenumber-js version it came from', () => {
    const { version } = createRequire(import.meta.url)('libphonenumber-js/package.json');
    assert.ok(readFileSync(TABLE, 'utf8').includes(`from libphonenumber-js ${version} `), version);
  });

  it('maps old area codes to current ones only', () => {
    for (const [old, now] of Object.entries(table.OLD_AREA_CODES)) assert.equal(`${AREA_CODES_2017[old]}`, `2${now}`, old);
    assert.ok(Object.keys(table.OLD_AREA_CODES).length >= 20);
    // 59 provinces changed code in 2017, each to a code of its own.
    assert.equal(Object.keys(AREA_CODES_2017).length, 59);
    assert.equal(new Set(Object.values(AREA_CODES_2017)).size, 59);
  });
});
