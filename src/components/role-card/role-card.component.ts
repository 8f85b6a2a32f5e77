import { html, nothing, type PropertyValues } from 'lit';
import { frontSkills as enSkills, frontSkillsNote as enNote, industries as enIndustries, roles as enRoles, roleStrings as enStrings } from '../../data/en.js';
import { overrideOf, roleCardFields } from '../../data/schema.js';
import type { Industry, IndustryUnits, RoleCardData, RoleId, SpecificIndustry } from '../../data/types.js';
import { frontSkills as viSkills, frontSkillsNote as viNote, industries as viIndustries, roles as viRoles, roleStrings as viStrings } from '../../data/vi.js';
import { booleanAttribute } from '../../internal/boolean-attribute.js';
import { DataOverride } from '../../internal/data-override.js';
import { FowElement } from '../../internal/fow-element.js';
import { baseStyles } from '../../internal/theme.styles.js';
import styles from './role-card.styles.js';
import { heading, headingLevelConverter, levelOf, type HeadingLevel } from '../../internal/heading.js';

const ROLE_IDS: readonly RoleId[] = ['receptionist', 'customer-relations', 'sales'];
const INDUSTRIES: readonly Industry[] = ['general', 'banking', 'hospitality'];

// `shared`: what every role of a locale carries, in the order `data` lists it.
const bundled = {
  vi: { roles: viRoles, strings: viStrings, shared: { skills: viSkills, skillsNote: viNote, industries: viIndustries } },
  en: { roles: enRoles, strings: enStrings, shared: { skills: enSkills, skillsNote: enNote, industries: enIndustries } },
};

const fill = (template: string, industry: string) => template.replace('{industry}', industry);


/**
 * One front-office role from section 3 of the institute's article "Front office là gì?": its
 * title as a heading, a one-sentence summary, and behind a disclosure button (the title itself,
 * per the WAI-ARIA disclosure pattern) the duties, the positions it covers, the other names it
 * goes by, the skills front-office roles ask for, and the units an industry adds.
 *
 * A missing or unknown `role-id` gives one warning and an element that renders nothing and takes
 * no space. The card has no outer margin and fills the height of a stretched grid or flex item,
 * so cards in one row line up.
 *
 * @tagname role-card
 * @summary A front-office role (reception, customer relations, sales) as a card with a details disclosure.
 *
 * @fires {CustomEvent<{ expanded: boolean }>} role-card-toggle - The visitor opened or closed the details (click, Enter or Space on the title). Bubbles and is composed. Not fired when `expanded` is changed by script or attribute.
 *
 * @csspart card - The card box (surface, border, radius, padding, shadow); it also carries the theme and the resolved `lang`.
 * @csspart heading - The role title's heading element (`h2`–`h6`, per `heading-level`).
 * @csspart toggle - The disclosure `<button>` inside the heading, labelled by the title; its `::after` is the chevron.
 * @csspart summary - The summary under the title, always visible.
 * @csspart details - What the toggle shows and hides.
 * @csspart subheading - Each section heading inside the details (duties, positions, …), one level below `heading-level`.
 * @csspart list - Each list inside the details.
 *
 * @cssstate empty - Set while there is no role to show (missing or unknown `role-id`); the element is then `display: none`.
 *
 * @cssproperty --role-card-surface - Card background. Falls back to `--fow-surface`, then the theme (white / #1f2328).
 * @cssproperty --role-card-text - Text colour. Falls back to `--fow-text`, then the theme.
 * @cssproperty --role-card-muted - The note under the skills. Falls back to `--fow-muted`, then the theme.
 * @cssproperty --role-card-border - Card border colour. Falls back to `--fow-border`, then the theme.
 * @cssproperty --role-card-accent - Top bar, chevron and list markers. Falls back to `--fow-accent`, then the theme (#0b57d0 / #8ab4f8).
 * @cssproperty [--role-card-radius=8px] - Corner radius. Falls back to `--fow-radius`.
 * @cssproperty [--role-card-padding=16px] - Inner spacing of the card.
 * @cssproperty --role-card-shadow - Card shadow (`none` to remove). Falls back to `--fow-shadow`, then the theme.
 * @cssproperty --role-card-focus-ring - Outline of the focused toggle. Falls back to `--fow-focus-ring`, then `3px solid` the accent.
 * @cssproperty --role-card-font-family - Font. Falls back to `--fow-font-family`, then the page's inherited font.
 * @cssproperty [--role-card-font-size=1em] - Base font size; everything inside scales with it. Falls back to `--fow-font-size`.
 */
export class RoleCard extends FowElement {
  static override tagName = 'role-card';
  static override styles = [baseStyles('role-card'), styles];
  static override properties = {
    roleId: { attribute: 'role-id' },
    industry: {},
    // Written out here so the manifest analyzer reads the attribute name.
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    expanded: { type: Boolean, reflect: true, converter: booleanAttribute },
    // A property Lit knows, so a value a framework sets before the tag is defined is not lost.
    data: { attribute: false },
  };

  /**
   * Which role to show: `receptionist`, `customer-relations` or `sales`. Required: without a valid
   * id the element warns once and renders nothing.
   * @attr role-id
   */
  roleId?: RoleId;

  /**
   * `general` (default), `banking` or `hospitality`. An industry shows the role's own duties there,
   * where the article gives them (the bank receptionist), and lists the units the industry adds.
   */
  industry: Industry = 'general';

  /**
   * Level of the title's heading, 2–6 (default 3), so the card fits the page's outline. Section
   * headings inside the details use the next level. Other values warn once and use 3.
   * @attr heading-level
   */
  headingLevel: HeadingLevel = 3;

  /** Whether the details are shown. Reflects to the `expanded` attribute; setting it does not fire `role-card-toggle`. */
  expanded = false;

  private readonly _overrides = new DataOverride<RoleCardData>(this, overrideOf<RoleCardData>(roleCardFields));

  // Custom states exist in browsers from 2024 on; before that, rendering nothing already leaves a box of zero height.
  private readonly _internals = this.attachInternals?.();

  /**
   * The role in effect, in the resolved locale: the bundled role with `skills` (section 4) and
   * `industries` (units per industry), with any override merged over its top-level keys.
   * `undefined` while `role-id` is missing or unknown. Set it (or a child
   * `<script type="application/json">`) to replace fields; invalid data warns and is ignored.
   * Every string renders as text, never as HTML.
   */
  get data(): RoleCardData | undefined {
    const id = this._knownRoleId;
    if (!id) return undefined;
    const part = bundled[this.locale];
    return this._overrides.apply({ ...part.roles[id], ...part.shared });
  }

  set data(value: Partial<RoleCardData> | null | undefined) {
    this._overrides.set(value);
  }

  /** `roleId` when it names a role of the article. */
  private get _knownRoleId(): RoleId | undefined {
    return ROLE_IDS.includes(this.roleId!) ? this.roleId : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const id = this.roleId;
    const empty = !this._knownRoleId;
    if (empty) this._warnOnce(`role-id${id ? `="${id}" is not valid` : ' is missing'}; accepted values: ${ROLE_IDS.join(', ')}. Rendering nothing.`);
    try {
      this._internals?.states?.[empty ? 'add' : 'delete']('empty');
    } catch {
      // Chromium 90–124 accepted only `--empty`; the zero-height fallback above applies there.
    }
  }

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const strings = bundled[this.locale].strings;
    const industry = this._oneOf('industry', this.industry, INDUSTRIES, 'general');
    const level = levelOf(this.headingLevel, this._oneOf.bind(this));
    const sub = level + 1;
    // Neither has a `general` key (the data checks refuse one), so general gets neither.
    const units: IndustryUnits | undefined = data.industries[industry as SpecificIndustry];
    const variantDuties = data.variants?.[industry as SpecificIndustry]?.duties;
    const section = (title: string, items: readonly string[] | undefined) =>
      items?.length ? html`${heading(sub, 'subheading', title)}<ul part="list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;

    return html`<div class=${this._rootClass} lang=${this.locale} part="card">${heading(
        level,
        'heading',
        html`<button type="button" class="toggle" part="toggle" aria-expanded=${!!this.expanded} aria-controls="details" @click=${this._onToggle}>${data.title}</button>`,
      )}<p class="summary" part="summary">${data.summary}</p><div id="details" class="details" part="details" ?hidden=${!this.expanded}>${[
        section(variantDuties && units ? fill(strings.dutiesIn, units.name) : strings.duties, variantDuties ?? data.duties),
        section(strings.positions, data.positions),
        section(strings.otherNames, data.otherNames),
        section(strings.skills, data.skills),
        data.skillsNote ? html`<p class="note">${data.skillsNote}</p>` : nothing,
        units ? section(fill(strings.units, units.name), units.units) : nothing,
      ]}</div></div>`;
  }

  private _onToggle(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(new CustomEvent('role-card-toggle', { detail: { expanded: this.expanded }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'role-card': RoleCard;
  }
  interface HTMLElementEventMap {
    'role-card-toggle': CustomEvent<{ expanded: boolean }>;
  }
}
