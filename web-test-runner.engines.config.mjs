// The browser unit tests of web-test-runner.config.mjs, in the engines our partners' visitors also use:
// Firefox (ESR, driven by puppeteer over WebDriver BiDi) and, when scripts/test-engines.mjs has started
// Xvfb and WebKitWebDriver, WebKitGTK (Safari's WebCore and JavaScriptCore, not Safari itself).
// Media emulation (print, prefers-color-scheme, prefers-reduced-motion) needs Chromium's CDP: those tests
// report as skipped here (see test/helpers.ts) and run in the Chromium config.
import { existsSync, readdirSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const firefox = firefoxCandidates.find((path) => path && existsSync(path));
if (!firefox) {
  console.error('No Firefox found. Install it (Debian/Ubuntu: `apt-get install -y --no-install-recommends firefox-esr`) or set FIREFOX_PATH to a Firefox binary.');
  process.exit(1);
}

const browsers = [
  // Passing `puppeteer` is what makes `browser: 'firefox'` take effect (WebDriver BiDi, no geckodriver).
  chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
];

// Set by scripts/test-engines.mjs once WebKitWebDriver answers on that port.
const webkitPort = Number(process.env.WEBKIT_WEBDRIVER_PORT);
if (webkitPort) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver').catch(() => {
    console.error('WebKit needs @web/test-runner-webdriver: `npm i -D @web/test-runner-webdriver@0.9.0` (it pairs with @web/test-runner 0.20).');
    process.exit(1);
  });
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      },
    }),
  );
}

/** WebKitGTK's MiniBrowser, from Debian's webkit2gtk-driver dependencies (its folder names the architecture and API). */
export function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const arch of readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'))) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `/usr/lib/${arch}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  console.error('No WebKitGTK MiniBrowser found. Install it (Debian/Ubuntu: `apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth`) or set MINIBROWSER_PATH.');
  process.exit(1);
}

export default { ...base, browsers };
