/** Defines `<contact-float>`. Safe to import more than once, from more than one copy of the library. */
import { ContactFloat } from './components/contact-float/contact-float.component.js';

ContactFloat.define();

export { ContactFloat };
export default ContactFloat;
