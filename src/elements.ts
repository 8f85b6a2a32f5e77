/**
 * The element classes and their types, without defining any tag: for apps that
 * register them under their own names or in a scoped registry.
 */
export { OfficeCompare } from './components/office-compare/office-compare.component.js';
export { RoleCard } from './components/role-card/role-card.component.js';
export { ContactFloat } from './components/contact-float/contact-float.component.js';
export { dataset } from './data/index.js';
export type * from './data/types.js';
export type { Locale } from './internal/locale.js';
export type { Theme } from './internal/fow-element.js';
export { parsePhone, type PhoneNumber } from './internal/phone.js';
export { VERSION } from './version.js';
