// Where Chromium is and how to start it headless on our machines: the one place the
// unit tests, the integration suite and the benchmark read it from.
import { existsSync } from 'node:fs';

/** As root and with no network but the package registries, Chromium needs these or it tries to phone home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROME_PATH, else Debian's Chromium (no test tool can download a browser here); undefined when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Chromium's path; exits with the fix when none is found. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) {
    console.error('No Chromium found. Install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium binary.');
    process.exit(1);
  }
  return path;
}
