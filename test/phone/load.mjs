/**
 * The element's own phone code, compiled from src/ by esbuild (no build needed): test/phone/ checks
 * what <contact-float> runs, not a copy. Also libphonenumber-js, the yardstick, with its `max` metadata.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = (path) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const bundled = await build({
  stdin: {
    contents: `export { parsePhone } from ${JSON.stringify(source('internal/phone.ts'))};
export { channelOf } from ${JSON.stringify(source('components/contact-float/channels.ts'))};
export * as table from ${JSON.stringify(source('internal/phone-table.ts'))};`,
    resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2021',
  write: false,
});
export const { parsePhone, channelOf, table } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const require = createRequire(import.meta.url);
export const metadata = require('libphonenumber-js/metadata.max.json');
export const examples = require('libphonenumber-js/examples.mobile.json');
export { default as parsePhoneNumber, getExampleNumber, Metadata } from 'libphonenumber-js/max';
