/**
 * `POST /api/render` of the `npm start` server (scripts/render-endpoint.mjs), which the demo's
 * configurator calls: served by @web/dev-server as `npm start` does, on a port it picks.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { renderEndpoint } from '../../scripts/render-endpoint.mjs';
import { api, ROOT } from './helpers.mjs';

let server;
let endpoint;
before(async () => {
  // No port: @web/dev-server picks a free one (parseConfig), which the server's config then holds.
  server = await startDevServer({
    config: { rootDir: fileURLToPath(ROOT), hostname: '127.0.0.1', watch: false, middleware: [renderEndpoint()] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  endpoint = `http://127.0.0.1:${server.config.port}/api/render`;
});
after(() => server?.stop());

const post = (body, type = 'application/json') => fetch(endpoint, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/render', () => {
  const snippet = '<role-card role-id="sales"></role-card><office-compare highlight="left"></office-compare>';

  it('answers what prerender() returns, from JSON with a lang and from plain HTML', async () => {
    const response = await post(JSON.stringify({ html: snippet, lang: 'en' }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /application\/json/);
    assert.deepEqual(await response.json(), await api.prerender(snippet, { lang: 'en' }));
    const plain = await post(snippet, 'text/html');
    const result = await plain.json();
    assert.equal(result.html, await api.renderWidgets(snippet));
    assert.equal(result.elements, 2);
    assert.match(result.styleSrc[0], /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.deepEqual(result.warnings, ['<office-compare> highlight="left" is not valid; accepted values: front, back. Using none.']);
  });

  it('says what is wrong with a bad request', async () => {
    for (const [body, type, status, message] of [
      ['{ "html": ', 'application/json', 400, /not valid JSON/],
      ['{ "text": "<p></p>" }', 'application/json', 400, /needs "html"/],
      [JSON.stringify({ html: snippet, lang: 'fr' }), 'application/json', 400, /^renderWidgets: lang must be vi or en, not "fr"$/],
      [JSON.stringify({ html: snippet, lang: 5 }), 'application/json', 400, /lang must be vi or en, not 5/],
      [JSON.stringify({ html: snippet, lang: '' }), 'application/json', 400, /lang must be vi or en, not ""/],
      ['  ', 'text/plain', 400, /no HTML/],
      ['x'.repeat(1024 * 1024 + 1), 'text/plain', 413, /over/],
    ]) {
      const response = await post(body, type);
      assert.equal(response.status, status, `${body.slice(0, 30)}: ${response.status}`);
      assert.match((await response.json()).error, message);
    }
    const get = await fetch(endpoint);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
  });
});
