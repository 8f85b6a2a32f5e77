import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { object, overrideOf, text } from '../../src/data/schema.js';
import { DataOverride } from '../../src/internal/data-override.js';
import { captureWarnings } from '../helpers.js';

interface Sample {
  title: string;
  body: string;
}
const bundled: Sample = { title: 'Bundled title', body: 'Bundled body' };

class DataOverrideHost extends LitElement {
  readonly override = new DataOverride<Sample>(this, overrideOf<Sample>({ title: text, body: text }));
  get data(): Sample {
    return this.override.apply(bundled);
  }
  set data(value: Partial<Sample> | undefined) {
    this.override.set(value);
  }
}
customElements.define('data-override-host', DataOverrideHost);

describe('DataOverride', () => {
  it('reads back the bundled data until overridden', async () => {
    const el = await fixture<DataOverrideHost>(html`<data-override-host></data-override-host>`);
    expect(el.data).to.deep.equal(bundled);
  });

  it('merges a valid property over the bundled data', async () => {
    const el = await fixture<DataOverrideHost>(html`<data-override-host></data-override-host>`);
    el.data = { title: 'Mine' };
    expect(el.data).to.deep.equal({ title: 'Mine', body: 'Bundled body' });
    el.data = undefined;
    expect(el.data).to.deep.equal(bundled);
  });

  it('warns once naming the first bad field and keeps the data in effect', async () => {
    const el = await fixture<DataOverrideHost>(html`<data-override-host></data-override-host>`);
    el.data = { title: 'Good' };
    const warnings = captureWarnings();
    el.data = { title: '', body: 'x' } as Sample;
    warnings.restore();
    expect(el.data.title).to.equal('Good');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<data-override-host>').and.contain('data.title');
  });

  it('reads a child JSON script, and the property wins over it', async () => {
    const el = await fixture<DataOverrideHost>(
      html`<data-override-host><script type="application/json">{"title":"From JSON","body":"<b>text</b>"}</script></data-override-host>`,
    );
    expect(el.data).to.deep.equal({ title: 'From JSON', body: '<b>text</b>' });
    el.data = { title: 'From property' };
    expect(el.data).to.deep.equal({ title: 'From property', body: '<b>text</b>' });
  });

  it('follows a JSON script added or edited after connection', async () => {
    const el = await fixture<DataOverrideHost>(html`<data-override-host></data-override-host>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"title":"Late"}' });
    el.append(script);
    await nextFrame();
    expect(el.data.title).to.equal('Late');
    script.textContent = '{"title":"Edited"}';
    await nextFrame();
    expect(el.data.title).to.equal('Edited');
  });

  it('warns once on malformed JSON and keeps the bundled data', async () => {
    const warnings = captureWarnings();
    const el = await fixture<DataOverrideHost>(html`<data-override-host><script type="application/json">{title: oops}</script></data-override-host>`);
    await nextFrame();
    warnings.restore();
    expect(el.data).to.deep.equal(bundled);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('not valid JSON');
  });

  it('nested objects are checked too', () => {
    const check = object<{ a: { b: string } }>({ a: object<{ b: string }>({ b: text }) });
    expect(check({ a: { b: 1 } }, 'data')).to.contain('data.a.b');
  });
});
