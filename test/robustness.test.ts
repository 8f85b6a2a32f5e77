/**
 * What a host page can throw at any of the three elements: values set before the tag
 * is defined, properties that are not strings, a language switch on an ancestor. One
 * suite per behaviour, run against every element.
 */
import { elementUpdated, expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings } from './helpers.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const wrapperLang = (el: Element) => el.shadowRoot!.querySelector('.fow')?.getAttribute('lang');

const ELEMENTS = [
  { tag: 'office-compare', attrs: '', early: { caption: 'Set early' }, shows: 'Set early', en: 'How the front office' },
  { tag: 'role-card', attrs: 'role-id="sales"', early: { title: 'Set early' }, shows: 'Set early', en: 'Sales' },
  { tag: 'contact-float', attrs: '', early: { label: 'Set early' }, shows: 'Set early', en: 'Chat with us on Zalo' },
];

async function mount(tag: string, attrs: string, parentLang = 'vi'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.lang = parentLang;
  wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

for (const { tag, attrs, early, shows, en } of ELEMENTS) {
  describe(`<${tag}> in a hostile page`, () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('keeps data set before the tag was defined (frameworks, async CDN script)', async () => {
      const lateTag = `${tag}-late`;
      const el = document.createElement(lateTag) as HTMLElement & { data: Record<string, unknown> };
      for (const attr of attrs.match(/[\w-]+="[^"]*"/g) ?? []) {
        const [name, value] = attr.split('=');
        el.setAttribute(name, value.slice(1, -1));
      }
      el.data = early;
      customElements.define(lateTag, class extends (customElements.get(tag) as CustomElementConstructor) {});
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      await elementUpdated(el);
      expect(text(el)).to.contain(shows);
      expect(el.data).to.include(early);
      expect(Object.keys(el.data).length, 'reads back the data in effect, not the raw value').to.be.greaterThan(1);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('follows a language change on an ancestor', async () => {
      const el = await mount(tag, attrs, 'vi');
      expect(wrapperLang(el)).to.equal('vi');
      el.parentElement!.lang = 'en';
      await nextFrame();
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(wrapperLang(el)).to.equal('en');
      expect(text(el)).to.contain(en);
    });

    it('never throws when a script sets a text property to an array or an object', async () => {
      const el = await mount(tag, attrs);
      const errors: unknown[] = [];
      const onError = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('unhandledrejection', onError);
      const props = (customElements.get(tag) as unknown as { elementProperties: Map<string, { type?: unknown; converter?: unknown; attribute?: unknown }> }).elementProperties;
      // Not role-id: without a valid one a card renders nothing, by design (and says so).
      const textProps = [...props].filter(([name, o]) => name !== 'roleId' && !o.type && !o.converter && o.attribute !== false).map(([name]) => name);
      expect(textProps.length).to.be.greaterThan(0);
      for (const name of textProps) (el as unknown as Record<string, unknown>)[name] = ['not', 'text'];
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      await nextFrame();
      window.removeEventListener('unhandledrejection', onError);
      expect(errors).to.deep.equal([]);
      expect(warnings.messages).to.have.length(textProps.length);
      for (const message of warnings.messages) expect(message).to.match(new RegExp(`^<${tag}> [\\w-]+="not,text" is not valid; accepted values: text`));
      expect(text(el).trim(), 'still renders its bundled content').not.to.equal('');
    });
  });
}

describe('numbers where text is expected', () => {
  it('reads a phone number given as a number', async () => {
    const el = await mount('contact-float', 'channels="phone"');
    (el as unknown as { phone: unknown }).phone = 903966729;
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:+84903966729');
  });

  it('shows a caption given as a number', async () => {
    const el = await mount('office-compare', 'layout="table"');
    (el as unknown as { caption: unknown }).caption = 2026;
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('2026');
  });
});

describe('heading-level', () => {
  for (const value of ['0x4', '4e0', '4.0', '+4']) {
    it(`refuses ${value} with one warning and uses 3`, async () => {
      const warnings = captureWarnings();
      const el = await mount('role-card', `role-id="sales" heading-level="${value}"`);
      warnings.restore();
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`heading-level="${value}"`);
    });
  }
});
