/**
 * The CDN bundle's entry: defines the three elements and exposes their classes
 * (`FrontOfficeWidgets.RoleCard` in the classic-script build). The dataset export
 * stays in the npm build, so CDN visitors do not download data no element shows.
 */
export { OfficeCompare } from './office-compare.js';
export { RoleCard } from './role-card.js';
export { ContactFloat } from './contact-float.js';
export { VERSION } from './version.js';
