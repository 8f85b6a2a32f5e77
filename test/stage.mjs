// The framework stage, shared by the integration suite (test/integration/hostile.spec.mjs, Chromium and Firefox through
// puppeteer) and the browser tests (test/host-frameworks.ts, the three engines through web-test-runner): the same
// elements in the same places (test/integration/pages/stage.css) under each real framework stylesheet and under none.
// Plain JavaScript without imports, so that both Node and the browser load it.

/** Each element in its fixed place (stage.css), and a white ground under the contact button and its open menu. */
export const STAGE = `
  <div class="fow-stage wide"><div class="entry-content"><office-compare id="wide" theme="auto" highlight="front"></office-compare></div></div>
  <div class="fow-stage narrow"><div class="entry-content"><office-compare id="narrow" theme="auto" highlight="back"></office-compare></div></div>
  <div class="fow-stage closed"><div class="entry-content"><role-card id="closed" theme="auto" role-id="sales"></role-card></div></div>
  <div class="fow-stage expanded"><div class="entry-content"><role-card id="expanded" theme="auto" role-id="receptionist" industry="hospitality" expanded></role-card></div></div>
  <div class="fow-float-stage"></div>
  <contact-float id="float" theme="auto" open email="info@example.com"></contact-float>`;

/** The viewport stage.css places the elements in. */
export const STAGE_VIEWPORT = { width: 1600, height: 1600 };

/** Where web-test-runner.config.mjs serves the compiled Tailwind sheet (test/tailwind.mjs). */
export const TAILWIND_PATH = '__tailwind.css';

/**
 * The framework stylesheets (pinned devDependencies), as paths from the project's root: a package's file under
 * node_modules, Tailwind 4 compiled from `@import "tailwindcss"` (test/tailwind.mjs: theme and preflight, as a Tailwind
 * site serves them; the test runner serves it at this path), and the WordPress-like right-to-left theme of this repo.
 */
export const FRAMEWORKS = {
  'Bootstrap 5.3': 'node_modules/bootstrap/dist/css/bootstrap.min.css',
  'Tailwind 4 (preflight)': TAILWIND_PATH,
  'Bulma 1': 'node_modules/bulma/css/bulma.min.css',
  'Pico 2': 'node_modules/@picocss/pico/css/pico.min.css',
  'modern-normalize': 'node_modules/modern-normalize/modern-normalize.css',
  'WordPress-like theme (RTL)': 'test/integration/pages/wordpress.css',
};

