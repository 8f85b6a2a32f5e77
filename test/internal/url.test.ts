import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/url.js';

describe('safeUrl', () => {
  const allowed: [string, string][] = [
    ['tel:+84903966729', 'tel:+84903966729'],
    ['mailto:info@example.com', 'mailto:info@example.com'],
    ['https://zalo.me/0903966729', 'https://zalo.me/0903966729'],
    ['HTTPS://M.ME/page', 'https://m.me/page'],
    ['  https://zalo.me/x  ', 'https://zalo.me/x'],
  ];
  for (const [input, expected] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => expect(safeUrl(input)).to.equal(expected));
  }

  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com',
    'ftp://example.com',
    'blob:https://example.com/1',
    '/relative/path',
    '//evil.example.com',
    'zalo.me/0903966729',
    '',
    'https://',
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => expect(safeUrl(input)).to.equal(null));
  }

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://x.example']]) expect(safeUrl(value)).to.equal(null);
  });
});
