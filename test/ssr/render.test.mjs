/**
 * The render API (dist/ssr/render.js) on Node: what each element prerenders, per locale, read back
 * as structure (the parsed declarative shadow root: table, headings, lists, links, lang), not as a
 * frozen string; and what happens to the rest of the HTML. `npm run test:ssr` after `npm run build`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { all, api, attr, byTag, dataset, hosts, isHidden, one, renderOne, sameText, text, withWarnings, wrapper } from './helpers.mjs';

const LOCALES = ['vi', 'en'];

describe('declarative shadow DOM', () => {
  for (const tag of ['office-compare', 'role-card', 'contact-float']) {
    it(`<${tag}>: an open shadow root holding its styles, then the .fow wrapper`, async () => {
      const { template, shadow } = await renderOne(`<${tag} role-id="sales"></${tag}>`);
      assert.equal(attr(template, 'shadowrootmode'), 'open');
      const [style, ...rest] = shadow.childNodes.filter((n) => n.tagName);
      assert.equal(style.tagName, 'style');
      assert.match(text(style), /:host/);
      assert.ok(rest.length === 1 && wrapper(shadow) === rest[0], 'one .fow wrapper after the style');
    });
  }
});

describe('<office-compare>', () => {
  for (const locale of LOCALES) {
    const data = dataset[locale].comparison;
    const strings = dataset[locale].ui.compare;

    it(`${locale}: a table with caption, column and row headers, and the stacked headings + dl`, async () => {
      const { shadow } = await renderOne(`<office-compare lang="${locale}"></office-compare>`);
      assert.equal(attr(wrapper(shadow), 'lang'), locale);
      const [table] = byTag(shadow, 'table');
      assert.equal(text(byTag(table, 'caption')[0]), data.caption);
      const cols = all(table, (el) => el.tagName === 'th' && attr(el, 'scope') === 'col').map(text);
      assert.deepEqual(cols, [strings.criterion, data.front, data.back]);
      const rows = byTag(table, 'tr').filter((tr) => byTag(tr, 'td').length);
      assert.deepEqual(
        rows.map((tr) => [text(one(tr, (el) => attr(el, 'scope') === 'row')), ...byTag(tr, 'td').map(text)]),
        data.criteria.map((c) => [c.label, c.front, c.back]),
      );
      // The stacked layout: one h3 per criterion, then a dl of side → text.
      const items = all(shadow, (el) => attr(el, 'part') === 'item');
      assert.equal(items.length, data.criteria.length);
      items.forEach((item, i) => {
        assert.equal(text(byTag(item, 'h3')[0]), data.criteria[i].label);
        const [dl] = byTag(item, 'dl');
        assert.deepEqual(byTag(dl, 'dt').map(text), [data.front, data.back]);
        assert.deepEqual(byTag(dl, 'dd').map(text), [data.criteria[i].front, data.criteria[i].back]);
      });
    });

    it(`${locale}: highlight, criteria, caption, heading-level and layout attributes`, async () => {
      const { shadow } = await renderOne(
        `<office-compare lang="${locale}" highlight="back" criteria="visibility,focus" caption="Hai bộ phận" heading-level="5" layout="stacked"></office-compare>`,
      );
      assert.equal(byTag(shadow, 'table').length, 0, 'layout="stacked" renders no table');
      assert.equal(text(byTag(shadow, 'figcaption')[0]), 'Hai bộ phận');
      assert.deepEqual(byTag(shadow, 'h5').map(text), ['visibility', 'focus'].map((id) => data.criteria.find((c) => c.id === id).label));
      const highlighted = all(shadow, (el) => (attr(el, 'part') ?? '').split(' ').includes('highlighted'));
      assert.ok(highlighted.length && highlighted.every((el) => attr(el.parentNode, 'class') === 'back'), 'only the back side is highlighted');
      assert.equal(text(one(shadow, (el) => attr(el, 'part') === 'highlight-label')), strings.recommended);
    });
  }
});

describe('<role-card>', () => {
  for (const locale of LOCALES) {
    for (const id of ['receptionist', 'customer-relations', 'sales']) {
      const role = dataset[locale].roles[id];
      const strings = dataset[locale].ui.role;

      it(`${locale} ${id}: the title is a disclosure button in an h3, the summary shows, the details are hidden`, async () => {
        const { shadow } = await renderOne(`<role-card role-id="${id}" lang="${locale}"></role-card>`);
        assert.equal(attr(wrapper(shadow), 'lang'), locale);
        const [h3] = byTag(shadow, 'h3');
        const [button] = byTag(h3, 'button');
        assert.equal(text(button), role.title);
        assert.equal(attr(button, 'aria-expanded'), 'false');
        const details = one(shadow, (el) => attr(el, 'id') === 'details');
        assert.equal(attr(button, 'aria-controls'), 'details');
        assert.ok(isHidden(details), 'details hidden until expanded');
        assert.equal(text(one(shadow, (el) => attr(el, 'part') === 'summary')), role.summary);
        // Each section: an h4 and its list.
        const sections = byTag(details, 'h4').map(text);
        assert.deepEqual(sections.slice(0, 1), [strings.duties]);
        assert.ok(sections.includes(strings.skills));
        const lists = byTag(details, 'ul').map((ul) => byTag(ul, 'li').map(text));
        assert.deepEqual(lists[0], role.duties);
        if (role.positions) assert.ok(lists.some((items) => items.join() === role.positions.join()), 'the positions are listed');
        if (role.otherNames) assert.ok(lists.some((items) => items.join() === role.otherNames.join()), 'the other names are listed');
      });
    }
  }

  it('expanded, heading-level and industry: details shown, h2 + h3, the bank duties and units', async () => {
    const { shadow } = await renderOne('<role-card role-id="receptionist" lang="en" expanded heading-level="2" industry="banking"></role-card>');
    const role = dataset.en.roles.receptionist;
    const [button] = byTag(byTag(shadow, 'h2')[0], 'button');
    assert.equal(attr(button, 'aria-expanded'), 'true');
    assert.ok(!isHidden(one(shadow, (el) => attr(el, 'id') === 'details')));
    const lists = byTag(shadow, 'ul').map((ul) => byTag(ul, 'li').map(text));
    assert.deepEqual(lists[0], role.variants.banking.duties);
    assert.deepEqual(lists.at(-1), dataset.en.industries.banking.units);
    assert.ok(byTag(shadow, 'h3').length >= 3, 'sections one level below');
  });

  it('holds a native disclosure for pages without script: a heading of the same level holding <details><summary> with the title, open when expanded', async () => {
    for (const [attributes, level, open] of [
      ['', '3', false],
      [' expanded heading-level="5"', '5', true],
    ]) {
      const { shadow, html } = await renderOne(`<role-card role-id="sales" lang="en"${attributes}></role-card>`);
      const native = one(shadow, (el) => attr(el, 'class') === 'nojs');
      assert.deepEqual([attr(native, 'role'), attr(native, 'aria-level'), attr(native, 'hidden')], ['heading', level, ''], 'a heading, hidden once the element is defined');
      const [details] = byTag(native, 'details');
      assert.equal(attr(details, 'open') !== undefined, open);
      const [summary] = byTag(details, 'summary');
      assert.equal(text(summary), dataset.en.roles.sales.title);
      // After the heading (its button's part), before the summary paragraph; no Lit marker, so hydration ignores it.
      const cardChildren = wrapper(shadow).childNodes.filter((n) => n.tagName);
      assert.deepEqual(cardChildren.map((n) => attr(n, 'class')), ['heading', 'nojs', 'summary', 'details']);
      const markup = html.slice(html.indexOf('<div class="nojs"'), html.indexOf('</div>', html.indexOf('<div class="nojs"')) + 6);
      assert.doesNotMatch(markup, /<!--/);
      // Its look: the heading's, shown only while undefined, and the details shown while it is open.
      const css = text(byTag(shadow, 'style')[0]);
      assert.ok(css.includes(':host(:not(:defined)) .heading{display:none}'), 'the heading with its inert button hidden');
      assert.ok(css.includes('.nojs:has(details[open])~.details{display:block!important}'), 'details shown while open');
    }
    const { html } = await renderOne('<role-card role-id="sales"><script type="application/json">{ "title": "A <b> & c" }</script></role-card>');
    assert.ok(html.includes('<summary class="toggle">A &lt;b&gt; &amp; c</summary>'), 'the title as text');
    const [, warned] = await withWarnings(() => api.renderWidgets('<role-card role-id="chef"></role-card>'));
    assert.equal(warned.length, 1);
  });

  it('the child JSON override is applied, and kept in the output for the browser', async () => {
    const json = '<script type="application/json">{ "title": "Kinh doanh (đối tác)" }</script>';
    const { shadow, html } = await renderOne(`<role-card role-id="sales">${json}</role-card>`);
    assert.equal(text(byTag(shadow, 'button')[0]), 'Kinh doanh (đối tác)');
    assert.ok(html.endsWith(`</template>${json}</role-card>`), 'the JSON script follows the template');
  });

  it('invalid data and unknown ids warn as in the browser, and never throw', async () => {
    const [badJson, warnings] = await withWarnings(() => renderOne('<role-card role-id="sales"><script type="application/json">{ title: </script></role-card>'));
    assert.equal(text(byTag(badJson.shadow, 'button')[0]), dataset.vi.roles.sales.title);
    assert.match(warnings.join('\n'), /<role-card> <script type="application\/json"> is not valid JSON/);
    const [unknown, warned] = await withWarnings(() => renderOne('<role-card role-id="chef"></role-card>'));
    assert.equal(wrapper(unknown.shadow), undefined, 'renders nothing');
    const expected = ['<role-card> role-id="chef" is not valid; accepted values: receptionist, customer-relations, sales. Rendering nothing.'];
    assert.deepEqual(warned, expected);
    // prerender() returns them instead.
    const [result, silent] = await withWarnings(() => api.prerender('<role-card role-id="chef"></role-card>'));
    assert.deepEqual([result.warnings, silent], [expected, []]);
  });
});

describe('<contact-float>', () => {
  for (const locale of LOCALES) {
    const contact = dataset[locale].contact;
    const strings = dataset[locale].ui.contact;

    it(`${locale}: the menu button and its two links, Zalo and tel:`, async () => {
      const { shadow } = await renderOne(`<contact-float lang="${locale}"></contact-float>`);
      const [toggle] = byTag(shadow, 'button').filter((b) => attr(b, 'aria-expanded') !== undefined);
      assert.equal(text(toggle), contact.label);
      assert.equal(attr(toggle, 'aria-controls'), 'menu');
      const links = byTag(shadow, 'a');
      assert.deepEqual(links.map((a) => attr(a, 'href')), ['https://zalo.me/0903966729', 'tel:+84903966729']);
      assert.deepEqual(links.map(text), [strings.zalo, strings.phone.replace('{number}', '0903 966 729')]);
    });
  }

  it('one channel is a single link; messenger, email and phone attributes make their links', async () => {
    const { shadow } = await renderOne('<contact-float channels="zalo"></contact-float>');
    assert.equal(byTag(shadow, 'button').length, 0);
    assert.deepEqual(byTag(shadow, 'a').map((a) => attr(a, 'href')), ['https://zalo.me/0903966729']);
    const more = await renderOne('<contact-float phone="028 3822 1234" messenger="masterskills.vn" email="hi@example.com"></contact-float>');
    assert.deepEqual(byTag(more.shadow, 'a').map((a) => attr(a, 'href')), ['https://zalo.me/0903966729', 'tel:+842838221234', 'https://m.me/masterskills.vn', 'mailto:hi@example.com']);
  });

  it('office hours are stated, never "closed": a snippet is read at any time, in any zone', async () => {
    const { shadow } = await renderOne('<contact-float hours="00:00-00:01" days="1"></contact-float>');
    const note = text(one(shadow, (el) => attr(el, 'id') === 'hours'));
    assert.equal(note, 'Giờ làm việc: 00:00–00:01, Thứ Hai');
    assert.equal(byTag(shadow, 'strong').length, 0);
  });

  it('one per corner, as in the browser: a second at the same placement is prerendered empty, with the browser\'s warning', async () => {
    const snippet = [
      '<contact-float hidden></contact-float>', // holds no corner
      '<contact-float channels="zalo"></contact-float>', // the first that shows, bottom-right
      '<contact-float channels="phone" placement="bottom-left"></contact-float>', // the other corner
      '<contact-float channels="phone"></contact-float>', // bottom-right again: hidden
    ].join('');
    const result = await api.prerender(snippet);
    const links = hosts(result.html).map(({ shadow }) => byTag(shadow, 'a').map((a) => attr(a, 'href')));
    assert.deepEqual(links, [[], ['https://zalo.me/0903966729'], ['tel:+84903966729'], []]);
    assert.deepEqual(result.warnings, ['<contact-float> is hidden: another <contact-float> shows at placement="bottom-right" (the first connected wins).']);
    // Each snippet is a page of its own: the corner is free again in the next one.
    const next = await api.prerender('<contact-float channels="phone"></contact-float>');
    assert.deepEqual([hosts(next.html)[0].shadow && byTag(hosts(next.html)[0].shadow, 'a').length, next.warnings], [1, []]);
  });

  it('without script its links show instead of the toggle, copy button and notes (rules for :host(:not(:defined)) only)', async () => {
    const { shadow } = await renderOne('<contact-float></contact-float>');
    const css = text(byTag(shadow, 'style')[0]);
    assert.ok(css.includes(':host(:not(:defined)) #toggle,:host(:not(:defined)) .copy,:host(:not(:defined)) .note{display:none!important}'), 'toggle hidden');
    assert.ok(css.includes(':host(:not(:defined)) .menu{display:block!important;'), 'menu shown');
  });
});

describe('the rest of the HTML', () => {
  const page = `<!-- wp:html -->\n<P class=lead>Front&nbsp;office &amp; back office</P>\n<div data-x='1'  lang="en-GB"><role-card role-id=sales></role-card></div>\n<office-compare highlight="front" ></office-compare><br/>\n<!-- /wp:html -->`;
  const strip = (html) => html.replace(/<template shadowroot[\s\S]*?<\/template>/g, '').replace(/ prerendered="[0-9a-z]+"( lang="\w+")?/g, '');

  it('is copied byte for byte; each element only gains its template, `prerendered` and, when nothing in the snippet says it, `lang`', async () => {
    const html = await api.renderWidgets(page);
    sameText(strip(html), page, 'the HTML without what was added');
    assert.match(html, /<role-card role-id=sales prerendered="[0-9a-z]+"><template/, 'lang from the ancestor: not added');
    assert.match(html, /<office-compare highlight="front"  prerendered="[0-9a-z]+" lang="vi"><template/, 'inserted before the start tag\'s ">", its own space kept');
    const [card, compare] = hosts(html);
    assert.equal(attr(wrapper(card.shadow), 'lang'), 'en', 'the ancestor lang="en-GB" applies');
    assert.equal(attr(wrapper(compare.shadow), 'lang'), 'vi');
  });

  it('the lang option sets the language of elements the snippet says nothing about', async () => {
    const [compare] = hosts(await api.renderWidgets('<office-compare></office-compare>', { lang: 'en' }));
    assert.equal(attr(compare.host, 'lang'), 'en');
    assert.equal(attr(wrapper(compare.shadow), 'lang'), 'en');
    const [warned, warnings] = await withWarnings(() => api.renderWidgets('<office-compare lang="fr"></office-compare>'));
    assert.equal(attr(wrapper(hosts(warned)[0].shadow), 'lang'), 'vi');
    assert.deepEqual(warnings, ['<office-compare> lang="fr" is not valid; accepted values: vi, en. Using vi.']);
  });

  it('a whole document keeps its doctype, head and <html lang>, which the elements inherit', async () => {
    const doc = '<!DOCTYPE html>\n<html lang="en"><head><title>T</title></head><body><role-card role-id="receptionist"></role-card></body></html>\n';
    const html = await api.renderWidgets(doc);
    sameText(strip(html), doc, 'the document without what was added');
    assert.equal(attr(wrapper(hosts(html)[0].shadow), 'lang'), 'en');
  });

  it('is idempotent: rendering the output again gives the same output', async () => {
    const once = await api.renderWidgets(page);
    sameText(await api.renderWidgets(once), once, 'the second output');
  });

  it('leaves HTML without our elements unchanged, and skips elements inside ours or in a <template>', async () => {
    const plain = '<p>Không có thành phần nào.</p><my-card role-id="sales"></my-card><template><role-card role-id="sales"></role-card></template>';
    assert.equal(await api.renderWidgets(plain), plain);
    const nested = await api.prerender('<role-card role-id="sales"><office-compare></office-compare></role-card>');
    assert.equal(nested.elements, 1);
  });
});

describe('the prerendered attribute: what the element was rendered from', () => {
  const mark = async (markup, options) => attr(hosts(await api.renderWidgets(markup, options))[0].host, 'prerendered');

  it('changes with each observed attribute, lang and the JSON override, not with class, id, style or data-*', async () => {
    const base = await mark('<role-card role-id="sales"></role-card>');
    assert.match(base, /^[0-9a-z]+$/);
    const changed = [
      '<role-card role-id="receptionist"></role-card>',
      '<role-card role-id="sales" industry="banking"></role-card>',
      '<role-card role-id="sales" expanded></role-card>',
      '<role-card role-id="sales" lang="en"></role-card>',
      '<role-card role-id="sales"><script type="application/json">{ "title": "Kinh doanh" }</script></role-card>',
    ];
    for (const markup of changed) assert.notEqual(await mark(markup), base, markup);
    assert.notEqual(await mark('<role-card role-id="sales"></role-card>', { lang: 'en' }), base, 'the lang it writes');
    assert.equal(await mark('<role-card role-id="sales" class="x" id="y" style="color: red" data-z="1"></role-card>'), base);
    assert.equal(await mark('<div lang="vi"><role-card role-id="sales" lang="vi"></role-card></div>'), base, 'the same own attributes');
    const compare = await mark('<office-compare caption="Hai bộ phận"></office-compare>');
    assert.notEqual(await mark('<office-compare caption="Hai bộ phận mới"></office-compare>'), compare);
  });

  it('a second run replaces the value of the previous one', async () => {
    const once = await api.renderWidgets('<office-compare caption="A"></office-compare>');
    const edited = once.replace('caption="A"', 'caption="B"');
    const twice = await api.renderWidgets(edited);
    assert.equal(attr(hosts(twice)[0].host, 'prerendered'), await mark('<office-compare caption="B"></office-compare>'));
    assert.equal(twice.match(/prerendered/g).length, 1);
  });
});

describe('prerender() and renderElement()', () => {
  it('reports the count and the CSP sha256 source of each distinct style block', async () => {
    const result = await api.prerender('<role-card role-id="sales"></role-card><role-card role-id="receptionist"></role-card><contact-float></contact-float>');
    assert.equal(result.elements, 3);
    const styles = [...new Set(hosts(result.html).map(({ shadow }) => text(byTag(shadow, 'style')[0]) && byTag(shadow, 'style')[0].childNodes[0].value))];
    assert.deepEqual(result.styleSrc, styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
  });

  it('renderElement renders one element from attributes and data', async () => {
    const html = await api.renderElement('role-card', { 'role-id': 'sales', lang: 'en', expanded: true, theme: false }, { data: { title: 'Sales </script> team' } });
    const [{ host, shadow }] = hosts(html);
    assert.equal(attr(host, 'expanded'), '');
    assert.equal(attr(host, 'theme'), undefined);
    assert.equal(text(byTag(shadow, 'button')[0]), 'Sales </script> team');
    await assert.rejects(api.renderElement('my-card'), RangeError);
    await assert.rejects(api.renderElement('role-card', { 'role id': 'sales' }), RangeError);
  });

  it('rejects what is not HTML or not a language it has', async () => {
    await assert.rejects(api.renderWidgets(42), TypeError);
    for (const lang of ['fr', '', 5, null]) await assert.rejects(api.renderWidgets('<office-compare></office-compare>', { lang }), RangeError, JSON.stringify(lang));
  });
});
