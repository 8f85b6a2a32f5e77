/**
 * The hydrate CDN entry (dist/cdn/front-office-widgets.hydrate.js): the default entry plus Lit's
 * hydration support, for pages with prerendered elements. Hydration support must patch Lit before
 * any element is defined, hence its own module, imported first.
 */
import './internal/hydrate.js';

export * from './cdn.js';
