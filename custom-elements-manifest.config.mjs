import { literalTypesPlugin } from './scripts/cem-literal-types.mjs';

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/fow-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Accepted values of alias types (`Theme`, `RoleId`) as `parsedType`, for the configurator and docs/api.md.
  plugins: [literalTypesPlugin(), sortedModulesPlugin()],
};

/**
 * The analyzer lists modules in the order its glob returns files, which is the file system's
 * order: a clean clone on CI gave office-compare first where this machine gave contact-float,
 * so the committed manifest and docs/api.md differed from a fresh build. Sorting by path makes
 * the output the same on every machine.
 */
function sortedModulesPlugin() {
  return {
    name: 'sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
