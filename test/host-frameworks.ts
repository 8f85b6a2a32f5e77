// Real framework stylesheets (npm packages, pinned) on the page, against the same page without them: every element, in
// every state, must be the same pixels. The stage (test/stage.mjs, test/integration/pages/stage.css) is the one
// test/integration/hostile.spec.mjs compares in Chromium and Firefox; here it runs in the three engines, WebKit
// included, through web-test-runner's drivers and the `fow-screenshot` command (test/screenshot.ts).
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import { emulate, resetMedia, resetViewport, viewport } from './helpers.js';
import { pixelDifference, screenshot, settledScreenshot, type Shot } from './screenshot.js';
import { FRAMEWORKS, STAGE, STAGE_VIEWPORT } from './stage.mjs';

type Region = 'wide' | 'narrow' | 'closed' | 'expanded' | 'float';

interface State {
  regions: Region[];
  act?(): Promise<void>;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const inShadow = (id: string, selector: string) => byId(id).shadowRoot!.querySelector(selector) as HTMLElement;

/** The parts of the page to compare: each element with room for its shadow (inside its white stage). */
function area(region: Region): DOMRect {
  const rect = region === 'float' ? inShadow('float', '.dock').getBoundingClientRect() : byId(region).getBoundingClientRect();
  return new DOMRect(Math.floor(rect.left - 12), Math.floor(rect.top - 12), Math.ceil(rect.width + 24), Math.ceil(rect.height + 24));
}

/** The part of a viewport shot inside `rect` (CSS pixels; the shot may have more device pixels). */
function crop(shot: Shot, rect: DOMRect): Shot {
  const scale = shot.width / innerWidth;
  const [x, y] = [Math.floor(rect.left * scale), Math.floor(rect.top * scale)];
  const width = Math.ceil(rect.right * scale) - x;
  const height = Math.ceil(rect.bottom * scale) - y;
  if (x < 0 || y < 0 || x + width > shot.width || y + height > shot.height) throw new Error(`the area ${x},${y} ${width}×${height} is not all in the viewport`);
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) pixels.set(shot.pixels.subarray(((y + row) * shot.width + x) * 4, ((y + row) * shot.width + x + width) * 4), row * width * 4);
  return { width, height, pixels };
}

/**
 * How `actual` differs from the clean page's `expected`, '' when it does not. A difference of 1 of 255 in a channel
 * counts as none: under load WebKitGTK anti-aliased a card's edge one step apart (2 pixels, 1 of 255) on two pages
 * that the framework could not have touched there, one run in three; every leak seen differs by tens or hundreds.
 */
function difference(expected: Shot, actual: Shot): string {
  const found = pixelDifference(expected, actual);
  if (!found || expected.width !== actual.width || expected.height !== actual.height) return found;
  return expected.pixels.some((value, i) => Math.abs(value - actual.pixels[i]) > 1) ? found : '';
}

async function pointAt(id: string, selector: string): Promise<void> {
  const rect = inShadow(id, selector).getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** The pointer over nothing that has a hover style: the stage's empty top right corner. */
const pointAway = () => sendMouse({ type: 'move', position: [STAGE_VIEWPORT.width - 10, 10] });

/**
 * The states compared, in this order on every page, and the regions each one changes (as in hostile.spec.mjs). One at a
 * time: with a card hovered and a menu item focused in the same frame, Chromium's anti-aliasing of the card's rounded
 * corners differed by a few pixels between pages, whatever the sheet.
 */
const STATES: Record<string, State> = {
  static: { regions: ['wide', 'narrow', 'closed', 'expanded', 'float'] },
  // The pointer over the card's title button, then over the menu's first channel.
  hover: { regions: ['closed'], act: () => pointAt('closed', 'button') },
  'hover (menu)': { regions: ['float'], act: () => pointAt('float', '.channel') },
  // Keyboard focus: Tab reaches the closed card's button first (nothing before it on the stage can take focus); then
  // the menu's first channel, focused after a key press, shows its focus ring as it does from the keyboard.
  focus: {
    regions: ['closed'],
    act: async () => {
      await pointAway();
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      const focused = `${document.activeElement?.id}:${document.activeElement?.shadowRoot?.activeElement?.localName}`;
      expect(focused, "Tab focuses the closed card's button").to.equal('closed:button');
    },
  },
  'focus (menu)': {
    regions: ['float'],
    act: async () => {
      await sendKeys({ press: 'Tab' });
      inShadow('float', '.channel').focus();
    },
  },
};

type Shots = Record<string, Partial<Record<Region, Shot>>>;

/** The stage under `sheet` (or none), and its pixels in every state; `reference`, the clean page's, saves shots. */
async function shootStage(sheet: string | undefined, reference?: Shots): Promise<Shots> {
  const links = [...(sheet ? [`/${sheet}`] : []), '/test/integration/pages/stage.css'].map((href) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    document.head.append(link);
    return new Promise<HTMLLinkElement>((resolve, reject) => {
      link.onload = () => resolve(link);
      link.onerror = () => reject(new Error(`${href} did not load`));
    });
  });
  const loaded = await Promise.all(links);
  const stage = document.createElement('template');
  stage.innerHTML = STAGE;
  const nodes = [...stage.content.childNodes];
  document.body.append(...nodes);
  try {
    await Promise.all(['wide', 'narrow', 'closed', 'expanded', 'float'].map((id) => (byId(id) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await document.fonts.ready;
    await pointAway();
    const shots: Shots = {};
    for (const [name, state] of Object.entries(STATES)) {
      await state.act?.();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const cut = (shot: Shot) => Object.fromEntries(state.regions.map((region) => [region, crop(shot, area(region))]));
      // A shot costs far more than a crop: one of the viewport per state, cut into its regions. The clean page's shots
      // are settled (the same twice in a row: WebKitGTK may hand over a frame still being repainted); a framework page's
      // first shot is kept when it equals the clean page, and otherwise settled too before it counts as a difference.
      const first = cut(await screenshot(new DOMRect(0, 0, innerWidth, innerHeight)));
      const same = reference && state.regions.every((region) => !difference(reference[name][region]!, first[region]!));
      shots[name] = same ? first : cut(await settledScreenshot(new DOMRect(0, 0, innerWidth, innerHeight)));
    }
    return shots;
  } finally {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const node of [...nodes, ...loaded]) node.remove();
  }
}

/**
 * The comparison in one colour scheme. Each scheme is a test file of its own (host-frameworks-light.test.ts, -dark):
 * seven 1600 × 1600 pages take WebKit about a minute on a loaded machine, within the runner's time for one file.
 */
export function describeFrameworks(colorScheme: 'light' | 'dark'): void {
  describe(`framework stylesheets on the page, ${colorScheme}`, function () {
    // Seven pages (the clean one and six frameworks), five shots each, in three engines at once.
    this.timeout(120000);
    let clean: Shots;

    before(async () => {
      // The contact button's attention ring is animated; under reduced motion it is not, so two renders can be compared.
      await emulate({ colorScheme, reducedMotion: 'reduce' });
      await viewport(STAGE_VIEWPORT);
      clean = await shootStage(undefined);
      // Each interaction shows: otherwise comparing it would prove nothing.
      for (const [state, { regions }] of Object.entries(STATES).slice(1)) {
        for (const region of regions) expect(pixelDifference(clean.static[region]!, clean[state][region]!), `${state} changes the ${region} region`).to.not.equal('');
      }
    });

    after(async () => {
      await resetMedia();
      await resetViewport();
    });

    for (const [name, sheet] of Object.entries(FRAMEWORKS)) {
      it(`${name}: every element, static, hovered and focused, is the same pixels as without it`, async () => {
        const actual = await shootStage(sheet, clean);
        const failures = Object.entries(actual).flatMap(([state, shots]) =>
          Object.entries(shots).flatMap(([region, shot]) => {
            const found = difference(clean[state][region as Region]!, shot!);
            return found ? [`${state}, ${region}: ${found}`] : [];
          }),
        );
        expect(failures, `${failures.length} renders differ from the page without ${name}:\n${failures.join('\n')}\n`).to.deep.equal([]);
      });
    }
  });
}
