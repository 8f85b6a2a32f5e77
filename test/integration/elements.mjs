/**
 * What any front-office-widgets element must show once rendered, read from
 * inside its shadow root, and the interactions that make each one "work".
 * Functions passed to `page.evaluate` run in the page.
 */
import { check, show, TAGS } from './harness.mjs';

/** A summary of every instance of our tags on the page. */
export function describeElements(page) {
  return page.evaluate((tags) => {
    const visible = (node) => Boolean(node && node.getClientRects().length && getComputedStyle(node).visibility !== 'hidden');
    // What each element must be, as a visitor meets it (only the visible structure counts).
    function shapeOf(el) {
      const root = el.shadowRoot;
      if (el.localName === 'office-compare') {
        const table = [...root.querySelectorAll('table')].find(visible);
        const stacked = [...root.querySelectorAll('dl')].filter(visible);
        return {
          table: Boolean(table),
          caption: table?.caption?.textContent.trim() ?? null,
          columnHeaders: table ? table.querySelectorAll('th[scope=col]').length : 0,
          rowHeaders: table ? table.querySelectorAll('th[scope=row]').length : 0,
          stackedLists: stacked.length,
        };
      }
      if (el.localName === 'role-card') {
        const toggle = root.querySelector('button[aria-expanded]');
        const heading = toggle?.closest('h2,h3,h4,h5,h6,[role=heading]');
        return { toggle: Boolean(toggle && visible(toggle)), toggleInHeading: Boolean(heading), headingLevel: heading ? Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)) : null };
      }
      if (el.localName === 'contact-float') {
        const control = [...root.querySelectorAll('button[aria-expanded], a[href]')].find(visible);
        let fixed = false;
        for (let node = control; node && node !== root; node = node.parentNode) if (node.nodeType === 1 && getComputedStyle(node).position === 'fixed') fixed = true;
        return { control: control?.localName ?? null, expanded: control?.getAttribute('aria-expanded') ?? null, fixed, size: control ? [control.offsetWidth, control.offsetHeight] : null };
      }
      return null;
    }
    return [...document.querySelectorAll(tags.join(','))].map((el) => {
      const root = el.shadowRoot;
      const wrapper = root?.querySelector('.fow');
      return {
        tag: el.localName,
        id: el.id || null,
        defined: customElements.get(el.localName) === el.constructor,
        version: el.constructor.version ?? null,
        shadow: Boolean(root),
        wrapperLang: wrapper?.getAttribute('lang') ?? null,
        wrapperClass: wrapper?.getAttribute('class') ?? null,
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        hidden: el.hidden,
        headings: root ? [...root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')].map((h) => h.textContent.trim()) : [],
        buttons: root ? [...root.querySelectorAll('button')].map((b) => ({ name: b.textContent.trim(), expanded: b.getAttribute('aria-expanded') })) : [],
        links: root ? [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
        shape: root ? shapeOf(el) : null,
      };
    });
  }, TAGS);
}

/** Checks what any rendered element must have; returns the summaries. */
export async function checkRendered(page, { expectedLang } = {}) {
  const elements = await describeElements(page);
  check(elements.length > 0, 'no element of ours on the page');
  for (const el of elements) {
    const name = `<${el.tag}${el.id ? ` id=${el.id}` : ''}>`;
    check(el.defined, `${name} is not upgraded`);
    check(el.shadow, `${name} has no shadow root`);
    check(el.wrapperLang === 'vi' || el.wrapperLang === 'en', `${name}: the .fow wrapper has lang=${el.wrapperLang}`);
    check(/\bfow\b/.test(el.wrapperClass ?? ''), `${name}: no .fow wrapper`);
    check(el.text.length > 0, `${name} renders no text`);
    checkShape(name, el);
    if (expectedLang?.[el.id]) check(el.wrapperLang === expectedLang[el.id], `${name}: lang ${el.wrapperLang}, expected ${expectedLang[el.id]}`);
  }
  return elements;
}

/** The structure each element promises: a captioned table (or the stacked lists), a disclosure in a heading, a fixed button. */
function checkShape(name, el) {
  const s = el.shape;
  if (el.hidden) return;
  if (el.tag === 'office-compare') {
    if (s.table) {
      check(s.caption, `${name}: its table has no caption`);
      check(s.columnHeaders >= 3 && s.rowHeaders >= 1, `${name}: table headers ${s.columnHeaders} col / ${s.rowHeaders} row`);
    } else {
      check(s.stackedLists >= 1, `${name}: neither a table nor the stacked dl/dt/dd is visible`);
    }
  }
  if (el.tag === 'role-card') check(s.toggle && s.toggleInHeading, `${name}: no visible <button aria-expanded> inside a heading (${show(s)})`);
  if (el.tag === 'contact-float') {
    check(s.control, `${name}: no visible button or link`);
    check(s.fixed, `${name}: its button is not in a position:fixed container`);
    check(s.size[0] >= 48 && s.size[1] >= 48, `${name}: its ${s.control} is ${s.size.join('×')}, below 48×48`);
  }
}

/**
 * Uses each element as a visitor would, with real mouse clicks and keys, and
 * checks it responds: the role card's disclosure opens, the contact button
 * opens its list and Escape closes it. Returns what it did, for the log.
 */
export async function exercise(page) {
  const done = [];
  const elements = await describeElements(page);
  if (elements.some((el) => el.tag === 'role-card' && el.buttons.length)) {
    const before = await page.evaluate(() => document.querySelector('role-card').shadowRoot.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded'));
    check(before === 'false', `role-card: the toggle starts with aria-expanded=${before}`);
    await clickInShadow(page, 'role-card', 'button[aria-expanded]');
    const after = await page.evaluate(() => document.querySelector('role-card').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'));
    check(after === 'true', `role-card: a click on the toggle left aria-expanded=${after}`);
    // The keyboard closes it again: the toggle has the focus after the click.
    await page.keyboard.press('Enter');
    await page.evaluate(() => document.querySelector('role-card').updateComplete);
    const closed = await page.evaluate(() => document.querySelector('role-card').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'));
    check(closed === 'false', `role-card: Enter on the focused toggle left aria-expanded=${closed}`);
    done.push('role-card opened by click, closed by Enter');
  }
  if (elements.some((el) => el.tag === 'contact-float' && el.buttons.some((b) => b.expanded !== null))) {
    await clickInShadow(page, 'contact-float', 'button[aria-expanded]');
    const open = await page.evaluate(() => document.querySelector('contact-float').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'));
    check(open === 'true', `contact-float: a click on the button left aria-expanded=${open}`);
    const links = await page.evaluate(() => [...document.querySelector('contact-float').shadowRoot.querySelectorAll('a[href]')].filter((a) => a.getClientRects().length).map((a) => a.href));
    check(links.length >= 2, () => `contact-float: the open list shows ${show(links)}`);
    // Choosing a channel: the cancelable select event (analytics) fires with the link; cancelled, nothing navigates.
    await page.evaluate(() => {
      window.__fowSelected = null;
      document.addEventListener('contact-float-select', (e) => ((window.__fowSelected = e.detail), e.preventDefault()), { once: true });
    });
    const before = page.url();
    await clickInShadow(page, 'contact-float', '[part~="menu"] a[href]');
    const selected = await page.evaluate(() => window.__fowSelected);
    check(selected?.channel && selected.href === links[0], () => `contact-float-select detail: ${show(selected)} (first link ${links[0]})`);
    check(page.url() === before, `a cancelled select still navigated to ${page.url()}`);
    await page.keyboard.press('Escape');
    const closed = await page.evaluate(() => {
      const host = document.querySelector('contact-float');
      const button = host.shadowRoot.querySelector('button[aria-expanded]');
      return { expanded: button.getAttribute('aria-expanded'), focusBack: document.activeElement === host && host.shadowRoot.activeElement === button };
    });
    check(closed.expanded === 'false', `contact-float: Escape left aria-expanded=${closed.expanded}`);
    check(closed.focusBack, 'contact-float: after Escape the focus is not back on its button');
    done.push('contact-float opened and closed');
  }
  return done;
}

/** The viewport centre of the first `selector` in `tag`'s shadow root. */
export async function centreOf(page, tag, selector) {
  const box = await page.evaluate(
    (tag, selector) => {
      const target = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
      if (!target) return null;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const r = target.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
    },
    tag,
    selector,
  );
  check(box, `<${tag}> has no ${selector} in its shadow root`);
  return box;
}

/** A real mouse click (input events from the browser, hit testing included) on a shadow element. */
export async function clickInShadow(page, tag, selector) {
  const { x, y } = await centreOf(page, tag, selector);
  await page.mouse.click(x, y);
  await page.evaluate((tag) => document.querySelector(tag).updateComplete, tag);
}
