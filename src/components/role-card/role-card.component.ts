import { html } from 'lit';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';

/** @summary TODO */
export class RoleCard extends FowElement {
  static override tagName = 'role-card';
  static override styles = [baseStyles('role-card')];
  override render() {
    return html`<div class=${this.rootClass} lang=${this.locale}>role-card</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'role-card': RoleCard;
  }
}
