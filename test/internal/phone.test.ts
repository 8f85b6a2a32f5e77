import { expect } from '@open-wc/testing';
import { parsePhone } from '../../src/internal/phone.js';

describe('parsePhone', () => {
  const hotline = { dial: '+84903966729', national: '0903966729', display: '0903 966 729' };
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
    '903 966 729',
  ];
  for (const input of same) {
    it(`reads ${JSON.stringify(input)} as the hotline`, () => expect(parsePhone(input)).to.deep.equal(hotline));
  }

  it('reads other mobile ranges (03, 05, 07, 08)', () => {
    for (const prefix of ['032', '056', '070', '081']) {
      expect(parsePhone(`${prefix}1234567`)?.dial).to.equal(`+84${prefix.slice(1)}1234567`);
    }
  });

  it('reads Hanoi and Ho Chi Minh City landlines with their two-digit area codes', () => {
    expect(parsePhone('024 3826 1234')).to.deep.equal({ dial: '+842438261234', national: '02438261234', display: '024 3826 1234' });
    expect(parsePhone('+84 28 3822 1234')?.display).to.equal('028 3822 1234');
  });

  it('reads provincial landlines', () => {
    expect(parsePhone('0203 123 4567')).to.deep.equal({ dial: '+842031234567', national: '02031234567', display: '0203 123 4567' });
  });

  it('keeps 1800/1900 service numbers national, since they cannot be dialled from abroad', () => {
    expect(parsePhone('1900 6868')).to.deep.equal({ dial: '19006868', national: '19006868', display: '1900 6868' });
    expect(parsePhone('1800 123 456')?.display).to.equal('1800 123 456');
    expect(parsePhone('1800 123 456')?.dial).to.equal('1800123456');
  });

  it('keeps the + of another country’s number', () => {
    expect(parsePhone('+1 (415) 555-0100')?.dial).to.equal('+14155550100');
    expect(parsePhone('+65 6123 4567')?.dial).to.equal('+6561234567');
  });

  const garbage = ['', 'abc', '0903966729x', '090396672', '09039667290', '0103966729', '+84 123', '++84903966729', '+84 00903966729', '0903966729;drop', 'tel:0903966729', '12345', '+0123456789'];
  for (const input of garbage) {
    it(`refuses ${JSON.stringify(input)}`, () => expect(parsePhone(input)).to.equal(null));
  }

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 903966729, {}]) expect(parsePhone(value)).to.equal(null);
  });
});
