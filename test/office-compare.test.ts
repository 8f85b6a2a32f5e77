import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/office-compare.js';
import type { OfficeCompare } from '../src/office-compare.js';
import { dataset } from '../src/data/index.js';
import type { Locale } from '../src/internal/locale.js';
import { captureWarnings, emulate, resetMedia, resetViewport, viewport } from './helpers.js';

const LOCALES: Locale[] = ['vi', 'en'];
const IDS = ['interaction', 'focus', 'responsibilities', 'visibility'];

const $ = (el: OfficeCompare, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: OfficeCompare, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const texts = (nodes: Element[]) => nodes.map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
/** The element's content in the layout a visitor sees: exactly one of the two is displayed. */
const visibleLayout = (el: OfficeCompare) => {
  const table = shown($(el, 'table'));
  const stacked = shown($(el, 'figure'));
  expect(table !== stacked, 'exactly one layout is displayed').to.equal(true);
  return table ? 'table' : 'stacked';
};

/** An element inside a wrapper of a fixed width: the container query reads the element's width. */
async function inWidth(width: number, template: ReturnType<typeof html>): Promise<OfficeCompare> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="w">${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('office-compare')!;
  await elementUpdated(el);
  return el;
}

/** Nothing inside the element is wider than the element: no horizontal scrolling. */
function expectNoOverflow(el: OfficeCompare) {
  const limit = el.getBoundingClientRect().right + 0.5;
  for (const node of $$(el, '*')) {
    if (!shown(node) || !node.getClientRects().length) continue;
    expect(node.getBoundingClientRect().right, `${node.localName} stays inside`).to.be.at.most(limit);
  }
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(async () => {
  warnings.restore();
  await resetViewport({ width: 800, height: 600 });
  await resetMedia({ media: 'screen', colorScheme: 'light' });
});

describe('<office-compare> content', () => {
  for (const locale of LOCALES) {
    const data = dataset[locale].comparison;
    const strings = dataset[locale].ui.compare;

    it(`shows the article's comparison as a table in ${locale}`, async () => {
      const el = await fixture<OfficeCompare>(html`<office-compare lang=${locale} layout="table"></office-compare>`);
      expect($(el, 'caption')!.textContent!.trim()).to.equal(data.caption);
      expect(texts($$(el, 'thead th'))).to.deep.equal([strings.criterion, data.front, data.back]);
      expect(texts($$(el, 'tbody th'))).to.deep.equal(data.criteria.map((c) => c.label));
      expect(texts($$(el, 'tbody tr')).length).to.equal(4);
      $$(el, 'tbody tr').forEach((row, i) => {
        expect(texts([...row.querySelectorAll('td')])).to.deep.equal([data.criteria[i].front, data.criteria[i].back]);
      });
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal(locale);
      expect(warnings.messages).to.deep.equal([]);
    });

    it(`shows the same content stacked in ${locale}`, async () => {
      const el = await fixture<OfficeCompare>(html`<office-compare lang=${locale} layout="stacked"></office-compare>`);
      expect($(el, 'figcaption')!.textContent!.trim()).to.equal(data.caption);
      expect(texts($$(el, 'h3'))).to.deep.equal(data.criteria.map((c) => c.label));
      $$(el, '.item').forEach((item, i) => {
        expect(texts([...item.querySelectorAll('dt')])).to.deep.equal([data.front, data.back]);
        expect(texts([...item.querySelectorAll('dd')])).to.deep.equal([data.criteria[i].front, data.criteria[i].back]);
      });
    });
  }

  it('matches the ids the issue names, in the article order', () => {
    for (const locale of LOCALES) expect(dataset[locale].comparison.criteria.map((c) => c.id)).to.deep.equal(IDS);
  });
});

describe('<office-compare> table semantics', () => {
  it('is a real table: caption, three column headers, four row headers, eight cells', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table"></office-compare>`);
    const table = $(el, 'table')!;
    expect(table.firstElementChild!.localName).to.equal('caption');
    expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect($$(el, 'tbody th').map((th) => th.getAttribute('scope'))).to.deep.equal(['row', 'row', 'row', 'row']);
    expect($$(el, 'tbody td')).to.have.length(8);
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('keeps the relations when stacked: a heading per criterion and a dl of side → text', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="stacked"></office-compare>`);
    expect($(el, 'table')).to.equal(null);
    const items = $$(el, '.item');
    expect(items).to.have.length(4);
    for (const item of items) {
      expect(item.firstElementChild!.localName).to.equal('h3');
      const dl = item.querySelector('dl')!;
      expect([...dl.querySelectorAll('dt + dd')]).to.have.length(2);
    }
    await expect(el).to.be.accessible();
  });
});

describe('<office-compare> width', () => {
  it('stacks in a 320px container and shows a table in a 960px one', async () => {
    const narrow = await inWidth(320, html`<office-compare></office-compare>`);
    expect(visibleLayout(narrow)).to.equal('stacked');
    expectNoOverflow(narrow);
    await expect(narrow).to.be.accessible();
    const wide = await inWidth(960, html`<office-compare></office-compare>`);
    expect(visibleLayout(wide)).to.equal('table');
  });

  it('follows the container, not the viewport', async function () {
    await viewport(this, { width: 1280, height: 800 });
    const inSidebar = await inWidth(320, html`<office-compare></office-compare>`);
    expect(visibleLayout(inSidebar)).to.equal('stacked');
    await viewport(this, { width: 360, height: 800 });
    const wideInPhone = await inWidth(960, html`<office-compare></office-compare>`);
    expect(visibleLayout(wideInPhone)).to.equal('table');
  });

  it('switches at 40em of its own font size', async () => {
    expect(visibleLayout(await inWidth(639, html`<office-compare></office-compare>`))).to.equal('stacked');
    expect(visibleLayout(await inWidth(640, html`<office-compare></office-compare>`))).to.equal('table');
  });

  it('keeps a usable width where containment would collapse it: flex rows, floats', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div class="row"><office-compare></office-compare><p>sidebar</p></div>
      <div class="narrow-row"><office-compare></office-compare><p>sidebar</p></div>
    </div>`);
    Object.assign(wrapper.querySelector<HTMLElement>('.row')!.style, { display: 'flex', width: '900px' });
    Object.assign(wrapper.querySelector<HTMLElement>('.narrow-row')!.style, { display: 'flex', width: '300px' });
    const [wide, narrow] = [...wrapper.querySelectorAll('office-compare')];
    await elementUpdated(narrow);
    expect(wide.getBoundingClientRect().width).to.equal(640);
    expect(visibleLayout(wide)).to.equal('table');
    expect(narrow.getBoundingClientRect().width).to.be.within(100, 300);
    expect(visibleLayout(narrow)).to.equal('stacked');
  });

  it('switches again when the container is resized', async () => {
    const el = await inWidth(960, html`<office-compare></office-compare>`);
    el.parentElement!.style.width = '320px';
    expect(visibleLayout(el)).to.equal('stacked');
  });
});

describe('<office-compare> attributes', () => {
  it('layout="table" keeps the table in 320px, without horizontal scrolling', async () => {
    const el = await inWidth(320, html`<office-compare layout="table"></office-compare>`);
    expect($(el, 'figure')).to.equal(null);
    expect(visibleLayout(el)).to.equal('table');
    expectNoOverflow(el);
  });

  it('layout="stacked" stacks in 960px', async () => {
    const el = await inWidth(960, html`<office-compare layout="stacked"></office-compare>`);
    expect($(el, 'table')).to.equal(null);
    expect(visibleLayout(el)).to.equal('stacked');
  });

  for (const side of ['front', 'back'] as const) {
    it(`highlight="${side}" marks that side with a text label in both layouts`, async () => {
      const el = await fixture<OfficeCompare>(html`<office-compare highlight=${side}></office-compare>`);
      const other = side === 'front' ? 'back' : 'front';
      const labels = $$(el, '[part="highlight-label"]');
      // One in the table header, one per stacked criterion.
      expect(labels).to.have.length(5);
      for (const label of labels) expect(label.textContent).to.equal(dataset.vi.ui.compare.recommended);
      expect($(el, `thead th.${side}`)!.textContent).to.contain(dataset.vi.ui.compare.recommended);
      expect($(el, `thead th.${other}`)!.textContent).not.to.contain(dataset.vi.ui.compare.recommended);
      expect($(el, `thead th.${side}`)!.getAttribute('part')).to.equal('header highlighted');
      expect($$(el, `td.${side}`).every((td) => td.getAttribute('part') === 'cell highlighted')).to.equal(true);
      expect($$(el, `td.${other}`).every((td) => td.getAttribute('part') === 'cell')).to.equal(true);
      expect($$(el, `dl > .${side} dt`).every((dt) => dt.textContent!.includes(dataset.vi.ui.compare.recommended))).to.equal(true);
      // Colour is there too, on top of the label.
      const cell = (s: string) => getComputedStyle($(el, `tbody tr:first-child td.${s}`)!).backgroundColor;
      expect(cell(side)).not.to.equal(cell(other));
      await expect(el).to.be.accessible();
      el.layout = 'stacked';
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });
  }

  it('labels the highlight in English too', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare lang="en" highlight="front" layout="table"></office-compare>`);
    expect($(el, '[part="highlight-label"]')!.textContent).to.equal('Recommended');
    expect($(el, 'thead th.front')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Front office Recommended');
  });

  it('criteria picks a subset in the given order', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare criteria="visibility, focus"></office-compare>`);
    const labels = (ids: string[]) => ids.map((id) => dataset.vi.comparison.criteria.find((c) => c.id === id)!.label);
    expect(texts($$(el, 'tbody th'))).to.deep.equal(labels(['visibility', 'focus']));
    expect(texts($$(el, '.item h3'))).to.deep.equal(labels(['visibility', 'focus']));
    el.criteria = 'focus,visibility';
    await elementUpdated(el);
    expect(texts($$(el, 'tbody th'))).to.deep.equal(labels(['focus', 'visibility']));
    el.removeAttribute('criteria');
    await elementUpdated(el);
    expect($$(el, 'tbody th')).to.have.length(4);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('caption replaces the caption in both layouts', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare caption="Bạn hợp với bộ phận nào?"></office-compare>`);
    expect($(el, 'caption')!.textContent).to.equal('Bạn hợp với bộ phận nào?');
    expect($(el, 'figcaption')!.textContent).to.equal('Bạn hợp với bộ phận nào?');
    el.caption = '  ';
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal(dataset.vi.comparison.caption);
  });

  for (const level of [2, 3, 4, 5, 6] as const) {
    it(`heading-level="${level}" gives h${level} criterion headings`, async () => {
      const el = await fixture<OfficeCompare>(html`<office-compare layout="stacked" heading-level=${level}></office-compare>`);
      expect($$(el, `h${level}`)).to.have.length(4);
      expect(el.headingLevel).to.equal(level);
      expect($$(el, 'h2, h3, h4, h5, h6')).to.have.length(4);
    });
  }

  it('heading-level defaults to 3, also once the attribute is removed', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="stacked" heading-level="5"></office-compare>`);
    el.removeAttribute('heading-level');
    await elementUpdated(el);
    expect(el.headingLevel).to.equal(3);
    expect($$(el, 'h3')).to.have.length(4);
  });

  it('lang comes from the attribute, else the nearest ancestor, and re-renders on change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><office-compare></office-compare></div>`);
    const el = wrapper.querySelector('office-compare')!;
    expect($(el, 'caption')!.textContent).to.equal(dataset.en.comparison.caption);
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    el.lang = 'vi';
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal(dataset.vi.comparison.caption);
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('vi');
    expect(el.data).to.deep.equal(dataset.vi.comparison);
  });

  it('theme="dark" paints dark surfaces and stays accessible in both layouts', async () => {
    const el = await fixture<OfficeCompare>(html`<div class="w">
      <office-compare theme="dark" highlight="back" layout="table"></office-compare>
      <office-compare theme="dark" highlight="back" layout="stacked" lang="en"></office-compare>
    </div>`);
    const [table, stacked] = [...el.querySelectorAll('office-compare')];
    expect(getComputedStyle($(table, 'table')!).backgroundColor).to.equal('rgb(31, 35, 40)');
    expect(getComputedStyle($(stacked, '.item')!).backgroundColor).to.equal('rgb(31, 35, 40)');
    await expect(table).to.be.accessible();
    await expect(stacked).to.be.accessible();
  });

  it('theme="auto" follows prefers-color-scheme', async function () {
    await emulate(this, { colorScheme: 'dark' });
    const el = await fixture<OfficeCompare>(html`<office-compare theme="auto" layout="table"></office-compare>`);
    expect(getComputedStyle($(el, 'table')!).backgroundColor).to.equal('rgb(31, 35, 40)');
    await expect(el).to.be.accessible();
  });
});

describe('<office-compare> data override', () => {
  it('reads back the bundled data of the resolved locale', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare lang="en"></office-compare>`);
    expect(el.data).to.deep.equal(dataset.en.comparison);
  });

  it('merges the data property over the bundled data, and null restores it', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table"></office-compare>`);
    el.data = { caption: 'Hai bộ phận', front: 'Tiền sảnh' };
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal('Hai bộ phận');
    expect($(el, 'thead th.front')!.textContent!.trim()).to.equal('Tiền sảnh');
    expect(el.data).to.deep.equal({ ...dataset.vi.comparison, caption: 'Hai bộ phận', front: 'Tiền sảnh' });
    el.data = null;
    await elementUpdated(el);
    expect(el.data).to.deep.equal(dataset.vi.comparison);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('uses overridden criteria, also for the criteria attribute', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table" criteria="pay"></office-compare>`);
    el.data = { criteria: [{ id: 'pay', label: 'Lương', front: 'Có thưởng doanh số', back: 'Ổn định' }] };
    await elementUpdated(el);
    expect(texts($$(el, 'tbody th'))).to.deep.equal(['Lương']);
    expect(texts($$(el, 'tbody td'))).to.deep.equal(['Có thưởng doanh số', 'Ổn định']);
  });

  it('keeps data set before the tag was defined (frameworks, async CDN script)', async () => {
    const el = document.createElement('office-compare-late') as OfficeCompare;
    el.data = { caption: 'Set early' };
    customElements.define('office-compare-late', class extends customElements.get('office-compare')! {});
    el.setAttribute('layout', 'table');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal('Set early');
    expect(el.data.caption).to.equal('Set early');
  });

  it('warns once on invalid data and keeps the bundled data', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table"></office-compare>`);
    el.data = { criteria: [] } as never;
    await elementUpdated(el);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<office-compare>').and.contain('data.criteria');
    expect(el.data).to.deep.equal(dataset.vi.comparison);
    expect($$(el, 'tbody tr')).to.have.length(4);
  });

  it('renders markup in data strings as text', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare></office-compare>`);
    const markup = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    el.data = { caption: markup, criteria: [{ id: 'x', label: markup, front: markup, back: markup }] };
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal(markup);
    expect($(el, 'h3')!.textContent).to.equal(markup);
    expect($$(el, 'img, b')).to.have.length(0);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('reads a child JSON script', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare lang="en" layout="table">
      <script type="application/json">
        { "caption": "Which side suits you? <b>not bold</b>", "back": "Behind the scenes" }
      </script>
    </office-compare>`);
    await elementUpdated(el);
    expect($(el, 'caption')!.textContent).to.equal('Which side suits you? <b>not bold</b>');
    expect($(el, 'b')).to.equal(null);
    expect(el.data).to.deep.equal({ ...dataset.en.comparison, caption: 'Which side suits you? <b>not bold</b>', back: 'Behind the scenes' });
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once on an invalid JSON child and keeps the bundled data', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table">
      <script type="application/json">{ "caption": </script>
    </office-compare>`);
    await elementUpdated(el);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<office-compare>').and.contain('JSON');
    expect($(el, 'caption')!.textContent).to.equal(dataset.vi.comparison.caption);
  });

  it('warns once on JSON of the wrong shape and keeps the bundled data', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table">
      <script type="application/json">{ "price": "free" }</script>
    </office-compare>`);
    await elementUpdated(el);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('data.price');
    expect(el.data).to.deep.equal(dataset.vi.comparison);
  });
});

describe('<office-compare> bad attributes', () => {
  const cases: { attr: string; value: string; accepted: string[]; check: (el: OfficeCompare) => void }[] = [
    { attr: 'layout', value: 'grid', accepted: ['auto', 'table', 'stacked'], check: (el) => expect($(el, 'table') && $(el, 'figure')).to.not.equal(null) },
    { attr: 'highlight', value: 'middle', accepted: ['front', 'back'], check: (el) => expect($(el, '[part="highlight-label"]')).to.equal(null) },
    { attr: 'heading-level', value: '9', accepted: ['2', '3', '4', '5', '6'], check: (el) => expect($$(el, 'h3')).to.have.length(4) },
    { attr: 'heading-level', value: 'big', accepted: ['2', '3', '4', '5', '6'], check: (el) => expect($$(el, 'h3')).to.have.length(4) },
    { attr: 'theme', value: 'neon', accepted: ['light', 'dark', 'auto'], check: (el) => expect($(el, '.fow')!.classList.contains('theme-light')).to.equal(true) },
    { attr: 'lang', value: 'fr', accepted: ['vi', 'en'], check: (el) => expect($(el, 'caption')!.textContent).to.equal(dataset.vi.comparison.caption) },
    {
      attr: 'criteria',
      value: 'focus,price',
      accepted: IDS,
      check: (el) => expect(texts($$(el, 'tbody th'))).to.deep.equal([dataset.vi.comparison.criteria[1].label]),
    },
    { attr: 'criteria', value: 'price', accepted: IDS, check: (el) => expect($$(el, 'tbody th')).to.have.length(4) },
  ];

  for (const { attr, value, accepted, check } of cases) {
    it(`${attr}="${value}" warns once, naming the attribute and the accepted values, and renders the fallback`, async () => {
      const el = await fixture<OfficeCompare>(html`<office-compare></office-compare>`);
      el.setAttribute(attr, value);
      await elementUpdated(el);
      el.requestUpdate();
      await elementUpdated(el);
      expect(warnings.messages).to.have.length(1);
      const [message] = warnings.messages;
      expect(message).to.contain('<office-compare>').and.contain(`${attr}="${value}"`).and.contain(accepted.join(', '));
      check(el);
    });
  }
});

describe('<office-compare> styling', () => {
  it('takes --office-compare-* custom properties set on the host', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare layout="table" highlight="front"></office-compare>`);
    el.style.setProperty('--office-compare-header-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--office-compare-border', 'rgb(4, 5, 6)');
    el.style.setProperty('--office-compare-zebra', 'rgb(7, 8, 9)');
    el.style.setProperty('--office-compare-highlight', 'rgb(10, 11, 12)');
    el.style.setProperty('--office-compare-cell-padding', '21px');
    el.style.setProperty('--office-compare-radius', '3px');
    const corner = getComputedStyle($(el, 'thead th')!);
    expect(corner.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(corner.paddingTop).to.equal('21px');
    expect(getComputedStyle($(el, 'table')!).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle($(el, 'table')!).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle($(el, 'tbody tr:nth-child(2) th')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle($(el, '[part="highlight-label"]')!).backgroundColor).to.equal('rgb(10, 11, 12)');
  });

  it('falls back to --fow-* tokens from the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><office-compare layout="stacked"></office-compare></div>`);
    wrapper.style.setProperty('--fow-border', 'rgb(20, 21, 22)');
    wrapper.style.setProperty('--fow-surface-alt', 'rgb(23, 24, 25)');
    const el = wrapper.querySelector('office-compare')!;
    expect(getComputedStyle($(el, '.item')!).borderTopColor).to.equal('rgb(20, 21, 22)');
    expect(getComputedStyle($(el, 'h3')!).backgroundColor).to.equal('rgb(23, 24, 25)');
  });

  it('exposes parts in both layouts', async () => {
    const el = await fixture<OfficeCompare>(html`<office-compare highlight="back"></office-compare>`);
    const parts = new Set($$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(' ')));
    for (const part of ['base', 'table', 'caption', 'header', 'row-header', 'cell', 'highlighted', 'highlight-label', 'stacked', 'item']) {
      expect(parts.has(part), part).to.equal(true);
    }
  });

  it('resists the host page text styles and rem sizes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="hostile"><office-compare layout="table"></office-compare></div>`);
    Object.assign(wrapper.style, { lineHeight: '3', letterSpacing: '5px', textTransform: 'uppercase', textAlign: 'center' });
    const td = getComputedStyle($(wrapper.querySelector('office-compare')!, 'td')!);
    expect(td.letterSpacing).to.equal('normal');
    expect(td.textTransform).to.equal('none');
    expect(td.textAlign).to.equal('start');
  });

  it('prints in black on white, the highlight still labelled', async function () {
    await emulate(this, { media: 'print' });
    const el = await fixture<OfficeCompare>(html`<office-compare theme="dark" highlight="front" layout="table"></office-compare>`);
    const td = getComputedStyle($(el, 'td.front')!);
    expect(td.color).to.equal('rgb(0, 0, 0)');
    expect(td.backgroundColor).to.equal('rgb(255, 255, 255)');
    const label = getComputedStyle($(el, '[part="highlight-label"]')!);
    expect(label.color).to.equal('rgb(0, 0, 0)');
    expect(label.backgroundImage + label.backgroundColor).to.equal('nonergba(0, 0, 0, 0)');
    expect(label.borderTopColor).to.equal('rgb(0, 0, 0)');
  });
});
