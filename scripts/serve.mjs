// Serves the demo with live reload, and says where to look.
import { startDevServer } from '@web/dev-server';
import { renderEndpoint } from './render-endpoint.mjs';

// POST /api/render: the prerendered snippet, for the configurator (scripts/render-endpoint.mjs).
const server = await startDevServer({ config: { middleware: [renderEndpoint()] }, readCliArgs: false, readFileConfig: true, logStartMessage: false });
const { hostname, port } = server.config;
console.log(`Demo: http://${hostname}:${port}/demo/  (configurator: /demo/configurator.html, partner page: /demo/partner.html, CDN files: /dist/cdn/)`);
