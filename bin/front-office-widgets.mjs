#!/usr/bin/env node
// `npx front-office-widgets render '<role-card role-id="sales"></role-card>'`: prints the markup with
// our elements prerendered (declarative shadow DOM), for pages and editors without JavaScript.
// A thin layer over the render API (front-office-widgets/ssr, dist/ssr/render.js).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: front-office-widgets render [HTML] [--out FILE] [--lang vi|en]

Prints HTML with each <office-compare>, <role-card> and <contact-float> prerendered as
declarative shadow DOM: readable and styled before, and without, any script. Everything
else in the HTML is printed unchanged.

  HTML          the markup; when left out (or "-"), read from standard input
  --out FILE    write to FILE instead of standard output
  --lang vi|en  language of elements with no lang of their own or of an ancestor
                in the HTML (default: vi)
  -h, --help    this help
  -v, --version the package version

The style-src hashes a strict Content-Security-Policy needs are printed on standard error.
Load dist/cdn/front-office-widgets.hydrate.js on the page to make the elements interactive.

Examples:
  npx front-office-widgets render '<role-card role-id="sales" lang="en"></role-card>'
  npx front-office-widgets render < article.html --out article.prerendered.html`;

const say = (message) => process.stderr.write(`front-office-widgets: ${message}\n`);

/** A mistake in the command line: the message, a pointer to --help, exit code 2. */
function usageError(message) {
  say(`${message}\nRun "front-office-widgets --help" for usage.`);
  process.exit(2);
}

/**
 * The RangeError the API throws for an unknown `lang`, told apart from one thrown while rendering
 * (a call stack exceeded by very deep HTML is a RangeError too).
 */
const isBadLang = (error) => error instanceof RangeError && /\blang must be\b/.test(error.message);

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
} catch (error) {
  usageError(error.message);
}
const { values, positionals } = parsed;

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const api = await import('../dist/ssr/render.js').catch((error) => {
  say(`cannot load the render module (${error.message}).${error.code === 'ERR_MODULE_NOT_FOUND' ? ' In a checkout, run npm run build first.' : ''}`);
  process.exit(1);
});
if (values.version) {
  console.log(api.VERSION);
  process.exit(0);
}

const [command, input, ...extra] = positionals;
if (command !== 'render') usageError(command ? `unknown command "${command}"; the command is "render".` : 'no command given.');
if (extra.length) usageError(`one HTML argument expected, got ${extra.length + 1} (quote the HTML).`);
if (values.out === '') usageError('--out needs a file name.');

let html = input;
if (html === undefined || html === '-') {
  if (process.stdin.isTTY) usageError('no HTML given: pass it as an argument or on standard input.');
  html = await readStdin();
}

let result;
try {
  result = await api.prerender(html, values.lang === undefined ? {} : { lang: values.lang });
} catch (error) {
  // The API checks the options before rendering anything: a language it has not is the command line's mistake.
  if (isBadLang(error)) usageError(`--${error.message.replace(/^\w+: /, '')}.`);
  say(`render failed: ${error.message}`);
  process.exit(1);
}
const { html: output, elements, styleSrc, warnings } = result;
// The elements' own warnings (bad attribute values, invalid data), as the browser console would show them.
for (const warning of warnings) process.stderr.write(`${warning}\n`);
if (values.out) {
  try {
    await writeFile(values.out, output);
  } catch (error) {
    say(`cannot write ${values.out}: ${error.message}`);
    process.exit(1);
  }
} else {
  // Exactly what the API returns; a terminal also gets a final line break.
  process.stdout.write(process.stdout.isTTY && !output.endsWith('\n') ? `${output}\n` : output);
}
if (elements === 0) {
  say('no <office-compare>, <role-card> or <contact-float> found; the HTML is unchanged.');
} else {
  say(`prerendered ${elements} element${elements > 1 ? 's' : ''}${values.out ? ` into ${values.out}` : ''}.`);
  say(`under a Content-Security-Policy, add to style-src: ${styleSrc.join(' ')}`);
}
