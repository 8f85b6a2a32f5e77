import { elementUpdated, expect, fixture, fixtureCleanup, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactFloat } from '../src/contact-float.js';
import '../src/contact-float.js';
import { clickOutside, float, hrefs, links, nameOf, shadow } from './contact-float.helpers.js';
import { captureWarnings, emulate, resetMedia, resetViewport, viewport } from './helpers.js';

const toggle = (el: ContactFloat) => shadow(el).querySelector<HTMLButtonElement>('#toggle');
const menu = (el: ContactFloat) => shadow(el).querySelector<HTMLElement>('[part="menu"]');
const dock = (el: ContactFloat) => shadow(el).querySelector<HTMLElement>('.dock');
const copyButton = (el: ContactFloat) => shadow(el).querySelector<HTMLButtonElement>('[part="copy"]');
const hoursNote = (el: ContactFloat) => shadow(el).querySelector<HTMLElement>('#hours');
const names = (el: ContactFloat) => links(el).map(nameOf);
const isShown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

/** Makes `(pointer: coarse)` answer `touch`, as on a phone; returns the restore function. */
function stubTouch(touch: boolean): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    query === '(pointer: coarse)'
      ? ({ matches: touch, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList)
      : original.call(window, query);
  return () => {
    window.matchMedia = original;
  };
}

/** Replaces `navigator.clipboard` for one test. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** A click on a link that never navigates away from the test page, whatever the element decides. */
function clickWithoutLeaving(link: HTMLAnchorElement): MouseEvent {
  let seen: MouseEvent | undefined;
  const stop = (event: Event) => {
    seen = new MouseEvent('click', { cancelable: true });
    Object.defineProperty(seen, 'defaultPrevented', { value: event.defaultPrevented });
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  link.click();
  document.removeEventListener('click', stop);
  return seen!;
}

// Monday 3 June 2024, 09:00 in Ho Chi Minh City (02:00 UTC).
const MONDAY_9_ICT = new Date('2024-06-03T02:00:00Z');
const realNow = (customElements.get('contact-float') as typeof ContactFloat).now;
const setClock = (date: Date) => {
  (customElements.get('contact-float') as typeof ContactFloat).now = () => date;
};

afterEach(async () => {
  (customElements.get('contact-float') as typeof ContactFloat).now = realNow;
  await resetMedia({ reducedMotion: 'no-preference', media: 'screen', colorScheme: 'light' });
});

describe('<contact-float> default render', () => {
  it('shows the dataset channels, Zalo then the hotline, behind a labelled button', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    const button = toggle(el)!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('part')).to.equal('button');
    expect(nameOf(button)).to.equal('Hỗ trợ bạn qua Zalo');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('menu');
    expect(shadow(el).getElementById('menu')).to.equal(menu(el));
    expect(isShown(menu(el))).to.equal(false);

    expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729', 'tel:+84903966729']);
    expect(names(el)).to.deep.equal(['Chat Zalo', 'Gọi 0903 966 729']);
    expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['channel', 'channel']);
    expect(dock(el)!.getAttribute('lang')).to.equal('vi');
    expect(dock(el)!.classList.contains('theme-light')).to.equal(true);
  });

  it('is fixed in the bottom-right corner above page content, with 48 px targets', async () => {
    const el = await float(html`<contact-float open></contact-float>`);
    const style = getComputedStyle(dock(el)!);
    expect(style.position).to.equal('fixed');
    expect(style.right).to.equal('16px');
    expect(style.bottom).to.equal('16px');
    expect(style.zIndex).to.equal('2147483000');
    for (const target of [toggle(el)!, ...links(el), copyButton(el)!]) {
      const box = target.getBoundingClientRect();
      expect(box.height, nameOf(target)).to.be.at.least(48);
      expect(box.width, nameOf(target)).to.be.at.least(48);
    }
    const box = toggle(el)!.getBoundingClientRect();
    // closeTo: Firefox reports layout in float, 16.000015 px here; a hundredth of a pixel is still exactly the corner.
    expect(innerWidth - box.right).to.be.closeTo(16, 0.01);
    expect(innerHeight - box.bottom).to.be.closeTo(16, 0.01);
    // The host itself takes no room in the page.
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('uses inline SVG icons hidden from assistive technology', async () => {
    const el = await float(html`<contact-float open></contact-float>`);
    const icons = [...shadow(el).querySelectorAll('svg')];
    expect(icons.length).to.be.at.least(3);
    for (const svg of icons) {
      expect(svg.getAttribute('part')).to.equal('icon');
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(shadow(el).querySelectorAll('img, link, use').length).to.equal(0);
  });
});

describe('<contact-float> attributes', () => {
  it('phone sets the tel: link and the grouped number', async () => {
    const el = await float(html`<contact-float phone="+84 28 3822 1234"></contact-float>`);
    expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729', 'tel:+842838221234']);
    expect(names(el)[1]).to.equal('Gọi 028 3822 1234');
  });

  it('zalo takes a phone number or an Official Account id', async () => {
    const byPhone = await float(html`<contact-float zalo="+84 912 345 678"></contact-float>`);
    expect(hrefs(byPhone)[0]).to.equal('https://zalo.me/0912345678');
    const byId = await float(html`<contact-float zalo="4145463071264633328"></contact-float>`);
    expect(hrefs(byId)[0]).to.equal('https://zalo.me/4145463071264633328');
    const pasted = await float(html`<contact-float zalo="https://zalo.me/masterskills"></contact-float>`);
    expect(hrefs(pasted)[0]).to.equal('https://zalo.me/masterskills');
  });

  it('messenger and email add their channels after Zalo and the hotline', async () => {
    const el = await float(html`<contact-float messenger="masterskills.vn" email="hotro@example.com"></contact-float>`);
    expect(hrefs(el)).to.deep.equal([
      'https://zalo.me/0903966729',
      'tel:+84903966729',
      'https://m.me/masterskills.vn',
      'mailto:hotro@example.com',
    ]);
    expect(names(el).slice(2)).to.deep.equal(['Nhắn tin Messenger', 'Gửi email tới hotro@example.com']);
  });

  it('opens web links in a new tab and tel:/mailto: in place', async () => {
    const el = await float(html`<contact-float email="hotro@example.com"></contact-float>`);
    expect(links(el).map((a) => a.getAttribute('target'))).to.deep.equal(['_blank', null, null]);
    // target=_blank implies noopener in every browser we support.
  });

  it('channels chooses which channels show, and in what order', async () => {
    const el = await float(html`<contact-float channels="phone, zalo" messenger="page"></contact-float>`);
    expect(hrefs(el)).to.deep.equal(['tel:+84903966729', 'https://zalo.me/0903966729']);
    el.channels = 'messenger,phone,zalo';
    await elementUpdated(el);
    expect(hrefs(el)).to.deep.equal(['https://m.me/page', 'tel:+84903966729', 'https://zalo.me/0903966729']);
  });

  it('label names the toggle', async () => {
    const el = await float(html`<contact-float label="Liên hệ tư vấn"></contact-float>`);
    expect(nameOf(toggle(el))).to.equal('Liên hệ tư vấn');
    expect(shadow(el).querySelector('[part="label"]')!.textContent).to.equal('Liên hệ tư vấn');
  });

  it('placement="bottom-left" moves it to the left corner; a bad placement warns once and stays right', async () => {
    const el = await float(html`<contact-float placement="bottom-left"></contact-float>`);
    expect(getComputedStyle(dock(el)!).left).to.equal('16px');
    expect(toggle(el)!.getBoundingClientRect().left).to.be.closeTo(16, 0.01);

    const warnings = captureWarnings();
    try {
      el.placement = 'top' as ContactFloat['placement'];
      await elementUpdated(el);
      el.open = true;
      await elementUpdated(el);
      expect(innerWidth - toggle(el)!.getBoundingClientRect().right).to.be.closeTo(16, 0.01);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<contact-float>').and.contain('placement="top"').and.contain('bottom-right, bottom-left');
    } finally {
      warnings.restore();
    }
  });

  it('open shows the menu and reflects', async () => {
    const el = await float(html`<contact-float open></contact-float>`);
    expect(isShown(menu(el))).to.equal(true);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
    toggle(el)!.click();
    await elementUpdated(el);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(isShown(menu(el))).to.equal(false);
    el.open = true;
    await elementUpdated(el);
    expect(el.getAttribute('open')).to.equal('');
  });

  // Vue's and Svelte's server rendering (and React 18) write a false prop as open="false": that menu is closed.
  for (const [value, open] of [['false', false], [' False', false], ['', true], ['true', true]] as const) {
    it(`reads open="${value}" in server-rendered markup as ${open ? 'open' : 'closed'}`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<contact-float open="${value}"></contact-float>`;
      const el = host.querySelector('contact-float')!;
      await elementUpdated(el);
      expect(el.open).to.equal(open);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal(String(open));
      expect(isShown(menu(el))).to.equal(open);
    });
  }

  it('lang="en" switches the names and the default label, and lang is inherited', async () => {
    const el = await float(html`<contact-float lang="en" open></contact-float>`);
    expect(nameOf(toggle(el))).to.equal('Chat with us on Zalo');
    expect(names(el)).to.deep.equal(['Chat on Zalo', 'Call 0903 966 729']);
    expect(dock(el)!.getAttribute('lang')).to.equal('en');

    fixtureCleanup();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><contact-float></contact-float></div>`);
    const inner = wrapper.querySelector('contact-float')!;
    await elementUpdated(inner);
    expect(names(inner)).to.deep.equal(['Chat on Zalo', 'Call 0903 966 729']);
    inner.lang = 'vi';
    await elementUpdated(inner);
    expect(names(inner)).to.deep.equal(['Chat Zalo', 'Gọi 0903 966 729']);
  });

  it('theme="dark" uses the dark tokens', async () => {
    const el = await float(html`<contact-float theme="dark" open></contact-float>`);
    expect(dock(el)!.classList.contains('theme-dark')).to.equal(true);
    expect(getComputedStyle(toggle(el)!).backgroundColor).to.equal('rgb(138, 180, 248)');
    expect(getComputedStyle(menu(el)!).backgroundColor).to.equal('rgb(31, 35, 40)');
  });

  it('theme="auto" follows prefers-color-scheme', async function () {
    const el = await float(html`<contact-float theme="auto"></contact-float>`);
    expect(getComputedStyle(toggle(el)!).backgroundColor).to.equal('rgb(11, 87, 208)');
    await emulate(this, { colorScheme: 'dark' });
    expect(getComputedStyle(toggle(el)!).backgroundColor).to.equal('rgb(138, 180, 248)');
  });

  it('CSS custom properties move it, stack it and colour it', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    el.style.setProperty('--contact-float-offset-x', '40px');
    el.style.setProperty('--contact-float-offset-y', '72px');
    el.style.setProperty('--contact-float-z-index', '10');
    el.style.setProperty('--fow-accent', 'rgb(0, 100, 0)');
    const style = getComputedStyle(dock(el)!);
    expect([style.right, style.bottom, style.zIndex]).to.deep.equal(['40px', '72px', '10']);
    expect(getComputedStyle(toggle(el)!).backgroundColor).to.equal('rgb(0, 100, 0)');
    el.style.setProperty('--contact-float-accent', 'rgb(100, 0, 0)');
    expect(getComputedStyle(toggle(el)!).backgroundColor).to.equal('rgb(100, 0, 0)');
  });

  it('attention rings three times for 1.5 s (under 5 s), and never under reduced motion', async function () {
    const el = await float(html`<contact-float attention></contact-float>`);
    let style = getComputedStyle(toggle(el)!);
    expect(style.animationName).to.equal('ring');
    expect(parseFloat(style.animationDuration) * Number(style.animationIterationCount)).to.be.at.most(5);
    await emulate(this, { reducedMotion: 'reduce' });
    style = getComputedStyle(toggle(el)!);
    expect(style.animationName).to.equal('none');

    const quiet = await float(html`<contact-float></contact-float>`);
    await emulate(this, { reducedMotion: 'no-preference' });
    expect(getComputedStyle(toggle(quiet)!).animationName).to.equal('none');
  });

  it('is hidden when printing', async function () {
    const el = await float(html`<contact-float></contact-float>`);
    await emulate(this, { media: 'print' });
    expect(getComputedStyle(dock(el)!).display).to.equal('none');
    await emulate(this, { media: 'screen' });
    expect(getComputedStyle(dock(el)!).display).to.equal('flex');
  });

  it('data and a JSON child override the dataset; attributes win over both', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    el.data = { phone: '028 3822 1234', label: 'Gọi cho chúng tôi' };
    await elementUpdated(el);
    expect(hrefs(el)[1]).to.equal('tel:+842838221234');
    expect(nameOf(toggle(el))).to.equal('Gọi cho chúng tôi');
    expect(el.data.zalo).to.equal('0903966729');
    el.phone = '0912345678';
    await elementUpdated(el);
    expect(hrefs(el)[1]).to.equal('tel:+84912345678');

    const fromScript = await float(
      html`<contact-float
        ><script type="application/json">
          { "zalo": "masterskills", "email": "hotro@example.com" }
        </script></contact-float
      >`,
    );
    await nextFrame();
    await elementUpdated(fromScript);
    expect(hrefs(fromScript)).to.deep.equal(['https://zalo.me/masterskills', 'tel:+84903966729', 'mailto:hotro@example.com']);
  });
});

describe('<contact-float> one channel or several', () => {
  it('one channel is a single labelled link, with no button or menu', async () => {
    const el = await float(html`<contact-float channels="zalo"></contact-float>`);
    expect(toggle(el)).to.equal(null);
    expect(menu(el)).to.equal(null);
    expect(links(el)).to.have.length(1);
    const link = links(el)[0];
    expect(link.getAttribute('part')).to.equal('button channel');
    expect(link.href).to.equal('https://zalo.me/0903966729');
    expect(nameOf(link)).to.equal('Chat Zalo');
  });

  it('a single phone link is named with the number, and label becomes its visible text', async () => {
    const el = await float(html`<contact-float channels="phone"></contact-float>`);
    expect(nameOf(links(el)[0])).to.equal('Gọi 0903 966 729');
    el.label = 'Hotline';
    await elementUpdated(el);
    // The visible label starts the accessible name (WCAG 2.5.3), the channel and number follow.
    expect(links(el)[0].getAttribute('aria-label')).to.equal('Hotline, Gọi 0903 966 729');
    expect(shadow(el).querySelector('[part="label"]')!.textContent).to.equal('Hotline');
  });

  it('switches between the two forms when channels change', async () => {
    const el = await float(html`<contact-float channels="zalo"></contact-float>`);
    el.channels = 'zalo,phone';
    await elementUpdated(el);
    expect(toggle(el)).to.exist;
    expect(links(el)).to.have.length(2);
  });
});

describe('<contact-float> opening and closing', () => {
  it('opens and closes on click, with aria-expanded', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    toggle(el)!.click();
    await elementUpdated(el);
    expect(el.open).to.equal(true);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(menu(el))).to.equal(true);
    toggle(el)!.click();
    await elementUpdated(el);
    expect(el.open).to.equal(false);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  // ' ', not 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows no key named 'Space'.
  for (const [name, key] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`opens and closes with ${name}`, async () => {
      const el = await float(html`<contact-float></contact-float>`);
      toggle(el)!.focus();
      await sendKeys({ press: key });
      await elementUpdated(el);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: key });
      await elementUpdated(el);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    });
  }

  it('Escape closes and returns focus to the button, also from a link', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    toggle(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(links(el)[0]);
    await sendKeys({ press: 'Escape' });
    await elementUpdated(el);
    expect(el.open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(toggle(el));
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape pressed elsewhere on the page closes without taking focus', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><input aria-label="search" /><contact-float open></contact-float></div>`);
    const el = wrapper.querySelector('contact-float')!;
    const input = wrapper.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Escape' });
    await elementUpdated(el);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(input);
  });

  it('a click outside closes; a click inside does not', async () => {
    const el = await float(html`<contact-float open></contact-float>`);
    shadow(el).querySelector('li')!.click();
    await elementUpdated(el);
    expect(el.open).to.equal(true);
    await clickOutside();
    await elementUpdated(el);
    expect(el.open).to.equal(false);
  });

  it('a page button that opens it from a click handler is not taken for an outside click', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Liên hệ</button><contact-float></contact-float></div>`);
    const el = wrapper.querySelector('contact-float')!;
    wrapper.querySelector('button')!.addEventListener('click', () => (el.open = true));
    wrapper.querySelector('button')!.click();
    await elementUpdated(el);
    expect(el.open).to.equal(true);
  });

  it('has no focus trap: Tab goes from the last channel back to the page and closes the menu', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><contact-float></contact-float><a href="#after">after</a></div>`);
    const el = wrapper.querySelector('contact-float')!;
    await elementUpdated(el);
    toggle(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    const stops: (Element | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(shadow(el).activeElement ?? document.activeElement);
    }
    // Zalo, phone, copy number, then out of the element.
    expect(stops.slice(0, 3)).to.deep.equal([links(el)[0], links(el)[1], copyButton(el)]);
    expect(stops[3]).to.equal(wrapper.querySelector('a'));
    await elementUpdated(el);
    expect(el.open).to.equal(false);
  });
});

describe('<contact-float> events', () => {
  it('fires contact-float-toggle { open } on click, Escape and outside click, bubbling and composed', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    const seen: boolean[] = [];
    const listener = (e: CustomEvent<{ open: boolean }>) => {
      expect(e.bubbles && e.composed).to.equal(true);
      seen.push(e.detail.open);
    };
    document.addEventListener('contact-float-toggle', listener);
    try {
      setTimeout(() => toggle(el)!.click());
      const first = await oneEvent(el, 'contact-float-toggle');
      expect(first.detail).to.deep.equal({ open: true });
      toggle(el)!.focus();
      await sendKeys({ press: 'Escape' });
      toggle(el)!.click();
      await elementUpdated(el);
      await clickOutside();
      el.open = true; // set by script: no event
      await elementUpdated(el);
      expect(seen).to.deep.equal([true, false, true, false]);
    } finally {
      document.removeEventListener('contact-float-toggle', listener);
    }
  });

  it('fires contact-float-select { channel, href }, cancelable, and lets the link navigate', async () => {
    const el = await float(html`<contact-float open></contact-float>`);
    const events: CustomEvent[] = [];
    const listener = (e: CustomEvent) => events.push(e);
    document.addEventListener('contact-float-select', listener);
    try {
      const click = clickWithoutLeaving(links(el)[1]);
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ channel: 'phone', href: 'tel:+84903966729' });
      expect(events[0].cancelable && events[0].bubbles && events[0].composed).to.equal(true);
      expect(click.defaultPrevented, 'navigation').to.equal(false);
    } finally {
      document.removeEventListener('contact-float-select', listener);
    }
  });

  it('preventDefault() on contact-float-select stops the navigation', async () => {
    const el = await float(html`<contact-float channels="zalo"></contact-float>`);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('contact-float-select', cancel);
    try {
      const click = clickWithoutLeaving(links(el)[0]);
      expect(click.defaultPrevented).to.equal(true);
    } finally {
      document.removeEventListener('contact-float-select', cancel);
    }
  });

  it('a dataLayer listener gets one entry per choice (README analytics snippet)', async () => {
    const dataLayer: object[] = [];
    const push = (e: CustomEvent<{ channel: string; href: string }>) => dataLayer.push({ event: 'contact_click', channel: e.detail.channel });
    document.addEventListener('contact-float-select', push);
    try {
      const el = await float(html`<contact-float open messenger="page"></contact-float>`);
      for (const link of links(el)) clickWithoutLeaving(link);
      expect(dataLayer.map((entry) => (entry as { channel: string }).channel)).to.deep.equal(['zalo', 'phone', 'messenger']);
    } finally {
      document.removeEventListener('contact-float-select', push);
    }
  });
});

describe('<contact-float> copy number', () => {
  it('copies the number on a device without a touch screen and confirms it in a live region', async () => {
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => {
      copied.push(text);
    });
    try {
      const el = await float(html`<contact-float open></contact-float>`);
      const button = copyButton(el)!;
      expect(button.localName).to.equal('button');
      expect(nameOf(button)).to.equal('Sao chép số');
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(copied).to.deep.equal(['0903 966 729']);
      expect(status.textContent!.trim()).to.equal('Đã sao chép số 0903 966 729');
      expect(isShown(status)).to.equal(true);
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
      // Closing clears the confirmation.
      toggle(el)!.click();
      await elementUpdated(el);
      expect(status.textContent!.trim()).to.equal('');
    } finally {
      restore();
    }
  });

  it('shows the number when the clipboard refuses', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const el = await float(html`<contact-float lang="en" open></contact-float>`);
      copyButton(el)!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Could not copy. The number is 0903 966 729');
    } finally {
      restore();
    }
  });

  it('is offered next to a single phone link too', async () => {
    const el = await float(html`<contact-float channels="phone"></contact-float>`);
    expect(copyButton(el)).to.exist;
    expect(shadow(el).querySelector('[role="status"]')).to.exist;
  });

  it('is not offered where the main pointer is a touch screen', async () => {
    const restore = stubTouch(true);
    try {
      const el = await float(html`<contact-float open></contact-float>`);
      expect(copyButton(el)).to.equal(null);
      expect(shadow(el).querySelector('[role="status"]')).to.equal(null);
    } finally {
      restore();
    }
  });
});

describe('<contact-float> office hours', () => {
  it('inside the hours: the phone link carries the hours, not "closed"', async () => {
    setClock(MONDAY_9_ICT);
    const el = await float(html`<contact-float hours="08:00-17:30" days="1-6" open></contact-float>`);
    const note = hoursNote(el)!;
    expect(nameOf(note)).to.match(/^Giờ làm việc: 08:00–17:30( \(GMT\+7\))?, Thứ Hai – Thứ Bảy$/);
    expect(note.querySelector('strong')).to.equal(null);
    expect(links(el)[1].getAttribute('aria-describedby')).to.equal('hours');
    expect(links(el)[0].hasAttribute('aria-describedby')).to.equal(false);
  });

  it('outside the hours: the phone channel says the office is closed, Zalo stays', async () => {
    setClock(new Date('2024-06-03T11:00:00Z')); // Monday 18:00 in Ho Chi Minh City
    const el = await float(html`<contact-float hours="08:00-17:30" days="1-6" open></contact-float>`);
    expect(nameOf(hoursNote(el))).to.match(/^Ngoài giờ làm việc\. Giờ làm việc: 08:00–17:30/);
    expect(hrefs(el)).to.deep.equal(['https://zalo.me/0903966729', 'tel:+84903966729']);

    setClock(new Date('2024-06-09T03:00:00Z')); // Sunday 10:00
    const sunday = await float(html`<contact-float hours="08:00-17:30" days="1-6" lang="en" open></contact-float>`);
    expect(nameOf(hoursNote(sunday))).to.match(/^Outside office hours\. Office hours: 08:00–17:30.*, Monday – Saturday$/);
  });

  it('reads the hours in the office time zone, not the visitor’s', async () => {
    setClock(MONDAY_9_ICT); // 04:00 in Paris, 22:00 on Sunday in New York
    const paris = await float(html`<contact-float hours="08:00-17:30" timezone="Europe/Paris" open></contact-float>`);
    expect(hoursNote(paris)!.querySelector('strong')).to.exist;
    const ny = await float(html`<contact-float hours="20:00-23:00" days="7" timezone="America/New_York" open></contact-float>`);
    expect(hoursNote(ny)!.querySelector('strong')).to.equal(null);
    expect(nameOf(hoursNote(ny))).to.contain('20:00–23:00 (GMT-4)');
  });

  it('is re-evaluated when the menu opens', async () => {
    setClock(MONDAY_9_ICT);
    const el = await float(html`<contact-float hours="08:00-17:30"></contact-float>`);
    expect(hoursNote(el)!.querySelector('strong')).to.equal(null);
    setClock(new Date('2024-06-03T12:00:00Z')); // 19:00
    toggle(el)!.click();
    await elementUpdated(el);
    expect(hoursNote(el)!.querySelector('strong')).to.exist;
  });

  it('supports day lists, days without hours, hours without days, and overnight hours', async () => {
    setClock(MONDAY_9_ICT);
    const list = await float(html`<contact-float hours="8:00-17:00" days="1,3,5"></contact-float>`);
    expect(nameOf(hoursNote(list))).to.contain('Thứ Hai, Thứ Tư, Thứ Sáu');
    const daysOnly = await float(html`<contact-float days="2-5"></contact-float>`);
    expect(nameOf(hoursNote(daysOnly))).to.equal('Ngoài giờ làm việc. Giờ làm việc: cả ngày, Thứ Ba – Thứ Sáu');
    const hoursOnly = await float(html`<contact-float hours="08:00-17:30" lang="en"></contact-float>`);
    expect(nameOf(hoursNote(hoursOnly))).to.match(/, every day$/);

    setClock(new Date('2024-06-08T20:00:00Z')); // Sunday 03:00 in Ho Chi Minh City: Saturday's night shift
    const night = await float(html`<contact-float hours="22:00-06:00" days="6"></contact-float>`);
    expect(hoursNote(night)!.querySelector('strong')).to.equal(null);
  });

  it('warns once for bad hours, days or time zone, and falls back', async () => {
    setClock(MONDAY_9_ICT);
    const warnings = captureWarnings();
    try {
      const el = await float(html`<contact-float hours="8h-17h" days="mon-fri" timezone="Mars/Olympus" open></contact-float>`);
      expect(hoursNote(el)).to.equal(null);
      el.hours = '08:00-17:30';
      await elementUpdated(el);
      el.open = false;
      await elementUpdated(el);
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages.join('\n')).to.contain('hours="8h-17h"').and.contain('days="mon-fri"').and.contain('timezone="Mars/Olympus"');
      // Bad days mean every day; a bad zone means Ho Chi Minh City.
      expect(nameOf(hoursNote(el))).to.match(/hằng ngày$/);
      expect(hoursNote(el)!.querySelector('strong')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });
});

describe('<contact-float> accessibility', () => {
  it('is accessible closed', async () => {
    const el = await float(html`<contact-float></contact-float>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible open, with every channel and office hours', async () => {
    setClock(new Date('2024-06-03T12:00:00Z'));
    const el = await float(html`<contact-float open messenger="page" email="hotro@example.com" hours="08:00-17:30" days="1-5"></contact-float>`);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['vi', 'en']) {
    it(`is accessible open in dark theme (${locale})`, async () => {
      const el = await float(html`<contact-float theme="dark" lang=${locale} open hours="08:00-17:30"></contact-float>`);
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible as a single link, with the copy confirmation shown', async () => {
    const restore = stubClipboard(async () => {});
    try {
      const el = await float(html`<contact-float channels="phone" hours="08:00-17:30"></contact-float>`);
      copyButton(el)!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('is accessible on a touch phone: a 48 px circle that keeps its name', async function () {
    const restore = stubTouch(true);
    try {
      const el = await float(html`<contact-float></contact-float>`);
      // The page turns phone-sized with the element on it; one created after such a change is the next test.
      await viewport(this, { width: 360, height: 640 });
      const box = toggle(el)!.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([48, 48]);
      expect(nameOf(toggle(el))).to.equal('Hỗ trợ bạn qua Zalo');
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await elementUpdated(el);
      expect(menu(el)!.getBoundingClientRect().right).to.be.at.most(360 - 16);
      await expect(el).to.be.accessible();
    } finally {
      restore();
      await resetViewport({ width: 800, height: 600 });
    }
  });

  it('created after a resize during which none was on the page, takes the new width at once', async () => {
    const before = await float(html`<contact-float></contact-float>`);
    expect(toggle(before)!.getBoundingClientRect().width, 'labelled at 800 px').to.be.above(48);
    before.remove();
    await viewport({ width: 360, height: 640 });
    try {
      const el = await float(html`<contact-float></contact-float>`);
      const box = () => toggle(el)!.getBoundingClientRect();
      expect([box().width, box().height]).to.deep.equal([48, 48]);
      expect(nameOf(toggle(el))).to.equal('Hỗ trợ bạn qua Zalo');
      // The label is still there for the name, but shows nothing: a 1 px box whose text is clipped away.
      const label = () => toggle(el)!.querySelector<HTMLElement>('[part~="label"]')!;
      const clipRadius = () => Number(/circle\(([\d.]+)px/.exec(getComputedStyle(label()).clipPath)?.[1]);
      expect([label().getBoundingClientRect().width, label().getBoundingClientRect().height], 'label box').to.deep.equal([1, 1]);
      expect(clipRadius(), 'label clip radius').to.equal(0);
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await elementUpdated(el);
      const open = menu(el)!.getBoundingClientRect();
      expect(open.left, 'menu 16 px from the left edge').to.be.at.least(16);
      expect(open.right, 'menu 16 px from the right edge').to.be.at.most(360 - 16);
      // The switch is at 480 px, as it always was: a circle up to 479 px, labelled from 480 px.
      await viewport({ width: 479, height: 640 });
      expect(box().width, 'a circle at 479 px').to.equal(48);
      await viewport({ width: 480, height: 640 });
      expect(box().width, 'labelled at 480 px').to.be.above(48);
      expect(label().getBoundingClientRect().width, 'label text at 480 px').to.be.above(100);
      expect(clipRadius(), 'label clip radius at 480 px').to.be.above(1000);
    } finally {
      await resetViewport();
    }
  });
});
