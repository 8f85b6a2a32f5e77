// Serves the demo with live reload, and says where to look.
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({ readCliArgs: false, readFileConfig: true, logStartMessage: false });
const { hostname, port } = server.config;
console.log(`Demo: http://${hostname}:${port}/demo/  (partner page: /demo/partner.html, CDN files: /dist/cdn/)`);
