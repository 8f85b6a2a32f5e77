#!/usr/bin/env node
// The first step of `npm test`: installs what the tests need and no test tool can download here (Debian's packages:
// the three browser engines, and Java for the W3C Nu validator), so the README's test command passes on a fresh
// machine with nothing done by hand first.
//
// - Everything there already: prints nothing, installs nothing, and takes a few milliseconds (it only looks for files).
// - Something missing, as root with apt-get: one `apt-get update` and one `apt-get install` of just what is missing.
// - Something missing without root or apt-get: stops at once with the one command that would install it, exit 1.
// - BROWSERS=chromium (a comma list, as for the test scripts): only those engines are needed.
// - FOW_INSTALL=0: installs nothing and only says what is missing (the test scripts then skip or fail as they say).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, missing, onPath, requestedEngines } from './browsers.mjs';

const log = (message) => console.log(`install-engines: ${message}`);

/** Debian's packages behind each need; chromium keeps its recommended fonts, so text is measured as visitors see it. */
const NEEDS = {
  chromium: { missing: () => missing('chromium'), packages: ['chromium'], recommends: true },
  firefox: { missing: () => missing('firefox'), packages: ['firefox-esr'] },
  webkit: {
    missing: () => missing('webkit'),
    // MiniBrowser has no headless mode (Xvfb); xsettingsd carries the colour scheme and reduced motion to it.
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth', 'xsettingsd'],
  },
  java: {
    missing: () => (process.env.JAVA_HOME && existsSync(`${process.env.JAVA_HOME}/bin/java`)) || onPath('java') ? undefined : 'no java on PATH',
    packages: ['default-jre-headless'],
  },
};

function wanted() {
  let engines;
  try {
    engines = requestedEngines() ?? ENGINES;
  } catch (error) {
    log(`ERROR: ${error.message}`);
    process.exit(1);
  }
  return [...engines, 'java'];
}

const absent = wanted().filter((need) => NEEDS[need].missing());
if (!absent.length) process.exit(0);

const withRecommends = absent.filter((need) => NEEDS[need].recommends).flatMap((need) => NEEDS[need].packages);
const without = absent.filter((need) => !NEEDS[need].recommends).flatMap((need) => NEEDS[need].packages);
const commands = [
  'apt-get update',
  ...(withRecommends.length ? [`apt-get install -y ${withRecommends.join(' ')}`] : []),
  ...(without.length ? [`apt-get install -y --no-install-recommends ${without.join(' ')}`] : []),
];
const oneLine = commands.join(' && ');
const reasons = absent.map((need) => `${need} (${NEEDS[need].missing()})`).join(', ');

if (process.env.FOW_INSTALL === '0') {
  log(`missing ${reasons}; FOW_INSTALL=0, so nothing installed. To install: ${oneLine}`);
  process.exit(0);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root || !onPath('apt-get')) {
  log(`missing ${reasons}. Run as root: ${oneLine}`);
  log(`(or point CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH at installed engines; FOW_INSTALL=0 runs what is there)`);
  process.exit(1);
}

log(`missing ${reasons}; installing ${[...withRecommends, ...without].join(' ')} from Debian's packages…`);
const began = Date.now();
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const command of commands) {
  const [program, ...args] = command.split(' ');
  const result = spawnSync(program, [...args, '-qq'], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    log(`ERROR: \`${command}\` failed (${result.status ?? result.signal}): ${(result.stderr ?? '').trim().slice(-2000)}`);
    process.exit(1);
  }
}
const still = absent.filter((need) => NEEDS[need].missing());
if (still.length) {
  log(`ERROR: still missing after the install: ${still.map((need) => `${need} (${NEEDS[need].missing()})`).join(', ')}`);
  process.exit(1);
}
log(`installed in ${Math.round((Date.now() - began) / 1000)} s.`);
