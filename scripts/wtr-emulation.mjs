// Media emulation (print, prefers-color-scheme, prefers-reduced-motion) and viewport sizes for the browser tests,
// in each engine through the most real means its driver offers. test/emulation.ts calls these commands.
//
//                   Chromium (CDP)                Firefox ESR (WebDriver BiDi)           WebKitGTK (classic WebDriver)
//   viewport        Emulation (page.setViewport)  browsingContext.setViewport            Set Window Rect on MiniBrowser
//   print           Emulation.setEmulatedMedia    the tab's mediumOverride               simulated in the page (test/emulation.ts)
//   color scheme    Emulation.setEmulatedMedia    the tab's prefersColorSchemeOverride   the desktop's GTK theme (XSETTINGS)
//   reduced motion  Emulation.setEmulatedMedia    the tab's prefersReducedMotionOverride GTK's animations setting (XSETTINGS)
//
// Firefox: BiDi has no media command yet (`emulation.setMediaFeaturesOverride`, https://github.com/w3c/webdriver-bidi/pull/1076,
// is unknown to ESR 153), and puppeteer's emulateMedia* need CDP. With --remote-allow-system-access a script in the browser's
// own window sets the overrides Firefox's DevTools use for "simulate print" and the colour-scheme toggle.
// WebKit: classic WebDriver has no media emulation at all (https://github.com/w3c/webdriver/issues/1693). WebKitGTK reads
// prefers-color-scheme and prefers-reduced-motion from the desktop's GTK settings, so xsettingsd (started by
// scripts/test-browsers.mjs on the Xvfb display) changes them for real, as a visitor's desktop would. Print has no such
// switch: the page simulates it, see test/emulation.ts for what that proves and what it does not.
import { renameSync, writeFileSync } from 'node:fs';

const engines = new WeakMap();

/** Records which engine a launcher drives, for the commands below. */
export function forEngine(engine, launcher) {
  engines.set(launcher, engine);
  return launcher;
}

export const DEFAULT_MEDIA = { media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' };
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** A web-test-runner plugin answering `fow-emulate-media` and `fow-viewport`. */
export function emulationPlugin() {
  return {
    name: 'fow-emulation',
    async executeCommand({ command, payload, session }) {
      if (!['fow-emulate-media', 'fow-viewport', 'fow-screenshot'].includes(command)) return undefined;
      const engine = engines.get(session.browser);
      if (!engine) throw new Error(`${command}: no emulation for the launcher ${session.browser.name}`);
      if (command === 'fow-viewport') return viewport(engine, session, payload);
      if (command === 'fow-screenshot') return screenshot(engine, session);
      return media(engine, session, { ...DEFAULT_MEDIA, ...payload });
    },
  };
}

async function viewport(engine, session, size) {
  if (engine === 'webkit') return webKitDesktop().resize(session.browser.driver, size);
  await session.browser.getPage(session.id).setViewport(size);
  return size;
}

/**
 * The viewport as the engine paints it, a PNG in base64 (test/screenshot.ts crops and compares it in the page): WebDriver's
 * Take Screenshot in WebKit (the window's viewport), puppeteer's in Chromium (CDP) and Firefox (BiDi).
 */
async function screenshot(engine, session) {
  if (engine === 'webkit') return session.browser.driver.takeScreenshot();
  return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
}

/** Applies the whole media state; returns how print was obtained, since WebKit's page must simulate it. */
async function media(engine, session, state) {
  if (engine === 'webkit') {
    await webKitDesktop().settings(state, session.browser.driver);
    return { print: 'simulated' };
  }
  const page = session.browser.getPage(session.id);
  if (engine === 'chromium') {
    // One call for type and features: puppeteer's emulateMediaType and emulateMediaFeatures each send this command
    // with half the parameters, and the second undoes the first.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      media: state.media,
      features: [
        { name: 'prefers-color-scheme', value: state.colorScheme },
        { name: 'prefers-reduced-motion', value: state.reducedMotion },
      ],
    });
  } else {
    await firefoxOverrides(page, state);
  }
  return { print: 'emulated' };
}

const cdpSessions = new WeakMap();
const chromeContexts = new WeakMap();

/** Sets the media overrides of the Firefox tab showing `page`, from a script in the browser's own (chrome) window. */
function firefoxOverrides(page, { media, colorScheme, reducedMotion }) {
  return setFirefoxTab(page, { mediumOverride: media, prefersColorSchemeOverride: colorScheme, prefersReducedMotionOverride: reducedMotion });
}

/**
 * Sets `properties` on the BrowsingContext of the Firefox tab showing `page` (its URL must be that tab's alone), from a
 * script in the browser's own (chrome) window, as Firefox's DevTools do: the media overrides above, or `allowJavascript`
 * (DevTools' "Disable JavaScript", which BiDi's emulation.setScriptingEnabled is not yet in ESR 153 to do). Needs Firefox
 * started with --remote-allow-system-access.
 */
export async function setFirefoxTab(page, properties) {
  const connection = page.browser().connection;
  if (!chromeContexts.has(connection)) {
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    chromeContexts.set(connection, result.contexts[0].context);
  }
  // Runs in Firefox's browser window with system privileges: Services and gBrowser are Firefox's own globals.
  function setProperties(url, json) {
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      const browser = win.gBrowser.browsers.find((candidate) => candidate.currentURI.spec === url);
      if (!browser) continue;
      Object.assign(browser.browsingContext, JSON.parse(json));
      return true;
    }
    return false;
  }
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: String(setProperties),
    arguments: [page.url(), JSON.stringify(properties)].map((value) => ({ type: 'string', value })),
    target: { context: chromeContexts.get(connection) },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox tab settings: ${result.exceptionDetails.text}`);
  if (result.result.value !== true) throw new Error(`Firefox tab settings: no tab shows ${page.url()}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** WebKitGTK's desktop, as scripts/test-browsers.mjs set it up: xsettingsd's file and process, MiniBrowser's window. */
class WebKitDesktop {
  constructor(file, pid) {
    this.file = file;
    this.pid = pid;
    this.reducedMotion = DEFAULT_MEDIA.reducedMotion;
  }

  /** The GTK theme (Adwaita or its dark variant) and animations switch, which WebKitGTK maps to the two media features. */
  async settings(next, driver) {
    const motionChanged = next.reducedMotion !== this.reducedMotion;
    this.publish(next);
    this.reducedMotion = next.reducedMotion;
    if (!driver) return;
    // The theme travels xsettingsd → GTK in MiniBrowser's UI process → WebKit's web process. Under load (three engines
    // on two cores in CI) it once had not arrived 3 s later: the settings are published again every second until the
    // page sees them, which does no harm if the first one was only slow.
    const dark = next.colorScheme === 'dark';
    for (let attempt = 1; attempt <= 160; attempt++) {
      if ((await driver.execute(() => matchMedia('(prefers-color-scheme: dark)').matches)) === dark) break;
      if (attempt % 40 === 0) this.publish(next);
      await sleep(25);
    }
    if (motionChanged) await this.restyle(driver, next.reducedMotion === 'reduce');
  }

  /** Writes the settings for xsettingsd and has it load them. */
  publish(state) {
    // Written whole, then renamed over the old file: xsettingsd may still be reading after the previous SIGHUP, and a
    // half-written file would be refused while the signal that follows it is merged into the pending one.
    writeFileSync(`${this.file}.next`, xsettings(state));
    renameSync(`${this.file}.next`, this.file);
    process.kill(this.pid, 'SIGHUP');
  }

  /**
   * WebKitGTK 2.50 takes a change of the animations setting into prefers-reduced-motion for matchMedia and for style
   * sheets parsed afterwards, but does not restyle the page: ThemeAdwaita::refreshSettings updates the value without a
   * style update (https://github.com/WebKit/WebKit/blob/main/Source/WebCore/platform/adwaita/ThemeAdwaita.cpp), where
   * Safari's Page::accessibilitySettingsDidChange re-evaluates the page's media queries at once. A resize re-evaluates
   * them too, so once the page sees the new value the window grows by a pixel and back: the tests then see what Safari
   * shows a visitor who turns on Reduce Motion with the page open.
   */
  async restyle(driver, reduce) {
    for (let attempt = 0; attempt < 80; attempt++) {
      if ((await driver.execute(() => matchMedia('(prefers-reduced-motion: reduce)').matches)) === reduce) break;
      await sleep(25);
    }
    const [width, height] = await driver.execute(() => [innerWidth, innerHeight]);
    await this.resize(driver, { width: width + 1, height });
    await this.resize(driver, { width, height });
  }

  /** Sizes the window so that the page's viewport is `width` × `height`; returns the viewport reached. */
  async resize(driver, { width, height }) {
    const inner = () => driver.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
    const [innerW, innerH, outerW, outerH] = await inner();
    await driver.setWindowRect(null, null, width + outerW - innerW, height + outerH - innerH);
    // The web process learns its new size after the window has it.
    let reached = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      reached = await inner();
      if (reached[0] === width && reached[1] === height) break;
      await sleep(25);
    }
    return { width: reached[0], height: reached[1] };
  }

  /** Before each test file: the default colour scheme, motion and viewport, whatever the previous file left. */
  async reset(driver) {
    await this.settings(DEFAULT_MEDIA);
    await this.resize(driver, DEFAULT_VIEWPORT);
  }
}

/** xsettingsd's configuration for a media state (`Adwaita` is GTK's built-in theme, `Adwaita-dark` its dark variant). */
export function xsettings({ colorScheme, reducedMotion }) {
  return `Net/ThemeName "${colorScheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\nGtk/EnableAnimations ${reducedMotion === 'reduce' ? 0 : 1}\n`;
}

let desktop;
export function webKitDesktop() {
  if (!desktop) {
    const file = process.env.FOW_XSETTINGS;
    const pid = Number(process.env.FOW_XSETTINGSD_PID);
    if (!file || !pid) throw new Error('WebKit needs the xsettingsd that scripts/test-browsers.mjs starts (FOW_XSETTINGS, FOW_XSETTINGSD_PID).');
    desktop = new WebKitDesktop(file, pid);
  }
  return desktop;
}
