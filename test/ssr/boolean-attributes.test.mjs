/**
 * Booleans as frameworks' server rendering writes them (Vue, Svelte, React 18: `expanded="false"`), read by the
 * render command as the browser reads them: "false" is false, so a prerendered card stays closed and a menu shut.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, byTag, isHidden, one, renderOne } from './helpers.mjs';

const button = (shadow) => one(shadow, (el) => el.tagName === 'button' && attr(el, 'aria-expanded') !== undefined);

describe('boolean attributes written by frameworks', () => {
  for (const [value, expanded] of [['false', false], ['False', false], ['', true], ['true', true]]) {
    it(`<role-card expanded="${value}"> prerenders ${expanded ? 'open' : 'closed'}`, async () => {
      const { shadow } = await renderOne(`<role-card role-id="sales" expanded="${value}"></role-card>`);
      assert.equal(attr(button(shadow), 'aria-expanded'), String(expanded));
      assert.equal(isHidden(one(shadow, (el) => attr(el, 'id') === 'details')), !expanded);
    });
  }
  it('<contact-float open="false"> prerenders its links, as without the attribute', async () => {
    const closed = await renderOne('<contact-float open="false"></contact-float>');
    const plain = await renderOne('<contact-float></contact-float>');
    assert.deepEqual(byTag(closed.shadow, 'a').map((a) => attr(a, 'href')), byTag(plain.shadow, 'a').map((a) => attr(a, 'href')));
    assert.equal(attr(button(closed.shadow), 'aria-expanded'), attr(button(plain.shadow), 'aria-expanded'));
  });
});
