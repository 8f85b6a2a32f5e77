import { constants } from 'node:zlib';
import compress from 'koa-compress';

// `npm start` (scripts/serve.mjs) serves the site as `npm run build:site` writes it: dist/site/, with the CDN files in
// cdn/ exactly as built. No esbuild or node-resolve plugin: nothing is compiled or re-printed on the way, so the page
// runs the bytes partners load. As a CDN does, text is sent compressed (brotli, else gzip, with its content-encoding)
// by koa-compress, the Koa middleware @web/dev-server runs. Also `npx wds` alone serves the last build, without rebuilds.
export default {
  rootDir: 'dist/site',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8000,
  open: false,
  // scripts/serve.mjs reloads the page itself once a rebuild is complete, not at the first file the rebuild removes.
  watch: false,
  middleware: [
    compress({
      threshold: 0,
      br: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } },
      gzip: { level: 9 },
      deflate: false,
    }),
  ],
};
