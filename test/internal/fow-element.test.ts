import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FowElement } from '../../src/internal/fow-element.js';
import { baseStyles } from '../../src/internal/theme.styles.js';
import { captureWarnings, emulate, resetMedia } from '../helpers.js';

class FowSample extends FowElement {
  static override tagName = 'fow-sample';
  static override styles = [baseStyles('fow-sample')];
  override render() {
    return litHtml`<div class=${this._rootClass} lang=${this.locale}><button>Go</button></div>`;
  }
}
FowSample.define();

const inner = (el: Element) => el.shadowRoot!.querySelector('.fow') as HTMLElement;

describe('FowElement', () => {
  afterEach(() => resetMedia({ colorScheme: 'light' }));

  it('define() is repeatable', () => {
    const warnings = captureWarnings();
    FowSample.define();
    FowSample.define('fow-sample');
    warnings.restore();
    expect(customElements.get('fow-sample')).to.equal(FowSample);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('puts the resolved locale on its content, from its own lang or an ancestor’s', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><fow-sample></fow-sample><fow-sample lang="vi"></fow-sample></div>`);
    const [inherited, own] = wrapper.querySelectorAll<FowSample>('fow-sample');
    expect(inner(inherited).lang).to.equal('en');
    expect(inner(own).lang).to.equal('vi');
    expect(inherited.locale).to.equal('en');
  });

  it('re-renders when its lang attribute changes', async () => {
    const el = await fixture<FowSample>(html`<fow-sample lang="vi"></fow-sample>`);
    el.lang = 'en';
    await el.updateComplete;
    expect(inner(el).lang).to.equal('en');
  });

  it('falls back to vi with one warning for a language it does not have', async () => {
    const warnings = captureWarnings();
    const el = await fixture<FowSample>(html`<fow-sample lang="fr"></fow-sample>`);
    el.requestUpdate();
    await el.updateComplete;
    warnings.restore();
    expect(inner(el).lang).to.equal('vi');
    expect(warnings.messages).to.deep.equal(['<fow-sample> lang="fr" is not valid; accepted values: vi, en. Using vi.']);
  });

  it('warns once for an unknown theme and renders light', async () => {
    const warnings = captureWarnings();
    const el = await fixture<FowSample>(html`<fow-sample theme="purple"></fow-sample>`);
    el.requestUpdate();
    await el.updateComplete;
    warnings.restore();
    expect(inner(el).className).to.equal('fow theme-light');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<fow-sample> theme="purple"').and.contain('light, dark, auto');
  });

  it('renders light with no theme set, and adds no attribute to the page; a theme set as a property is reflected', async () => {
    const el = await fixture<FowSample>(html`<fow-sample></fow-sample>`);
    expect(inner(el).className).to.equal('fow theme-light');
    expect(el.hasAttribute('theme')).to.equal(false);
    el.theme = 'auto';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('auto');
    expect(inner(el).className).to.equal('fow theme-auto');
  });

  describe('theme tokens', () => {
    it('light by default, dark on request, auto following prefers-color-scheme', async function () {
      const wrapper = await fixture(html`<div><fow-sample></fow-sample><fow-sample theme="dark"></fow-sample><fow-sample theme="auto"></fow-sample></div>`);
      const [light, dark, auto] = [...wrapper.querySelectorAll('fow-sample')].map((el) => getComputedStyle(inner(el)));
      expect(light.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(light.color).to.equal('rgb(31, 41, 55)');
      expect(dark.color).to.equal('rgb(230, 232, 235)');
      expect(auto.color).to.equal('rgb(31, 41, 55)');
      await emulate(this, { colorScheme: 'dark' });
      expect(getComputedStyle(inner(wrapper.querySelectorAll('fow-sample')[2])).color).to.equal('rgb(230, 232, 235)');
    });

    it('an element token beats the global token, which beats the theme', async () => {
      const wrapper = await fixture(html`<div style="--fow-text: rgb(1, 2, 3)">
        <fow-sample></fow-sample><fow-sample style="--fow-sample-text: rgb(4, 5, 6)"></fow-sample>
      </div>`);
      const [global, own] = [...wrapper.querySelectorAll('fow-sample')].map((el) => getComputedStyle(inner(el)).color);
      expect(global).to.equal('rgb(1, 2, 3)');
      expect(own).to.equal('rgb(4, 5, 6)');
    });

    it('inherits the host font unless a token sets one', async () => {
      const wrapper = await fixture(html`<div style="font-family: Georgia"><fow-sample></fow-sample><fow-sample style="--fow-font-family: monospace"></fow-sample></div>`);
      const [inherited, token] = [...wrapper.querySelectorAll('fow-sample')].map((el) => getComputedStyle(inner(el)).fontFamily);
      expect(inherited).to.equal('Georgia');
      expect(token).to.equal('monospace');
    });

    it('resets the host page’s inherited text properties', async () => {
      const wrapper = await fixture(html`<div style="line-height: 4; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: right; color: red; font-style: italic">
        <fow-sample></fow-sample>
      </div>`);
      const style = getComputedStyle(inner(wrapper.querySelector('fow-sample')!));
      expect(style.letterSpacing).to.equal('normal');
      expect(style.wordSpacing).to.equal('0px');
      expect(style.textTransform).to.equal('none');
      expect(style.textAlign).to.equal('start');
      expect(style.fontStyle).to.equal('normal');
      expect(style.color).to.equal('rgb(31, 41, 55)');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
    });

    it('keeps its text styles when a theme rule selects the host itself', async () => {
      const sheet = document.createElement('style');
      sheet.textContent = '.entry * { letter-spacing: 3px; text-transform: uppercase; font-style: italic; text-align: right }';
      document.head.append(sheet);
      try {
        const wrapper = await fixture(html`<div class="entry"><fow-sample></fow-sample></div>`);
        const host = wrapper.querySelector('fow-sample')!;
        expect(getComputedStyle(host).letterSpacing, 'the page does win on the host').to.equal('3px');
        const style = getComputedStyle(inner(host));
        expect(style.letterSpacing).to.equal('normal');
        expect(style.textTransform).to.equal('none');
        expect(style.fontStyle).to.equal('normal');
        expect(style.textAlign).to.equal('start');
      } finally {
        sheet.remove();
      }
    });

    it('shows a visible focus ring', async () => {
      const el = await fixture<FowSample>(html`<fow-sample></fow-sample>`);
      const button = el.shadowRoot!.querySelector('button')!;
      button.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
    });
  });
});
