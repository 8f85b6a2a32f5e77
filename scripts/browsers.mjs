// The three browser engines of the unit tests: where each is on this machine, what to install when one is
// missing (Debian's packages: no test tool can download a browser here), and the test runner's launcher for it.
// scripts/test-browsers.mjs decides which engines run; web-test-runner.config.mjs launches them.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { forEngine, webKitDesktop } from './wtr-emulation.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
/** CI=true (or any value but "false" and "0"), as CI services set it. */
export const isCI = () => !!process.env.CI && !['false', '0'].includes(process.env.CI);
export const LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
export const INSTALL = {
  chromium: 'apt-get install -y chromium (or set CHROME_PATH)',
  firefox: 'apt-get install -y --no-install-recommends firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth xsettingsd',
};

/**
 * BROWSERS=chromium,webkit → ['chromium', 'webkit']; unset or empty → undefined (every engine found), except under CI
 * (CI=true), where all three are required, so that CI never skips an engine silently.
 */
export function requestedEngines(value = process.env.BROWSERS) {
  if (!value?.trim()) return isCI() ? [...ENGINES] : undefined;
  const names = [...new Set(value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  return names;
}

/**
 * The engines a run uses: those BROWSERS names, else every one installed, among `drives` (what the run's tool can
 * drive; `undriven(engine)` says why another named or known engine is left out). Each engine skipped is said on `log`
 * with its install line. Returns `{ engines, skipped }` (the lines said, for a run to repeat at its end), or an exit
 * status: 1 when BROWSERS is wrong or names a missing engine, or when no engine is installed; 0 when BROWSERS names
 * only engines the tool cannot drive.
 */
export function chooseEngines(log, { drives = ENGINES, undriven } = {}) {
  let requested;
  try {
    requested = requestedEngines();
  } catch (error) {
    log(`ERROR: ${error.message}`);
    return 1;
  }
  const engines = [];
  const said = [];
  for (const engine of requested ?? ENGINES) {
    const why = missing(engine);
    if (!drives.includes(engine)) said.push(undriven(engine));
    else if (!why) engines.push(engine);
    else if (requested) {
      log(`ERROR: BROWSERS names ${engine}, but ${why}; install: ${INSTALL[engine]}`);
      return 1;
    } else said.push(`${LABEL[engine]} skipped: ${why}; install: ${INSTALL[engine]}`);
  }
  said.forEach((line) => log(line));
  if (engines.length) return { engines, skipped: said };
  if (requested) {
    log(`nothing to run for BROWSERS=${process.env.BROWSERS}.`);
    return 0;
  }
  log(`ERROR: no browser engine found; install at least one (${drives.map((engine) => INSTALL[engine]).join('; ')}).`);
  return 1;
}

export function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

export function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
}

/** WebKitGTK's MiniBrowser, a dependency of Debian's webkit2gtk-driver (its folder names the architecture and API). */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : undefined;
  const lib = '/usr/lib';
  for (const arch of existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')) : []) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `${lib}/${arch}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** Why `engine` cannot run here, or undefined when everything it needs is installed. */
export function missing(engine) {
  switch (engine) {
    case 'chromium':
      return findChromium() ? undefined : 'no Chromium at CHROME_PATH or /usr/bin/chromium';
    case 'firefox':
      return findFirefox() ? undefined : 'no Firefox at FIREFOX_PATH, /usr/bin/firefox-esr or /usr/bin/firefox';
    case 'webkit': {
      // MiniBrowser has no headless mode (Xvfb); xsettingsd carries the colour scheme and reduced motion to it.
      const absent = ['WebKitWebDriver', 'Xvfb', 'xsettingsd'].filter((command) => !onPath(command));
      if (!findMiniBrowser()) absent.push('MiniBrowser');
      return absent.length ? `${absent.join(', ')} not found` : undefined;
    }
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

/** The launcher of each engine for @web/test-runner; WebKit needs the Xvfb and WebKitWebDriver that scripts/test-browsers.mjs starts. */
export function launcher(engine) {
  switch (engine) {
    case 'chromium':
      return forEngine('chromium', chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS } }));
    case 'firefox':
      return forEngine(
        'firefox',
        // Passing `puppeteer` is what makes `browser: 'firefox'` take effect (WebDriver BiDi, no geckodriver).
        // System access lets scripts/wtr-emulation.mjs set the tab's media overrides, as Firefox's own DevTools do.
        chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, args: ['--remote-allow-system-access'] },
        }),
      );
    case 'webkit':
      return webKitLauncher();
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

async function webKitLauncher() {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
  if (!port) {
    throw new Error('WebKit runs under Xvfb with WebKitWebDriver, which scripts/test-browsers.mjs starts: `BROWSERS=webkit npm run test:browsers`.');
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const webkit = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    },
  });
  // One window serves every test file in turn: each starts from the same desktop settings and viewport.
  const startSession = webkit.startSession.bind(webkit);
  webkit.startSession = async (id, url) => {
    await webkit.ensureManagerInitialized();
    await webKitDesktop().reset(webkit.driver);
    return startSession(id, url);
  };
  return forEngine('webkit', webkit);
}
