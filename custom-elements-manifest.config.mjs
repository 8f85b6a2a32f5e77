import { literalTypesPlugin } from './scripts/cem-literal-types.mjs';

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/fow-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Accepted values of alias types (`Theme`, `RoleId`) as `parsedType`, for the configurator and docs/api.md.
  plugins: [literalTypesPlugin()],
};
