export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/fow-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
