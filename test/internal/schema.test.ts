import { expect } from '@open-wc/testing';
import { comparisonFields, contactFields, list, object, overrideOf, roleCardFields, text } from '../../src/data/schema.js';
import * as vi from '../../src/data/vi.js';
import type { ComparisonData, ContactData, RoleCardData } from '../../src/data/types.js';

const comparison = overrideOf<ComparisonData>(comparisonFields);
const roleCard = overrideOf<RoleCardData>(roleCardFields);
const contact = overrideOf<ContactData>(contactFields);

describe('data schema', () => {
  it('accepts the bundled parts whole', () => {
    expect(comparison(vi.comparison, 'data')).to.equal(null);
    for (const role of Object.values(vi.roles)) {
      expect(roleCard({ ...role, skills: vi.advice.front.skills, industries: vi.industries }, 'data')).to.equal(null);
    }
    expect(contact(vi.contact, 'data')).to.equal(null);
  });

  it('accepts any subset of top-level keys', () => {
    expect(comparison({ caption: 'So sánh' }, 'data')).to.equal(null);
    expect(contact({ phone: '0281234567', label: 'Gọi chúng tôi' }, 'data')).to.equal(null);
    expect(roleCard({}, 'data')).to.equal(null);
  });

  const bad: [string, unknown, string][] = [
    ['not an object', 'hello', 'data must be an object'],
    ['an array', [], 'data must be an object'],
    ['null', null, 'data must be an object'],
    ['an unknown key', { heading: 'x' }, 'data.heading is not a known field'],
    ['an empty string', { caption: '   ' }, 'data.caption must be a non-empty string'],
    ['a number for a string', { front: 3 }, 'data.front must be a non-empty string'],
    ['an empty list', { criteria: [] }, 'data.criteria must be a non-empty array'],
    ['a list item missing a field', { criteria: [{ id: 'a', label: 'A', front: 'F' }] }, 'data.criteria[0].back is missing'],
    ['a bad field deep in a list', { criteria: [vi.comparison.criteria[0], { ...vi.comparison.criteria[1], front: null }] }, 'data.criteria[1].front'],
  ];
  for (const [what, value, message] of bad) {
    it(`names the first bad field: ${what}`, () => {
      expect(comparison(value, 'data')).to.contain(message);
    });
  }

  it('checks nested optional objects of a role', () => {
    expect(roleCard({ variants: { banking: { duties: ['Đón tiếp'] } } }, 'data')).to.equal(null);
    expect(roleCard({ variants: { banking: { duties: [1] } } }, 'data')).to.contain('data.variants.banking.duties[0]');
    expect(roleCard({ variants: { casino: {} } }, 'data')).to.contain('data.variants.casino is not a known field');
  });

  it('builds checks from small parts', () => {
    const check = object<{ a: string; b?: string[] }>({ a: text, b: list(text) }, ['b']);
    expect(check({ a: 'x' }, 'v')).to.equal(null);
    expect(check({ b: ['x'] }, 'v')).to.equal('v.a is missing');
  });
});
