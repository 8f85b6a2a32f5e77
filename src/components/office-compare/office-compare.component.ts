import { html, nothing, type TemplateResult } from 'lit';
import { comparison as enComparison, compareStrings as enStrings } from '../../data/en.js';
import { comparisonFields, overrideOf } from '../../data/schema.js';
import type { ComparisonData, Criterion, Side } from '../../data/types.js';
import { comparison as viComparison, compareStrings as viStrings } from '../../data/vi.js';
import { DataOverride } from '../../internal/data-override.js';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';
import { heading, headingLevelConverter, levelOf, type HeadingLevel } from '../../internal/heading.js';
import { pickCriteria } from './office-compare.helpers.js';
import styles from './office-compare.styles.js';

export type CompareLayout = 'auto' | 'table' | 'stacked';

const LAYOUTS: readonly CompareLayout[] = ['auto', 'table', 'stacked'];
const SIDES: readonly Side[] = ['front', 'back'];

/**
 * @tagname office-compare
 * @summary The Front office vs Back office comparison of the article, as a real table when the
 * element is wide and as one heading + `dl` per criterion when its container is narrower than 40em.
 *
 * The switch is a container query on the element itself (not the viewport), so it also works in a
 * sidebar of a desktop page. In `layout="auto"` both structures are rendered and the one that does
 * not fit is `display: none`, which removes it from the accessibility tree: assistive technology
 * only ever meets one of them.
 *
 * @csspart base - The outermost wrapper; carries the theme class and the `lang` of the content.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's `<caption>`, or the stacked layout's `<figcaption>`.
 * @csspart header - A column header (`th scope="col"`), or a side's name (`dt`) in the stacked layout.
 * @csspart row-header - A criterion: the row header (`th scope="row"`), or the criterion heading in the stacked layout.
 * @csspart cell - A criterion's text for one side (`td`, or `dd` in the stacked layout).
 * @csspart highlighted - Added to the header and the cells of the side named by `highlight`.
 * @csspart highlight-label - The "Recommended" text label of the highlighted side.
 * @csspart stacked - The `<figure>` that holds the stacked layout.
 * @csspart item - One criterion in the stacked layout (heading and `dl`).
 *
 * @cssproperty --office-compare-header-background - Column header and criterion heading background. Falls back to `--fow-surface-alt`.
 * @cssproperty --office-compare-border - Border colour. Falls back to `--fow-border`.
 * @cssproperty --office-compare-zebra - Background of every other table row. Falls back to a mix of surface and surface-alt.
 * @cssproperty --office-compare-highlight - Colour of the highlighted side: label background and tint. Falls back to `--fow-accent`.
 * @cssproperty --office-compare-accent-contrast - Text colour of the highlight label. Falls back to `--fow-accent-contrast`.
 * @cssproperty --office-compare-cell-padding - Padding of cells and stacked blocks. Default `0.75em`.
 * @cssproperty --office-compare-radius - Corner radius of the table and stacked items. Falls back to `--fow-radius`, then `8px`.
 * @cssproperty --office-compare-surface - Background. Falls back to `--fow-surface`.
 * @cssproperty --office-compare-surface-alt - Default header background. Falls back to `--fow-surface-alt`.
 * @cssproperty --office-compare-text - Text colour. Falls back to `--fow-text`.
 * @cssproperty --office-compare-accent - Default highlight colour. Falls back to `--fow-accent`.
 * @cssproperty --office-compare-font-family - Font. Falls back to `--fow-font-family`, then the page's font.
 * @cssproperty --office-compare-font-size - Base font size (the 40em breakpoint scales with it). Falls back to `--fow-font-size`, then `1em`.
 */
export class OfficeCompare extends FowElement {
  static override tagName = 'office-compare';
  static override styles = [baseStyles('office-compare'), styles];
  static override properties = {
    layout: {},
    highlight: {},
    criteria: {},
    caption: {},
    // Written out here so the manifest analyzer reads the attribute name.
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    data: { attribute: false },
  };

  /**
   * `auto` (default): a table when the element is at least 40em wide, stacked below that.
   * `table` or `stacked` forces one layout whatever the width.
   * @attr layout
   */
  layout: 'auto' | 'table' | 'stacked' = 'auto';

  /**
   * The side to emphasise, with a visible "Recommended" label: `front` or `back`. None when absent.
   * @attr highlight
   */
  highlight?: 'front' | 'back';

  /**
   * Comma list of criterion ids, in the order to show them: `interaction`, `focus`,
   * `responsibilities`, `visibility`. All of them, in the article's order, when absent.
   * @attr criteria
   */
  criteria?: string;

  /**
   * Replaces the caption of the dataset.
   * @attr caption
   */
  caption?: string;

  /**
   * Level of the criterion headings of the stacked layout, 2–6.
   * @attr heading-level
   */
  headingLevel: HeadingLevel = 3;

  private readonly _override = new DataOverride<ComparisonData>(this, overrideOf<ComparisonData>(comparisonFields));

  /**
   * The comparison in effect: the bundled one for the resolved locale, with the top-level keys of
   * the `data` property or of a child `<script type="application/json">` merged over it.
   * Set `null` to go back to the bundled data. Invalid data warns and is ignored.
   */
  // A Lit property (not only an accessor) so a value set before the tag is defined is not lost.
  get data(): ComparisonData {
    return this._override.apply(this.locale === 'en' ? enComparison : viComparison);
  }

  set data(value: Partial<ComparisonData> | null | undefined) {
    this._override.set(value);
  }

  override render() {
    const locale = this.locale;
    const data = this.data;
    const strings = locale === 'en' ? enStrings : viStrings;
    const layout = this._oneOf('layout', this.layout, LAYOUTS, 'auto');
    const highlight = this._oneOf('highlight', this.highlight, SIDES, 'none' as Side);
    const level = levelOf(this.headingLevel, this._oneOf.bind(this));
    const caption = this.caption?.trim() || data.caption;
    const rows = pickCriteria(data.criteria, this.criteria, (message) => this._warnOnce(message));

    // Names shared by both layouts, so one `::part()` rule styles a side in either.
    const part = (side: Side, name: string) => (side === highlight ? `${name} highlighted` : name);
    const sideName = (side: Side) =>
      html`${data[side]}${side === highlight ? html` <span part="highlight-label">${strings.recommended}</span>` : nothing}`;

    // No white space between the table's tags: it would only add text nodes (and bytes).
    // prettier-ignore
    const table = (): TemplateResult => html`<table part="table"><caption part="caption">${caption}</caption><thead><tr><th scope="col" part="header">${strings.criterion}</th>${SIDES.map(
      (side) => html`<th scope="col" class=${side} part=${part(side, 'header')}>${sideName(side)}</th>`,
    )}</tr></thead><tbody>${rows.map(
      (row: Criterion) => html`<tr><th scope="row" part="row-header">${row.label}</th>${SIDES.map((side) => html`<td class=${side} part=${part(side, 'cell')}>${row[side]}</td>`)}</tr>`,
    )}</tbody></table>`;

    // prettier-ignore
    const stacked = (): TemplateResult => html`<figure part="stacked"><figcaption part="caption">${caption}</figcaption>${rows.map(
      (row: Criterion) => html`<div class="item" part="item">${heading(level, 'row-header', row.label)}<dl>${SIDES.map(
        (side) => html`<div class=${side}><dt part=${part(side, 'header')}>${sideName(side)}</dt><dd part=${part(side, 'cell')}>${row[side]}</dd></div>`,
      )}</dl></div>`,
    )}</figure>`;

    return html`<div class="${this._rootClass} ${layout} hl-${highlight}" lang=${locale} part="base">${layout !== 'stacked' ? table() : nothing}${layout !== 'table' ? stacked() : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-compare': OfficeCompare;
  }
}
