import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang, matchLocale } from '../../src/internal/locale.js';

describe('locale', () => {
  describe('matchLocale', () => {
    const cases: [string | null | undefined, string | null][] = [
      ['vi', 'vi'],
      ['en', 'en'],
      ['vi-VN', 'vi'],
      ['EN-gb', 'en'],
      ['en_US', 'en'],
      [' en ', 'en'],
      ['', 'vi'],
      [null, 'vi'],
      [undefined, 'vi'],
      ['fr', null],
      ['zz-ZZ', null],
    ];
    for (const [tag, expected] of cases) {
      it(`${JSON.stringify(tag)} → ${expected}`, () => {
        expect(matchLocale(tag)).to.equal(expected);
      });
    }
  });

  describe('inheritedLang', () => {
    it('reads the element’s own lang first', async () => {
      const el = await fixture(html`<div lang="vi"><span lang="en"></span></div>`);
      expect(inheritedLang(el.querySelector('span')!)).to.equal('en');
    });

    it('falls back to the nearest ancestor with lang', async () => {
      const el = await fixture(html`<section lang="en"><div><span></span></div></section>`);
      expect(inheritedLang(el.querySelector('span')!)).to.equal('en');
    });

    it('crosses shadow roots to the host’s ancestors', async () => {
      const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
      const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<p><b></b></p>';
      expect(inheritedLang(root.querySelector('b')!)).to.equal('en');
    });

    it('returns null when no ancestor says', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture(html`<div><span></span></div>`);
      expect(inheritedLang(el.querySelector('span')!)).to.equal(null);
    });
  });
});
