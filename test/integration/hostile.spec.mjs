/**
 * Hostile host CSS: the same elements on a plain partner theme and on a theme
 * that sets every inherited text property, rem sizes, box-sizing flips,
 * `all: unset` on controls and a high z-index overlay. Inside the shadow
 * roots, every computed value must be the same on both pages (the font family
 * is the one thing that inherits, by design).
 */
import { readFileSync } from 'node:fs';
import { check, recorded, show, TAGS, test, whenRendered } from './harness.mjs';
import { centreOf, checkRendered, clickInShadow, describeElements } from './elements.mjs';
import { checkClean } from './csp.spec.mjs';
import { ALL_ELEMENTS, moduleScript, partnerPage, strictCsp } from './pages.mjs';
import { FRAMEWORKS as SHARED_FRAMEWORKS, STAGE, STAGE_VIEWPORT, TAILWIND_PATH } from '../stage.mjs';
import { tailwindCss } from '../tailwind.mjs';

const PROPERTIES = [
  'color', 'background-color', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-shadow', 'text-decoration-line', 'white-space',
  'box-sizing', 'display', 'position', 'visibility', 'opacity', 'z-index', 'cursor',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-top-style', 'border-top-color',
  'border-collapse', 'min-width', 'min-height', 'outline-style', 'list-style-type', 'fill', 'stroke',
];

/** Computed values of every element in our shadow roots, keyed by host id and position. */
function computedInside(page) {
  return page.evaluate(
    (tags, properties) => {
      const out = {};
      const read = (el, key) => {
        const cs = getComputedStyle(el);
        out[key] = Object.fromEntries(properties.map((p) => [p, cs.getPropertyValue(p)]));
      };
      const walk = (root, prefix) => {
        [...root.querySelectorAll('*')].forEach((el, i) => {
          if (el.localName === 'style' || el.localName === 'script') return;
          const key = `${prefix} > ${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}[${i}]`;
          read(el, key);
          if (el.shadowRoot) walk(el.shadowRoot, key);
        });
      };
      for (const host of document.querySelectorAll(tags.join(','))) {
        const name = `${host.localName}#${host.id}`;
        read(host, `${name}:host`);
        walk(host.shadowRoot, name);
      }
      return out;
    },
    TAGS,
    PROPERTIES,
  );
}

/** Opens what can be opened, with real clicks, so open states are compared too. */
async function openEverything(page) {
  const elements = await describeElements(page);
  if (elements.find((e) => e.tag === 'role-card')?.buttons.some((b) => b.expanded === 'false')) await clickInShadow(page, 'role-card', 'button[aria-expanded]');
  if (elements.find((e) => e.tag === 'contact-float')?.buttons.some((b) => b.expanded === 'false')) await clickInShadow(page, 'contact-float', 'button[aria-expanded]');
}

function differences(baseline, hostile) {
  const diffs = [];
  for (const key of new Set([...Object.keys(baseline), ...Object.keys(hostile)])) {
    if (!baseline[key] || !hostile[key]) {
      diffs.push(`${key}: only on the ${baseline[key] ? 'plain' : 'hostile'} page`);
      continue;
    }
    for (const p of PROPERTIES) {
      if (baseline[key][p] !== hostile[key][p]) diffs.push(`${key} ${p}: ${baseline[key][p]} → ${hostile[key][p]}`);
    }
  }
  return diffs;
}

async function load(t, stylesheet, extraBody = '') {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(partnerPage({ head: moduleScript(`${cdn}/cdn/front-office-widgets.js`), styles: [stylesheet], body: ALL_ELEMENTS + extraBody }), {
    'content-security-policy': strictCsp(cdn),
  });
  const page = await t.open(url);
  await whenRendered(page);
  await checkRendered(page);
  return page;
}

test('hostile CSS: computed styles inside the shadow roots are the same as on a plain page (closed and open)', async (t) => {
  const plain = await load(t, '/static/partner.css');
  const hostile = await load(t, '/static/hostile.css', '<div class="overlay"></div>');
  const baseline = await computedInside(plain);
  const closed = differences(baseline, await computedInside(hostile));
  await openEverything(plain);
  await openEverything(hostile);
  const open = differences(await computedInside(plain), await computedInside(hostile));
  const all = [...closed.map((d) => `closed: ${d}`), ...open.map((d) => `open: ${d}`)];
  check(all.length === 0, () => `${all.length} computed values differ under the hostile theme:\n${all.slice(0, 40).join('\n')}`);
  // The page's html{font-size:62.5%} must not shrink anything: the hosts render at the body's 16px.
  const sizes = await hostile.evaluate((tags) => tags.map((tag) => getComputedStyle(document.querySelector(tag)).fontSize), ['office-compare', 'role-card']);
  check(sizes.every((s) => s === '16px'), `font sizes on the hostile page: ${sizes}`);
  checkClean(await recorded(hostile));
  return `${Object.keys(baseline).length} elements × ${PROPERTIES.length} properties compared, closed and open`;
});

test('hostile CSS: controls keep their target sizes and the table fits its column', async (t) => {
  const page = await load(t, '/static/hostile.css');
  const sizes = await page.evaluate((tags) => {
    const out = [];
    for (const host of document.querySelectorAll(tags.join(','))) {
      for (const control of host.shadowRoot.querySelectorAll('button, a[href]')) {
        const r = control.getBoundingClientRect();
        if (!r.width && !r.height) continue; // closed menus
        out.push({ tag: host.localName, control: control.localName, text: control.textContent.trim().slice(0, 30), width: r.width, height: r.height });
      }
    }
    const compare = document.querySelector('office-compare');
    return { controls: out, compareOverflow: compare.shadowRoot.firstElementChild.scrollWidth - compare.getBoundingClientRect().width };
  }, TAGS);
  for (const c of sizes.controls) {
    const min = c.tag === 'contact-float' ? 48 : 24;
    check(c.width >= min && c.height >= min, () => `${c.tag} ${c.control} "${c.text}" is ${c.width}×${c.height}, below ${min}×${min}`);
  }
  check(sizes.compareOverflow <= 1, `office-compare overflows its 720px column by ${sizes.compareOverflow}px`);
});

/**
 * "Stays clickable" means: above page content and any overlay up to the
 * contact button's default z-index (2147483000, Intercom's level: cookie bars,
 * sticky ads and chat bubbles usually sit at 999999 or below). Consent banners
 * at the maximum 2147483647 stay above it by design; a partner who wants the
 * button above those sets --contact-float-z-index.
 */
test('hostile CSS: the contact button stays clickable above a z-index 999999 overlay (real click)', async (t) => {
  const page = await load(t, '/static/hostile.css', '<div class="overlay"></div>');
  const contact = await describeElements(page).then((els) => els.find((e) => e.tag === 'contact-float'));
  const selector = contact.buttons.some((b) => b.expanded !== null) ? 'button[aria-expanded]' : 'a[href]';
  const { x, y } = await centreOf(page, 'contact-float', selector);
  const hit = await page.evaluate(
    (x, y, selector) => {
      const host = document.elementFromPoint(x, y);
      const inner = host?.shadowRoot?.elementFromPoint(x, y);
      const target = document.querySelector('contact-float').shadowRoot.querySelector(selector);
      const overlay = document.querySelector('.overlay').getBoundingClientRect();
      return { host: host?.localName, innerIsControl: Boolean(inner && (inner === target || target.contains(inner))), underOverlay: y >= overlay.top };
    },
    x,
    y,
    selector,
  );
  check(hit.underOverlay, 'the test overlay does not cover the contact button: move it');
  check(hit.host === 'contact-float' && hit.innerIsControl, () => `elementFromPoint at the contact button gives ${show(hit)}`);
  if (selector === 'button[aria-expanded]') {
    await page.mouse.click(x, y);
    const expanded = await page.evaluate(() => document.querySelector('contact-float').shadowRoot.querySelector('button[aria-expanded]').getAttribute('aria-expanded'));
    check(expanded === 'true', `a real click through the hostile page left aria-expanded=${expanded}`);
  }
});

test('hostile CSS: above a max z-index overlay only with --contact-float-z-index raised (documented)', async (t) => {
  // The overlay comes first in the page, so an equal z-index puts our later button on top.
  const cdn = t.servers.cdnOrigin;
  const body = `<div class="overlay max"></div>${ALL_ELEMENTS.replace('<contact-float id="contact">', '<contact-float id="contact" class="raised">')}`;
  const url = t.page(partnerPage({ head: moduleScript(`${cdn}/cdn/front-office-widgets.js`), styles: ['/static/hostile.css', '/static/overlay-max.css'], body }), {
    'content-security-policy': strictCsp(cdn),
  });
  const page = await t.open(url);
  await whenRendered(page);
  const contact = await describeElements(page).then((els) => els.find((e) => e.tag === 'contact-float'));
  const selector = contact.buttons.some((b) => b.expanded !== null) ? 'button[aria-expanded]' : 'a[href]';
  const { x, y } = await centreOf(page, 'contact-float', selector);
  const topmost = async () => page.evaluate((x, y) => document.elementFromPoint(x, y)?.localName, x, y);
  check((await topmost()) === 'contact-float', `with the token raised, ${await topmost()} is on top`);
  await page.evaluate(() => document.querySelector('contact-float').classList.remove('raised'));
  check((await topmost()) === 'div', `without the token the max z-index overlay should cover the button; ${await topmost()} is on top`);
});

test('caveat (documented): inside a transformed ancestor the contact button is no longer pinned to the viewport', async (t) => {
  const cdn = t.servers.cdnOrigin;
  const url = t.page(
    partnerPage({
      head: moduleScript(`${cdn}/cdn/front-office-widgets.js`),
      styles: ['/static/transformed.css'],
      body: '<div class="animated-section"><div class="spacer"></div><contact-float id="inside"></contact-float></div><contact-float id="body-child" placement="bottom-left"></contact-float>',
    }),
    { 'content-security-policy': strictCsp(cdn) },
  );
  const page = await t.open(url, { width: 800, height: 600 });
  await whenRendered(page, ['contact-float']);
  const bottoms = await page.evaluate(() =>
    ['inside', 'body-child'].map((id) => {
      const control = document.getElementById(id).shadowRoot.querySelector('button, a[href]');
      return Math.round(innerHeight - control.getBoundingClientRect().bottom);
    }),
  );
  // As a child of <body> it sits 16px (the default offset) above the viewport's bottom edge;
  // inside the transformed section it is pinned to the section's bottom, 1400px further down.
  check(bottoms[1] === 16, `the <body> child is ${bottoms[1]}px above the viewport bottom`);
  check(bottoms[0] < -1000, `inside the transformed section: ${bottoms[0]}px (the caveat no longer holds? update the README)`);
  return `bottom offsets: body child ${bottoms[1]}px, inside a transformed section ${bottoms[0]}px`;
});

/*
 * Real framework stylesheets, from their npm packages (pinned devDependencies), against a clean page: every element in
 * every state must be the same pixels. Both pages hold the same stage (pages/stage.css: fixed places, white ground,
 * the same font through --fow-font-family and --fow-font-size, which inherit by design), so that what differs is only
 * what the framework's rules reach inside the elements. Tailwind 4 is compiled as a Tailwind site serves it
 * (`@import "tailwindcss"` through the package's compile(): theme, preflight, no utilities used).
 */
// test/stage.mjs names each sheet by its path in the project (node_modules/…), shared with test/host-frameworks.ts (the same
// comparison in the three engines); the stage's markup and viewport come from there too.
const FRAMEWORKS = Object.fromEntries(
  Object.entries(SHARED_FRAMEWORKS).map(([name, path]) => [
    name,
    path === TAILWIND_PATH ? tailwindCss : () => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
  ]),
);
const VIEWPORT = STAGE_VIEWPORT;

/** The parts of the page to compare: each element with room for its shadow (inside its white stage). */
function regions(page) {
  return page.evaluate(() => {
    const grow = (r) => ({ x: Math.floor(r.left - 12), y: Math.floor(r.top - 12), width: Math.ceil(r.width + 24), height: Math.ceil(r.height + 24) });
    const out = Object.fromEntries(['wide', 'narrow', 'closed', 'expanded'].map((id) => [id, grow(document.getElementById(id).getBoundingClientRect())]));
    out.float = grow(document.getElementById('float').shadowRoot.querySelector('.dock').getBoundingClientRect());
    return out;
  });
}

async function stagePage(t, css, colorScheme) {
  const cdn = t.servers.cdnOrigin;
  const styles = [];
  if (css) styles.push(t.page(css, { 'content-type': 'text/css; charset=utf-8' }));
  styles.push('/static/stage.css');
  const url = t.page(partnerPage({ head: moduleScript(`${cdn}/cdn/front-office-widgets.js`), styles, body: STAGE }), { 'content-security-policy': strictCsp(cdn) });
  const page = await t.open(url, { ...VIEWPORT, media: [{ name: 'prefers-color-scheme', value: colorScheme }, { name: 'prefers-reduced-motion', value: 'reduce' }] });
  await whenRendered(page);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Screenshots of `names` regions, in the state `act` puts the page in (hover, focus). */
async function shoot(page, { act, names }) {
  if (act) await act(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const all = await regions(page);
  const out = {};
  for (const name of names) out[name] = Buffer.from(await page.screenshot({ clip: all[name] }));
  return out;
}

/** How two PNGs differ, decoded in the page: '' when every pixel is the same. */
function pixelDifference(page, a, b) {
  if (a.equals(b)) return '';
  return page.evaluate(async (a, b) => {
    const decode = async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.getContext('2d').getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [x, y] = await Promise.all([decode(a), decode(b)]);
    if (x.width !== y.width || x.height !== y.height) return `${y.width}×${y.height} px instead of ${x.width}×${x.height}`;
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2] || x.data[i + 3] !== y.data[i + 3]) differing++;
    return differing ? `${differing} of ${x.width * y.height} pixels differ` : '';
  }, a.toString('base64'), b.toString('base64'));
}

/** The states compared, applied in this order to both pages, and the regions each one changes. */
const STATES = {
  static: { names: ['wide', 'narrow', 'closed', 'expanded', 'float'] },
  // The pointer over the card's title button, then over the menu's first channel.
  hover: { names: ['closed'], act: (page) => pointAt(page, 'closed', 'button') },
  'hover (menu)': { names: ['float'], act: (page) => pointAt(page, 'float', '.channel') },
  // Keyboard focus: the first Tab reaches the closed card's button (nothing before it can take focus); then the
  // menu's first channel, focused after a key press, shows its focus ring as it does from the keyboard.
  focus: {
    names: ['closed'],
    act: async (page) => {
      await page.mouse.move(1590, 10);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => `${document.activeElement?.id}:${document.activeElement?.shadowRoot?.activeElement?.localName}`);
      check(focused === 'closed:button', `Tab focused ${focused}, not the closed card's button`);
    },
  },
  'focus (menu)': {
    names: ['float'],
    act: async (page) => {
      await page.keyboard.press('Tab');
      await page.evaluate(() => document.getElementById('float').shadowRoot.querySelector('.channel').focus());
    },
  },
};

async function pointAt(page, id, selector) {
  const [x, y] = await page.evaluate(
    (id, selector) => {
      const r = document.getElementById(id).shadowRoot.querySelector(selector).getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    },
    id,
    selector,
  );
  await page.mouse.move(x, y);
}

async function shootStates(page) {
  const shots = {};
  for (const [state, how] of Object.entries(STATES)) shots[state] = await shoot(page, how);
  return shots;
}

/** The clean page's pixels, per engine and colour scheme: taken by the test before the frameworks' (one run's reference). */
const cleanShots = new Map();

for (const colorScheme of ['light', 'dark']) {
  test(`framework CSS: the clean page, ${colorScheme} (the reference the framework pages are compared with)`, async (t) => {
    const page = await stagePage(t, '', colorScheme);
    const all = await regions(page);
    const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const names = Object.keys(all);
    for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) check(!overlap(all[a], all[b]), () => `the regions ${a} and ${b} overlap: move them apart in pages/stage.css\n${show(all)}`);
    const shots = await shootStates(page);
    // Each interaction shows: otherwise comparing it would prove nothing.
    for (const [state, region] of [['hover', 'closed'], ['focus', 'closed'], ['hover (menu)', 'float'], ['focus (menu)', 'float']]) {
      check(!shots[state][region].equals(shots.static[region]), `${state} looks the same as the static ${region} region`);
    }
    cleanShots.set(`${t.engine} ${colorScheme}`, shots);
    return `regions: ${names.map((name) => `${name} ${all[name].width}×${all[name].height}`).join(', ')}`;
  });
}

for (const [name, load] of Object.entries(FRAMEWORKS)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`framework CSS, ${name}, ${colorScheme}: every element, static, hovered and focused, is the same pixels as on the clean page`, async (t) => {
      const reference = cleanShots.get(`${t.engine} ${colorScheme}`);
      check(reference, 'no reference: the clean page test failed or was filtered out (run "framework CSS")');
      const page = await stagePage(t, await load(), colorScheme);
      const actual = await shootStates(page);
      const failures = [];
      let compared = 0;
      for (const [state, shots] of Object.entries(actual)) {
        for (const [region, png] of Object.entries(shots)) {
          compared++;
          const difference = await pixelDifference(page, reference[state][region], png);
          if (difference) failures.push(`${state}, ${region}: ${difference}`);
        }
      }
      check(failures.length === 0, () => `${failures.length} of ${compared} renders differ from the clean page:\n${failures.join('\n')}`);
      return `${compared} renders pixel-identical`;
    });
  }
}
