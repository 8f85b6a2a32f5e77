import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset } from '../src/data/index.js';
import type { RoleCardData, RoleId } from '../src/data/types.js';
import type { RoleCard } from '../src/role-card.js';
import '../src/role-card.js';
import { captureWarnings, emulate, resetMedia } from './helpers.js';

const ROLE_IDS: RoleId[] = ['receptionist', 'customer-relations', 'sales'];
const LOCALES = ['vi', 'en'] as const;

const shadow = (el: RoleCard) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: RoleCard, selector: string) => shadow(el).querySelector<E>(selector);
const toggle = (el: RoleCard) => $<HTMLButtonElement>(el, 'button')!;
const details = (el: RoleCard) => $(el, '#details')!;
const text = (node: Element | null) => node?.textContent?.trim() ?? '';

/** The details as a reader meets them: each section heading with the items of the list that follows it. */
function sections(el: RoleCard): [string, string[]][] {
  return [...shadow(el).querySelectorAll('[part="subheading"]')].map((h) => {
    const list = h.nextElementSibling!;
    expect(list.localName).to.equal('ul');
    return [text(h), [...list.querySelectorAll('li')].map(text)];
  });
}

async function card(template: ReturnType<typeof html>): Promise<RoleCard> {
  const el = await fixture<RoleCard>(template);
  await elementUpdated(el);
  return el;
}

afterEach(() => resetMedia({ reducedMotion: 'no-preference', media: 'screen', colorScheme: 'light' }));

describe('<role-card> content', () => {
  for (const locale of LOCALES) {
    const data = dataset[locale];
    const strings = data.ui.role;
    for (const id of ROLE_IDS) {
      it(`shows ${id} in ${locale} from the dataset`, async () => {
        const role = data.roles[id];
        const el = await card(html`<role-card role-id=${id} lang=${locale}></role-card>`);
        const root = $(el, '[part="card"]')!;
        expect(root.getAttribute('lang')).to.equal(locale);

        const heading = $(el, 'h3')!;
        expect(heading.getAttribute('part')).to.equal('heading');
        expect(text(heading)).to.equal(role.title);
        expect(heading.querySelector('button') === toggle(el), 'the toggle is inside the heading').to.equal(true);
        expect(text($(el, '[part="summary"]'))).to.equal(role.summary);

        const expected: [string, string[]][] = [[strings.duties, role.duties]];
        if (role.positions) expected.push([strings.positions, role.positions]);
        if (role.otherNames) expected.push([strings.otherNames, role.otherNames]);
        expected.push([strings.skills, data.advice.front.skills]);
        expect(sections(el)).to.deep.equal(expected);
        expect(shadow(el).querySelectorAll('h4')).to.have.length(expected.length);
        expect(text($(el, '.details .note'))).to.equal(data.advice.front.note);
      });
    }
  }

  it('lists the five sales positions and the other names of customer relations', async () => {
    const sales = await card(html`<role-card role-id="sales"></role-card>`);
    expect(sections(sales)[1]).to.deep.equal(['Các vị trí', ['Chuyên viên phát triển thị trường', 'Chuyên viên kinh doanh', 'Telesales', 'Nhân viên bán hàng', 'Giao dịch viên']]);
    const relations = await card(html`<role-card role-id="customer-relations"></role-card>`);
    expect(sections(relations)[1]).to.deep.equal(['Tên gọi khác', ['Bộ phận dịch vụ khách hàng', 'Bộ phận hỗ trợ khách hàng']]);
  });

  it('takes the language of the nearest ancestor and follows lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><role-card role-id="sales"></role-card></div>`);
    const el = wrapper.querySelector('role-card')!;
    await elementUpdated(el);
    expect(text($(el, 'h3'))).to.equal('Sales');
    expect($(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
    el.lang = 'vi';
    await elementUpdated(el);
    expect(text($(el, 'h3'))).to.equal('Bộ phận kinh doanh');
  });
});

describe('<role-card> industry', () => {
  for (const locale of LOCALES) {
    const data = dataset[locale];
    const strings = data.ui.role;
    const fill = (s: string, name: string) => s.replace('{industry}', name);

    for (const industry of ['banking', 'hospitality'] as const) {
      const unit = data.industries[industry];

      it(`receptionist, ${industry}, ${locale}: the industry's duties replace the general ones and its units are listed`, async () => {
        const el = await card(html`<role-card role-id="receptionist" industry=${industry} lang=${locale}></role-card>`);
        const got = sections(el);
        expect(got[0]).to.deep.equal([fill(strings.dutiesIn, unit.name), data.roles.receptionist.variants![industry]!.duties]);
        expect(got.at(-1)).to.deep.equal([fill(strings.units, unit.name), unit.units]);
      });

      it(`sales, ${industry}, ${locale}: no variant, so the general duties stay and the units are added`, async () => {
        const el = await card(html`<role-card role-id="sales" industry=${industry} lang=${locale}></role-card>`);
        const got = sections(el);
        expect(got[0]).to.deep.equal([strings.duties, data.roles.sales.duties]);
        expect(got.at(-1)).to.deep.equal([fill(strings.units, unit.name), unit.units]);
      });
    }
  }

  it('has the bank receptionist duties of the article', async () => {
    const el = await card(html`<role-card role-id="receptionist" industry="banking"></role-card>`);
    expect(sections(el)[0]).to.deep.equal([
      'Nhiệm vụ (Ngân hàng)',
      [
        'Đón tiếp khách hàng',
        'Xác định nhu cầu của khách hàng',
        'Hướng dẫn khách hàng lấy số thứ tự',
        'Sắp xếp chỗ ngồi cho khách hàng',
        'Trực điện thoại',
        'Hỗ trợ chuyển các tài liệu và giấy tờ cần thiết trong ngân hàng',
      ],
    ]);
    expect(sections(el).at(-1)).to.deep.equal(['Ngân hàng: bộ phận front office có thêm', ['Bộ phận tín dụng']]);
  });

  it('general (and no industry) shows no units; an unknown industry warns once and uses general', async () => {
    const general = await card(html`<role-card role-id="receptionist" industry="general"></role-card>`);
    expect(sections(general).map(([title]) => title)).to.deep.equal(['Nhiệm vụ', 'Kỹ năng cần có']);
    const warnings = captureWarnings();
    try {
      const el = await card(html`<role-card role-id="receptionist" industry="retail"></role-card>`);
      el.expanded = true;
      await elementUpdated(el);
      expect(sections(el).map(([title]) => title)).to.deep.equal(['Nhiệm vụ', 'Kỹ năng cần có']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<role-card>').and.contain('industry="retail"').and.contain('general, banking, hospitality');
    } finally {
      warnings.restore();
    }
  });
});

describe('<role-card> heading-level', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`renders an h${level} holding the toggle, with sections one level below`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<role-card role-id="sales" heading-level=${level}></role-card>`);
        const heading = $(el, `h${level}`)!;
        expect(heading.getAttribute('part')).to.equal('heading');
        expect(heading.contains(toggle(el))).to.equal(true);
        const subs = [...shadow(el).querySelectorAll('[part="subheading"]')];
        expect(subs).to.have.length(3);
        for (const sub of subs) {
          if (level < 6) expect(sub.localName).to.equal(`h${level + 1}`);
          else expect([sub.getAttribute('role'), sub.getAttribute('aria-level')]).to.deep.equal(['heading', '7']);
        }
        expect(warnings.messages).to.deep.equal([]);
        el.expanded = true;
        await elementUpdated(el);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  for (const bad of ['1', '7', 'abc', '3.5']) {
    it(`heading-level="${bad}" warns once and uses 3`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<role-card role-id="sales" heading-level=${bad}></role-card>`);
        expect($(el, 'h3')).to.exist;
        el.expanded = true; // another render must not warn again
        await elementUpdated(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<role-card>').and.contain(`heading-level="${bad}"`).and.contain('2, 3, 4, 5, 6');
      } finally {
        warnings.restore();
      }
    });
  }

  it('takes the headingLevel property, and warns for an out-of-range one', async () => {
    const el = await card(html`<role-card role-id="sales"></role-card>`);
    el.headingLevel = 5;
    await elementUpdated(el);
    expect($(el, 'h5')).to.exist;
    const warnings = captureWarnings();
    try {
      el.headingLevel = 9 as never;
      await elementUpdated(el);
      expect($(el, 'h3')).to.exist;
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('<role-card> disclosure', () => {
  it('starts collapsed: aria-expanded="false", aria-controls pointing at hidden details', async () => {
    const el = await card(html`<role-card role-id="receptionist"></role-card>`);
    const button = toggle(el);
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).getElementById(button.getAttribute('aria-controls')!) === details(el), 'aria-controls names the details').to.equal(true);
    expect(details(el).hidden).to.equal(true);
    expect(details(el).getBoundingClientRect().height).to.equal(0);
    expect(el.hasAttribute('expanded')).to.equal(false);
  });

  const ways: [string, (el: RoleCard) => Promise<unknown>][] = [
    ['click', async (el) => toggle(el).click()],
    ['Enter', async () => sendKeys({ press: 'Enter' })],
    // ' ', not 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows no key named 'Space'.
    ['Space', async () => sendKeys({ press: ' ' })],
  ];
  for (const [name, act] of ways) {
    it(`opens and closes with ${name}, reflecting expanded and firing role-card-toggle`, async () => {
      const el = await card(html`<role-card role-id="receptionist"></role-card>`);
      toggle(el).focus();
      for (const expanded of [true, false]) {
        const event = oneEvent(document, 'role-card-toggle');
        await act(el);
        const fired = (await event) as CustomEvent<{ expanded: boolean }>;
        await elementUpdated(el);
        expect(fired.target === el, 'fired on the element').to.equal(true);
        expect(fired.detail).to.deep.equal({ expanded });
        expect([fired.bubbles, fired.composed]).to.deep.equal([true, true]);
        expect(el.expanded).to.equal(expanded);
        expect(el.hasAttribute('expanded')).to.equal(expanded);
        expect(toggle(el).getAttribute('aria-expanded')).to.equal(String(expanded));
        expect(details(el).hidden).to.equal(!expanded);
        expect(shadow(el).activeElement === toggle(el), 'focus stays on the toggle').to.equal(true);
      }
    });
  }

  it('follows the expanded attribute and property both ways, without firing the event', async () => {
    const el = await card(html`<role-card role-id="sales" expanded></role-card>`);
    let events = 0;
    el.addEventListener('role-card-toggle', () => events++);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(details(el).hidden).to.equal(false);
    expect(details(el).getBoundingClientRect().height).to.be.greaterThan(0);

    el.removeAttribute('expanded');
    await elementUpdated(el);
    expect(el.expanded).to.equal(false);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(details(el).hidden).to.equal(true);

    el.setAttribute('expanded', '');
    await elementUpdated(el);
    expect(el.expanded).to.equal(true);
    expect(details(el).hidden).to.equal(false);

    el.expanded = false;
    await elementUpdated(el);
    expect(el.hasAttribute('expanded')).to.equal(false);
    expect(details(el).hidden).to.equal(true);
    expect(events).to.equal(0);
  });

  // Vue's and Svelte's server rendering (and React 18) write a false prop as expanded="false": that card is closed.
  for (const [value, expanded] of [['false', false], ['FALSE', false], [' false ', false], ['', true], ['true', true], ['expanded', true]] as const) {
    it(`reads expanded="${value}" in server-rendered markup as ${expanded ? 'open' : 'closed'}`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Markup parsed as a server-rendered page is: the attribute is there before the element's first render.
      host.innerHTML = `<role-card role-id="sales" expanded="${value}"></role-card>`;
      const el = host.querySelector('role-card')!;
      await elementUpdated(el);
      expect(el.expanded).to.equal(expanded);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal(String(expanded));
      expect(details(el).hidden).to.equal(!expanded);
      expect(details(el).getBoundingClientRect().height > 0).to.equal(expanded);
    });
  }

  it('opens from expanded="false" on a click, and writes the attribute back as HTML does', async () => {
    const el = await card(html`<role-card role-id="sales" expanded="false"></role-card>`);
    toggle(el).click();
    await elementUpdated(el);
    expect(el.expanded).to.equal(true);
    expect(el.getAttribute('expanded')).to.equal('');
    expect(details(el).hidden).to.equal(false);
    el.setAttribute('expanded', 'false');
    await elementUpdated(el);
    expect(el.expanded).to.equal(false);
    expect(details(el).hidden).to.equal(true);
  });

  it('turns the chevron with a transition that stops under prefers-reduced-motion', async function () {
    const el = await card(html`<role-card role-id="sales"></role-card>`);
    expect(getComputedStyle(toggle(el), '::after').transitionDuration).to.equal('0.2s');
    await emulate(this, { reducedMotion: 'reduce' });
    expect(getComputedStyle(toggle(el), '::after').transitionDuration).to.equal('0s');
  });

  it('keeps collapsed details hidden when the page styles ::part(details)', async () => {
    const wrapper = await fixture(html`<div><style>.x::part(details) { display: grid; }</style><role-card class="x" role-id="sales"></role-card></div>`);
    const el = wrapper.querySelector('role-card')!;
    await elementUpdated(el);
    expect(getComputedStyle(details(el)).display).to.equal('none');
    el.expanded = true;
    await elementUpdated(el);
    expect(getComputedStyle(details(el)).display).to.equal('grid');
  });

  it('prints the details even when collapsed', async function () {
    const el = await card(html`<role-card role-id="sales"></role-card>`);
    await emulate(this, { media: 'print' });
    expect(getComputedStyle(details(el)).display).to.equal('block');
    expect(getComputedStyle(toggle(el), '::after').display).to.equal('none');
  });
});

describe('<role-card> without a valid role-id', () => {
  for (const [name, template, quoted] of [
    ['missing', html`<role-card></role-card>`, 'role-id is missing'],
    ['unknown', html`<role-card role-id="manager"></role-card>`, 'role-id="manager" is not valid'],
    ['inherited from Object', html`<role-card role-id="constructor"></role-card>`, 'role-id="constructor" is not valid'],
  ] as const) {
    it(`${name}: one warning listing the valid ids, nothing rendered, no space taken`, async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture(html`<div class="grid">${template}<p>after</p></div>`);
        const el = wrapper.querySelector('role-card')!;
        await elementUpdated(el);
        el.expanded = true;
        el.lang = 'en';
        await elementUpdated(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<role-card>').and.contain(quoted).and.contain('receptionist, customer-relations, sales');
        expect(shadow(el).childElementCount, 'nothing rendered').to.equal(0);
        expect(getComputedStyle(el).display).to.equal('none');
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(el.data).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });
  }

  it('renders once a valid role-id arrives', async () => {
    const warnings = captureWarnings();
    try {
      const el = await card(html`<role-card></role-card>`);
      el.roleId = 'sales';
      await elementUpdated(el);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(text($(el, 'h3'))).to.equal('Bộ phận kinh doanh');
    } finally {
      warnings.restore();
    }
  });
});

describe('<role-card> data override', () => {
  it('reads back the bundled data of the resolved locale', async () => {
    const el = await card(html`<role-card role-id="receptionist" lang="en"></role-card>`);
    const { roles, advice, industries } = dataset.en;
    expect(el.data).to.deep.equal({ ...roles.receptionist, skills: advice.front.skills, skillsNote: advice.front.note, industries });
  });

  it('merges a valid data property over the bundled role', async () => {
    const el = await card(html`<role-card role-id="sales" expanded></role-card>`);
    el.data = { title: 'Kinh doanh B2B', positions: ['Account manager'] };
    await elementUpdated(el);
    expect(text($(el, 'h3'))).to.equal('Kinh doanh B2B');
    expect(text($(el, '[part="summary"]'))).to.equal(dataset.vi.roles.sales.summary);
    expect(sections(el)[1]).to.deep.equal(['Các vị trí', ['Account manager']]);
    expect(el.data!.title).to.equal('Kinh doanh B2B');
    el.data = undefined;
    await elementUpdated(el);
    expect(text($(el, 'h3'))).to.equal('Bộ phận kinh doanh');
  });

  it('uses an overridden variant and industry units', async () => {
    const el = await card(html`<role-card role-id="sales" industry="banking"></role-card>`);
    el.data = {
      variants: { banking: { duties: ['Bán sản phẩm thẻ'] } },
      industries: { banking: { name: 'Ngân hàng số', units: ['Bộ phận thẻ'] }, hospitality: dataset.vi.industries.hospitality },
    };
    await elementUpdated(el);
    expect(sections(el)[0]).to.deep.equal(['Nhiệm vụ (Ngân hàng số)', ['Bán sản phẩm thẻ']]);
    expect(sections(el).at(-1)).to.deep.equal(['Ngân hàng số: bộ phận front office có thêm', ['Bộ phận thẻ']]);
  });

  for (const [name, value, path] of [
    ['a wrong type', { title: 42 }, 'data.title'],
    ['an empty list', { duties: [] }, 'data.duties'],
    ['an unknown field', { salary: 'x' }, 'data.salary'],
    ['not an object', 'Lễ tân', 'data'],
  ] as const) {
    it(`warns once for ${name} and keeps the bundled data`, async () => {
      const el = await card(html`<role-card role-id="receptionist" expanded></role-card>`);
      const warnings = captureWarnings();
      try {
        el.data = value as unknown as Partial<RoleCardData>;
        await elementUpdated(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<role-card>').and.contain(path);
        expect(text($(el, 'h3'))).to.equal('Lễ tân');
        expect(sections(el)[0][1]).to.deep.equal(dataset.vi.roles.receptionist.duties);
      } finally {
        warnings.restore();
      }
    });
  }

  it('renders markup in data as text', async () => {
    const el = await card(html`<role-card role-id="sales" expanded></role-card>`);
    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    el.data = { title: markup, summary: markup, skills: [markup] };
    await elementUpdated(el);
    expect(text($(el, 'h3'))).to.equal(markup);
    expect(text($(el, '[part="summary"]'))).to.equal(markup);
    expect(sections(el).at(-1)![1]).to.deep.equal([markup]);
    expect(shadow(el).querySelectorAll('img, b').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads a child <script type="application/json">, and warns once on invalid JSON', async () => {
    const el = await card(html`<role-card role-id="customer-relations" lang="en" expanded>
      <script type="application/json">{ "otherNames": ["Client care"] }</script>
    </role-card>`);
    expect(sections(el)[1]).to.deep.equal(['Also called', ['Client care']]);

    const warnings = captureWarnings();
    try {
      el.querySelector('script')!.textContent = '{ "otherNames": [';
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<role-card>').and.contain('not valid JSON');
      expect(sections(el)[1]).to.deep.equal(['Also called', ['Client care']]);
    } finally {
      warnings.restore();
    }
  });
});

describe('<role-card> looks', () => {
  const tokens: [string, string, string, (s: CSSStyleDeclaration) => string][] = [
    ['surface', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)', (s) => s.backgroundColor],
    ['border', 'rgb(4, 5, 6)', 'rgb(4, 5, 6)', (s) => s.borderLeftColor],
    ['accent', 'rgb(7, 8, 9)', 'rgb(7, 8, 9)', (s) => s.borderTopColor],
    ['radius', '3px', '3px', (s) => s.borderTopLeftRadius],
    ['shadow', '0 0 0 5px rgb(10, 11, 12)', 'rgb(10, 11, 12) 0px 0px 0px 5px', (s) => s.boxShadow],
  ];
  for (const [token, value, computed, read] of tokens) {
    it(`--role-card-${token} wins over --fow-${token}, which styles the card when alone`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><role-card role-id="sales"></role-card></div>`);
      const el = wrapper.querySelector('role-card')!;
      await elementUpdated(el);
      const part = $(el, '[part="card"]')!;
      wrapper.style.setProperty(`--fow-${token}`, value);
      expect(read(getComputedStyle(part))).to.equal(computed);
      el.style.setProperty(`--role-card-${token}`, token === 'shadow' ? 'none' : token === 'radius' ? '0px' : 'rgb(0, 0, 0)');
      expect(read(getComputedStyle(part))).not.to.equal(computed);
    });
  }

  it('--role-card-padding sets the inner spacing (no global token: spacing is each element\'s own)', async () => {
    const el = await card(html`<role-card role-id="sales" style="--role-card-padding: 21px"></role-card>`);
    expect(getComputedStyle($(el, '[part="card"]')!).paddingTop).to.equal('21px');
  });

  it('has no outer margin and fills a stretched grid cell, so a row of cards ends level', async () => {
    const grid = await fixture<HTMLElement>(html`<div style="display:grid;grid-template-columns:repeat(3,200px);gap:8px">
      <role-card role-id="receptionist"></role-card>
      <role-card role-id="customer-relations" expanded></role-card>
      <role-card role-id="sales"></role-card>
    </div>`);
    const cards = [...grid.querySelectorAll('role-card')];
    await Promise.all(cards.map((c) => elementUpdated(c)));
    const heights = cards.map((c) => $(c, '[part="card"]')!.getBoundingClientRect().height);
    expect(new Set(heights).size).to.equal(1);
    expect(getComputedStyle(cards[0]).margin).to.equal('0px');
  });

  it('uses the dark theme tokens', async () => {
    const el = await card(html`<role-card role-id="sales" theme="dark"></role-card>`);
    const style = getComputedStyle($(el, '[part="card"]')!);
    expect(style.backgroundColor).to.equal('rgb(31, 35, 40)');
    expect(style.color).to.equal('rgb(230, 232, 235)');
  });

  it('follows prefers-color-scheme with theme="auto"', async function () {
    const el = await card(html`<role-card role-id="sales" theme="auto"></role-card>`);
    await emulate(this, { colorScheme: 'dark' });
    expect(getComputedStyle($(el, '[part="card"]')!).backgroundColor).to.equal('rgb(31, 35, 40)');
  });

  it('ignores the host page’s rem and inherited text styles', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="text-transform:uppercase;letter-spacing:4px;text-align:center"><role-card role-id="sales"></role-card></div>`);
    const el = wrapper.querySelector('role-card')!;
    await elementUpdated(el);
    const style = getComputedStyle($(el, 'h3')!);
    expect([style.textTransform, style.letterSpacing, style.textAlign]).to.deep.equal(['none', 'normal', 'start']);
  });
});

describe('<role-card> accessibility', () => {
  for (const locale of LOCALES) {
    for (const id of ROLE_IDS) {
      it(`is accessible collapsed and expanded: ${id}, ${locale}`, async () => {
        const el = await card(html`<role-card role-id=${id} lang=${locale} industry="banking"></role-card>`);
        await expect(el).to.be.accessible();
        toggle(el).click();
        await elementUpdated(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme, collapsed and expanded`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class=${theme}><role-card role-id="receptionist" industry="hospitality" theme=${theme}></role-card></div>`);
      if (theme === 'dark') wrapper.style.background = '#000';
      const el = wrapper.querySelector('role-card')!;
      await elementUpdated(el);
      await expect(el).to.be.accessible();
      el.expanded = true;
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });
  }

  it('names the toggle by the role title, with the heading around it', async () => {
    const el = await card(html`<role-card role-id="customer-relations" lang="en" heading-level="2"></role-card>`);
    const button = toggle(el);
    expect(text(button)).to.equal('Customer relations');
    expect(button.closest('h2')).to.exist;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });
});
