/** Defines `<role-card>`. Safe to import more than once, from more than one copy of the library. */
import { RoleCard } from './components/role-card/role-card.component.js';

RoleCard.define();

export { RoleCard };
export default RoleCard;
