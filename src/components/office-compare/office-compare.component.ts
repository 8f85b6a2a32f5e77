import { html } from 'lit';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';

/** @summary TODO */
export class OfficeCompare extends FowElement {
  static override tagName = 'office-compare';
  static override styles = [baseStyles('office-compare')];
  override render() {
    return html`<div class=${this.rootClass} lang=${this.locale}>office-compare</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-compare': OfficeCompare;
  }
}
