import { html } from 'lit';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';

/** @summary TODO */
export class ContactFloat extends FowElement {
  static override tagName = 'contact-float';
  static override styles = [baseStyles('contact-float')];
  override render() {
    return html`<div class=${this.rootClass} lang=${this.locale}>contact-float</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-float': ContactFloat;
  }
}
