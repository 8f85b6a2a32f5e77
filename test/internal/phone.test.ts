import { expect } from '@open-wc/testing';
import { parsePhone } from '../../src/internal/phone.js';

// In the browser, one example of each kind of rule; test/phone/ (Node) checks thousands against libphonenumber-js.
describe('parsePhone', () => {
  const hotline = { dial: '+84903966729', display: '0903 966 729', mobile: '903966729', renamed: undefined };
  const same = [
    '0903966729',
    '0903 966 729',
    '0903.966.729',
    '0903-966-729',
    '(0903) 966 729',
    '+84903966729',
    '+84 903 966 729',
    '84903966729',
    '0084903966729',
    '+84 (0) 903 966 729',
    '+84 0903 966 729',
    '(+84) 903 966 729',
    '(+84) 0903.966.729',
    ' 0903966729 ',
    '903966729',
    // Pasted: full-width digits and plus, en dash, minus sign, slash, no-break space, zero-width space, soft hyphen, BOM.
    '０９０３ ９６６ ７２９',
    '＋８４ ９０３ ９６６ ７２９',
    '0903–966–729',
    '0903−966−729',
    '0903/966/729',
    '0903\u00a0966\u00a0729',
    '0903\u200b966\u200b729',
    '0903\u00ad966\u00ad729',
    '\ufeff0903966729',
  ];
  for (const input of same) {
    it(`reads ${JSON.stringify(input)} as the hotline`, () => expect(parsePhone(input)).to.deep.equal(hotline));
  }

  it('reads every allocated mobile range, and no unallocated one', () => {
    for (const prefix of ['032', '056', '059', '070', '081', '086', '0898', '099']) {
      const national = `${prefix}1234567`.slice(0, 10);
      expect(parsePhone(national)?.dial, prefix).to.equal(`+84${national.slice(1)}`);
    }
    for (const prefix of ['071', '074', '050', '053', '054', '057', '080', '0992']) {
      expect(parsePhone(`${prefix}1234567`.slice(0, 10)), prefix).to.equal(null);
    }
  });

  it('reads landlines with the area codes of the plan, grouped as the plan writes them', () => {
    expect(parsePhone('024 3826 1234')).to.deep.equal({ dial: '+842438261234', display: '024 3826 1234', mobile: undefined, renamed: undefined });
    expect(parsePhone('+84 28 3822 1234')?.display).to.equal('028 3822 1234');
    expect(parsePhone('0203 123 4567')?.display).to.equal('0203 1234 567');
    // Hà Nội numbers start 2–8; 0217 is no area code.
    expect(parsePhone('024 1234 5678')).to.equal(null);
    expect(parsePhone('0217 2600 476')).to.equal(null);
  });

  it('reads a pre-2017 area code as the current number, and says so', () => {
    expect(parsePhone('073 3872 123')).to.deep.equal({ dial: '+842733872123', display: '0273 3872 123', mobile: undefined, renamed: true });
    expect(parsePhone('064 3822 123')?.display).to.equal('0254 3822 123');
    expect(parsePhone('04 3826 1234')?.display).to.equal('024 3826 1234');
    // 039 was Hà Tĩnh's; today it is a mobile range, and a number there is read as today's.
    expect(parsePhone('039 3822 123')).to.deep.equal({ dial: '+84393822123', display: '0393 822 123', mobile: '393822123', renamed: undefined });
  });

  it('links toll-free and premium-rate numbers with their national digits, as they are dialled only inside Vietnam', () => {
    expect(parsePhone('1900 6868')).to.deep.equal({ dial: '19006868', display: '1900 6868', mobile: undefined, renamed: undefined });
    expect(parsePhone('+84 1900 6868')?.dial).to.equal('19006868');
    expect(parsePhone('1800 123 456')).to.include({ dial: '1800123456', display: '1800 123456' });
  });

  it('keeps an extension (RFC 3966 in the link, "ext." in the text)', () => {
    for (const input of ['028 3822 1234 ext. 105', '028 3822 1234 x105', '028 3822 1234 #105', '+842838221234;ext=105', '028 3822 1234, ext 105']) {
      expect(parsePhone(input), input).to.include({ dial: '+842838221234;ext=105', display: '028 3822 1234 ext. 105' });
    }
  });

  it('keeps the + of another country’s number, without a written trunk (0)', () => {
    expect(parsePhone('+1 (415) 555-0100')?.dial).to.equal('+14155550100');
    expect(parsePhone('+65 6123 4567')?.dial).to.equal('+6561234567');
    expect(parsePhone('+44 (0)121 234 5678')).to.deep.equal({ dial: '+441212345678', display: '+441212345678', mobile: undefined, renamed: undefined });
    expect(parsePhone('+49 (0) 30 123456')?.dial).to.equal('+4930123456');
    expect(parsePhone('0044 121 234 5678')?.dial).to.equal('+441212345678');
  });

  const garbage = ['', 'abc', '0903966729x', '090396672', '09039667290', '0103966729', '+84 123', '++84903966729', '+84 00903966729', '0903966729;drop', 'tel:0903966729', '12345', '+0123456789', '+1 234', '+1 2345 6789 0123 4567', 'O903966729'];
  for (const input of garbage) {
    it(`refuses ${JSON.stringify(input)}`, () => expect(parsePhone(input)).to.equal(null));
  }
});
