import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../helpers.js';

let n = 0;
const uniqueTag = () => `fow-define-test-${++n}`;
const classOf = (version?: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('defineElement', () => {
  it('defines a free tag', () => {
    const tag = uniqueTag();
    const Ctor = classOf(VERSION);
    defineElement(tag, Ctor);
    expect(customElements.get(tag)).to.equal(Ctor);
  });

  it('is silent when the same version defines the tag again, as a second copy of the bundle does', () => {
    const warnings = captureWarnings();
    const tag = uniqueTag();
    const First = classOf(VERSION);
    defineElement(tag, First);
    defineElement(tag, classOf(VERSION));
    defineElement(tag, First);
    warnings.restore();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first definition and warns once when another version arrives', () => {
    const warnings = captureWarnings();
    const [a, b] = [uniqueTag(), uniqueTag()];
    const Old = classOf('0.0.1-test');
    defineElement(a, Old);
    defineElement(b, classOf('0.0.1-test'));
    defineElement(a, classOf(VERSION));
    defineElement(b, classOf(VERSION));
    warnings.restore();
    expect(customElements.get(a)).to.equal(Old);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${a}>`).and.contain('0.0.1-test').and.contain(VERSION);
  });

  it('never throws, even on a tag name the registry refuses', () => {
    const warnings = captureWarnings();
    expect(() => defineElement('NotATag', classOf(VERSION))).not.to.throw();
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<NotATag>');
  });

  it('uses the registry it is given', () => {
    const calls: string[] = [];
    const registry = { get: () => undefined, define: (tag: string) => calls.push(tag) } as unknown as CustomElementRegistry;
    defineElement('fow-scoped', classOf(VERSION), registry);
    expect(calls).to.deep.equal(['fow-scoped']);
    expect(customElements.get('fow-scoped')).to.equal(undefined);
  });
});
