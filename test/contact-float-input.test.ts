/** `<contact-float>` with bad or unusual input, several instances on a page, and its page-level listeners. */
import { elementUpdated, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactFloat } from '../src/contact-float.js';
import '../src/contact-float.js';
import { clickOutside, float, hrefs, links, nameOf, shadow } from './contact-float.helpers.js';
import { captureWarnings } from './helpers.js';

const rendersNothing = (el: ContactFloat) => shadow(el).querySelector('.dock') === null;

/** Renders `template`, re-renders it twice, and returns the warnings it gave. */
async function warningsOf(template: ReturnType<typeof html>): Promise<{ el: ContactFloat; messages: string[] }> {
  const warnings = captureWarnings();
  try {
    const el = await float(template);
    el.open = !el.open;
    await elementUpdated(el);
    el.requestUpdate();
    await elementUpdated(el);
    return { el, messages: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('<contact-float> phone numbers through the attribute', () => {
  // A sample of test/phone/'s corpus (checked there against libphonenumber-js), through the element.
  const valid: [string, string, string][] = [
    ['0903966729', 'tel:+84903966729', '0903 966 729'],
    ['+84903966729', 'tel:+84903966729', '0903 966 729'],
    ['+84 903 966 729', 'tel:+84903966729', '0903 966 729'],
    ['84 903 966 729', 'tel:+84903966729', '0903 966 729'],
    ['0903.966.729', 'tel:+84903966729', '0903 966 729'],
    [' 0903-966-729 ', 'tel:+84903966729', '0903 966 729'],
    ['０９０３ ９６６ ７２９', 'tel:+84903966729', '0903 966 729'],
    ['0903–966–729', 'tel:+84903966729', '0903 966 729'],
    ['0903\u200b966\u00ad729', 'tel:+84903966729', '0903 966 729'],
    ['0903/966/729', 'tel:+84903966729', '0903 966 729'],
    ['028 3822 1234', 'tel:+842838221234', '028 3822 1234'],
    ['0203 123 4567', 'tel:+842031234567', '0203 1234 567'],
    ['028 3822 1234 ext. 105', 'tel:+842838221234;ext=105', '028 3822 1234 ext. 105'],
    ['028 3822 1234 x105', 'tel:+842838221234;ext=105', '028 3822 1234 ext. 105'],
    ['1900 6868', 'tel:19006868', '1900 6868'],
    ['+84 1900 6868', 'tel:19006868', '1900 6868'],
    ['1800 1234', 'tel:18001234', '1800 1234'],
    ['+1 (415) 555-0100', 'tel:+14155550100', '+14155550100'],
    ['+44 (0)121 234 5678', 'tel:+441212345678', '+441212345678'],
  ];
  for (const [input, href, shown] of valid) {
    it(`phone="${input}" → ${href}, shown as ${shown}`, async () => {
      const { el, messages } = await warningsOf(html`<contact-float phone=${input}></contact-float>`);
      expect(messages).to.deep.equal([]);
      expect(hrefs(el)[1]).to.equal(href);
      expect(nameOf(links(el)[1])).to.equal(`Gọi ${shown}`);
    });
  }

  it('links the current number of a pre-2017 area code, with one warning that names it', async () => {
    const { el, messages } = await warningsOf(html`<contact-float phone="073 3872 123"></contact-float>`);
    expect(hrefs(el)[1]).to.equal('tel:+842733872123');
    expect(nameOf(links(el)[1])).to.equal('Gọi 0273 3872 123');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<contact-float>').and.contain('phone="073 3872 123"').and.contain('2017').and.contain('0273 3872 123');
  });

  // Not numbers, unallocated ranges (mobile 0730, Hà Nội 024 1…), impossible lengths.
  const garbage = ['abc', '12345', '0903966729x', '090396672', 'tel:0903966729', 'javascript:alert(1)', '0903966729;drop', '0730 030 236', '024 1234 5678', '0217 2600 476', '+1 234'];
  for (const input of garbage) {
    it(`phone="${input}" drops the phone channel with one warning`, async () => {
      const { el, messages } = await warningsOf(html`<contact-float phone=${input}></contact-float>`);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<contact-float>').and.contain(`phone="${input}"`).and.contain('0903 966 729');
      // Zalo is left: a single link.
      expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729']);
      expect(shadow(el).querySelector('#toggle')).to.equal(null);
    });
  }

  it('names data.phone when the bad number comes from the data override', async () => {
    const warnings = captureWarnings();
    try {
      const el = await float(html`<contact-float></contact-float>`);
      el.data = { phone: 'not a number' };
      await elementUpdated(el);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('data.phone="not a number"');
    } finally {
      warnings.restore();
    }
  });
});

describe('<contact-float> Zalo: a Vietnamese mobile number or an Official Account id', () => {
  const valid: [string, string][] = [
    ['0903 966 729', 'https://zalo.me/0903966729'],
    ['+84 93 123 4567', 'https://zalo.me/0931234567'],
    ['https://zalo.me/0903966729', 'https://zalo.me/0903966729'],
    ['4318224939491234567', 'https://zalo.me/4318224939491234567'],
    ['masterskills', 'https://zalo.me/masterskills'],
  ];
  for (const [value, href] of valid) {
    it(`zalo="${value}" → ${href}`, async () => {
      const { el, messages } = await warningsOf(html`<contact-float zalo=${value}></contact-float>`);
      expect(messages).to.deep.equal([]);
      expect(hrefs(el)[0]).to.equal(href);
    });
  }

  // A landline, a 1900 number, another country's: no Zalo account; a lone digit, a number with a letter O: no id.
  for (const value of ['028 3822 1234', '1900 6868', '+44 7400 123456', '0', 'O903966729', '0730 030 236']) {
    it(`zalo="${value}" drops the Zalo channel with one warning`, async () => {
      const { el, messages } = await warningsOf(html`<contact-float zalo=${value}></contact-float>`);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<contact-float>').and.contain(`zalo="${value}"`).and.contain('mobile number');
      expect(hrefs(el)).to.deep.equal(['tel:+84903966729']);
    });
  }
});

describe('<contact-float> safe URLs only', () => {
  const unsafe: [string, string][] = [
    ['zalo', 'javascript:alert(1)'],
    ['zalo', 'evil.example/x'],
    ['zalo', 'https://evil.example/0903966729'],
    ['zalo', '../admin'],
    ['messenger', 'https://evil.example/page'],
    ['messenger', 'page?ref=x'],
    ['messenger', 'data:text/html,<b>x</b>'],
    ['email', 'javascript:alert(1)//@example.com'],
    ['email', 'hotro@example.com?bcc=spy@evil.example'],
    ['email', 'not an email'],
  ];
  for (const [attribute, value] of unsafe) {
    it(`${attribute}="${value}" is left out with one warning`, async () => {
      const given = (name: string) => (name === attribute ? value : undefined);
      const { el, messages } = await warningsOf(
        html`<contact-float
          channels="phone,${attribute}"
          zalo=${ifDefined(given('zalo'))}
          messenger=${ifDefined(given('messenger'))}
          email=${ifDefined(given('email'))}
        ></contact-float>`,
      );
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(`${attribute}="${value}"`).and.contain('accepted');
      expect(hrefs(el)).to.deep.equal(['tel:+84903966729']);
    });
  }

  it('every link uses tel:, mailto: or https:', async () => {
    const el = await float(html`<contact-float open messenger="page" email="a@example.com"></contact-float>`);
    for (const href of hrefs(el)) expect(href).to.match(/^(tel:|mailto:|https:\/\/(zalo|m)\.me\/)/);
  });

  it('data strings stay text', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    el.data = { label: '<img src=x onerror=alert(1)>' };
    await elementUpdated(el);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(nameOf(shadow(el).querySelector('#toggle'))).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<contact-float> channel list', () => {
  it('skips an unknown channel with one warning naming the accepted ones', async () => {
    const { el, messages } = await warningsOf(html`<contact-float channels="zalo,fax,phone"></contact-float>`);
    expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729', 'tel:+84903966729']);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('"fax"').and.contain('zalo, phone, messenger, email');
  });

  it('skips a listed channel that has no value, with one warning', async () => {
    const { el, messages } = await warningsOf(html`<contact-float channels="zalo,email"></contact-float>`);
    expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729']);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('email');
  });

  it('ignores case, spaces, empty items and repeats', async () => {
    const { el, messages } = await warningsOf(html`<contact-float channels=" Phone ,,zalo, phone "></contact-float>`);
    expect(messages).to.deep.equal([]);
    expect(hrefs(el)).to.deep.equal(['tel:+84903966729', 'https://zalo.me/0903966729']);
  });

  it('renders nothing when no channel is left', async () => {
    const { el, messages } = await warningsOf(html`<contact-float channels="fax,phone" phone="abc"></contact-float>`);
    expect(messages).to.have.length(2);
    expect(rendersNothing(el)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<contact-float> more than one on a page', () => {
  it('leaves its corner to the next one when it has nothing to show or is hidden', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <contact-float id="empty" channels="messenger"></contact-float>
        <contact-float id="hidden" hidden></contact-float>
        <contact-float id="shown" channels="phone"></contact-float>
      </div>`);
      const [empty, hidden, shown] = [...wrapper.querySelectorAll('contact-float')];
      await Promise.all([empty, hidden, shown].map((el) => elementUpdated(el)));
      await nextFrame();
      expect(rendersNothing(empty)).to.equal(true);
      expect(rendersNothing(shown)).to.equal(false);
      expect(hrefs(shown)).to.deep.equal(['tel:+84903966729']);
      expect(warnings.messages.filter((m) => m.includes('is hidden')), 'no false "another shows" warning').to.deep.equal([]);

      // Unhidden, the earlier one takes its corner back.
      hidden.removeAttribute('hidden');
      await elementUpdated(hidden);
      await elementUpdated(shown);
      expect(rendersNothing(hidden)).to.equal(false);
      expect(rendersNothing(shown)).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('is not left open when it goes down to one channel', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><contact-float open></contact-float></div>`);
    const el = wrapper.querySelector('contact-float')!;
    await elementUpdated(el);
    el.channels = 'zalo';
    await elementUpdated(el);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    el.channels = 'zalo,phone';
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('#toggle')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps a second one at the same placement hidden, with one warning, until the first leaves', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <contact-float id="first"></contact-float>
        <contact-float id="second" channels="phone"></contact-float>
        <contact-float id="left" placement="bottom-left" channels="zalo"></contact-float>
      </div>`);
      const [first, second, left] = [...wrapper.querySelectorAll('contact-float')];
      await Promise.all([first, second, left].map((el) => elementUpdated(el)));
      expect(rendersNothing(first)).to.equal(false);
      expect(rendersNothing(second)).to.equal(true);
      expect(rendersNothing(left)).to.equal(false);
      second.requestUpdate();
      await elementUpdated(second);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<contact-float>').and.contain('hidden').and.contain('placement="bottom-right"');

      first.remove();
      await elementUpdated(second);
      expect(rendersNothing(second)).to.equal(false);
      expect(hrefs(second)).to.deep.equal(['tel:+84903966729']);

      // Moving to a free corner shows it; a later one at a taken corner stays hidden.
      wrapper.append(first);
      await elementUpdated(first);
      expect(rendersNothing(first)).to.equal(true);
      first.placement = 'bottom-left';
      await elementUpdated(first);
      expect(rendersNothing(first)).to.equal(true); // `left` was there first
      left.remove();
      await elementUpdated(first);
      expect(rendersNothing(first)).to.equal(false);
    } finally {
      warnings.restore();
    }
  });

  it('a hidden one, or a single link, ignores page clicks and Escape', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <contact-float></contact-float>
        <contact-float open></contact-float>
        <contact-float open placement="bottom-left" channels="zalo"></contact-float>
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('contact-float')].map((el) => elementUpdated(el)));
      let toggles = 0;
      wrapper.addEventListener('contact-float-toggle', () => toggles++);
      await clickOutside();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      expect(toggles).to.equal(0);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('agrees with a second copy of the library loaded on the same page', async () => {
    // A fresh evaluation of the element module: its own class and module state, as a second bundle would have.
    const url = new URL('../src/components/contact-float/contact-float.component.ts?second-copy', import.meta.url).href;
    const { ContactFloat: SecondCopy } = (await import(url)) as { ContactFloat: typeof ContactFloat };
    expect(SecondCopy).to.not.equal(customElements.get('contact-float'));
    SecondCopy.define('contact-float-second-copy');

    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><contact-float></contact-float></div>`);
      const ours = wrapper.querySelector('contact-float')!;
      const theirs = document.createElement('contact-float-second-copy') as ContactFloat;
      wrapper.append(theirs);
      await elementUpdated(ours);
      await elementUpdated(theirs);
      expect(rendersNothing(ours)).to.equal(false);
      expect(rendersNothing(theirs)).to.equal(true);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<contact-float-second-copy>').and.contain('another <contact-float>');

      ours.remove();
      await elementUpdated(theirs);
      expect(rendersNothing(theirs)).to.equal(false);
    } finally {
      warnings.restore();
    }
  });
});

describe('<contact-float> page listeners', () => {
  it('adds its document and media-query listeners on connect and removes every one on disconnect', async () => {
    type Call = [EventTarget, string, unknown];
    const added: Call[] = [];
    const removed: Call[] = [];
    const targets: EventTarget[] = [document, window];
    const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
    const queries: EventTarget[] = [];
    const originalMatchMedia = window.matchMedia;
    window.matchMedia = (query: string) => {
      const list = originalMatchMedia.call(window, query);
      queries.push(list);
      targets.push(list);
      spy(list);
      return list;
    };
    function spy(target: EventTarget) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        added.push([target, type, listener]);
        return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
      };
      target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        removed.push([target, type, listener]);
        return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
      };
    }
    targets.forEach(spy);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><contact-float open></contact-float></div>`);
      const el = wrapper.querySelector('contact-float')!;
      await elementUpdated(el);
      const mine = added.filter(([target]) => target === document || target === window || queries.includes(target));
      expect(mine.map(([, type]) => type)).to.include.members(['click', 'keydown', 'change']);

      el.remove();
      for (const [target, type, listener] of mine) {
        const gone = removed.some(([t, ty, l]) => t === target && ty === type && l === listener);
        expect(gone, `${type} listener removed`).to.equal(true);
      }
      // After removal a click or Escape on the page reaches nothing of it.
      let toggles = 0;
      el.addEventListener('contact-float-toggle', () => toggles++);
      document.body.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      expect(toggles).to.equal(0);
      expect(el.open).to.equal(true);
    } finally {
      window.matchMedia = originalMatchMedia;
      [document, window].forEach((target, i) => {
        target.addEventListener = originals[i][0];
        target.removeEventListener = originals[i][1];
      });
    }
  });

  it('survives being moved in the page (disconnect then connect)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><contact-float></contact-float><section></section></div>`);
    const el = wrapper.querySelector('contact-float')!;
    wrapper.querySelector('section')!.append(el);
    await elementUpdated(el);
    shadow(el).querySelector<HTMLButtonElement>('#toggle')!.click();
    await elementUpdated(el);
    expect(el.open).to.equal(true);
    await clickOutside();
    await elementUpdated(el);
    expect(el.open).to.equal(false);
  });
});
