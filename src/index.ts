/** Defines all three elements (safe to load more than once) and exports everything `./elements.js` does. */
import './office-compare.js';
import './role-card.js';
import './contact-float.js';

export * from './elements.js';
