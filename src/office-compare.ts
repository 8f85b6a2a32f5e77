/** Defines `<office-compare>`. Safe to import more than once, from more than one copy of the library. */
import { OfficeCompare } from './components/office-compare/office-compare.component.js';

OfficeCompare.define();

export { OfficeCompare };
export default OfficeCompare;
