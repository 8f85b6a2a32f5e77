import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

// `npm start`: the demo on 127.0.0.1, compiled from src/ on the fly and reloaded on every save.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8000,
  open: false,
  watch: true,
  appIndex: undefined,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      else if (ctx.path === '/favicon.ico') ctx.status = 204;
      else return next();
    },
  ],
};
