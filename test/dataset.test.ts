import { expect } from '@open-wc/testing';
import { dataset } from '../src/data/index.js';

/** Every path to a leaf with its value, arrays by index: the "shape" two locales must share. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, value]];
}

describe('bundled dataset', () => {
  const vi = leaves(dataset.vi);
  const en = leaves(dataset.en);

  it('has the same shape in vi and en', () => {
    expect(en.map(([path]) => path)).to.deep.equal(vi.map(([path]) => path));
  });

  it('has the same ids in vi and en', () => {
    const ids = (entries: [string, unknown][]) => entries.filter(([p]) => p.endsWith('.id')).map(([, v]) => v);
    expect(ids(en)).to.deep.equal(ids(vi));
    expect(Object.keys(dataset.vi.roles)).to.deep.equal(['receptionist', 'customer-relations', 'sales']);
    expect(dataset.vi.comparison.criteria.map((c) => c.id)).to.deep.equal(['interaction', 'focus', 'responsibilities', 'visibility']);
  });

  it('has no empty string and nothing that is not a string', () => {
    for (const [path, value] of [...vi, ...en]) {
      expect(typeof value, path).to.equal('string');
      expect((value as string).trim(), path).not.to.equal('');
    }
  });

  it('has no HTML in its strings, since they render as text', () => {
    for (const [path, value] of [...vi, ...en]) expect(value, path).not.to.match(/<[a-z/!]/i);
  });

  it('holds the article’s facts', () => {
    expect(dataset.vi.contact.phone).to.equal('0903966729');
    expect(dataset.vi.contact.label).to.equal('Hỗ trợ bạn qua Zalo');
    expect(dataset.vi.roles.sales.positions).to.have.length(5);
    expect(dataset.vi.roles.receptionist.variants?.banking?.duties).to.have.length(6);
    expect(dataset.vi.roles['customer-relations'].otherNames).to.include('Bộ phận dịch vụ khách hàng');
    expect(dataset.vi.industries.banking.units).to.deep.equal(['Bộ phận tín dụng']);
    expect(dataset.vi.industries.hospitality.units).to.deep.equal(['Bộ phận thu ngân', 'Dịch vụ văn phòng']);
    // The one typo the article has in the comparison is fixed.
    expect(JSON.stringify(dataset.vi)).to.contain('cơ sở hạ tầng').and.not.contain('cơ sở hạ thành');
  });
});
