/** Shapes of the bundled dataset. Every string is plain text: elements render it as text, never as HTML. */

export type Side = 'front' | 'back';
export type CriterionId = 'interaction' | 'focus' | 'responsibilities' | 'visibility';
export type RoleId = 'receptionist' | 'customer-relations' | 'sales';
export type Industry = 'general' | 'banking' | 'hospitality';
export type SpecificIndustry = Exclude<Industry, 'general'>;

/** Section 1: what the front office is, in general and per industry. */
export interface Definition {
  title: string;
  summary: string;
  short: string;
  banking: string;
  hospitality: string;
}

/** One row of the comparison: a criterion and what it means on each side. */
export interface Criterion {
  id: string;
  label: string;
  front: string;
  back: string;
}

/** Section 2, the part `<office-compare>` reads. */
export interface ComparisonData {
  caption: string;
  /** Column headings. */
  front: string;
  back: string;
  criteria: Criterion[];
}

/** A role's duties and units in one industry, where the article gives them. */
export interface RoleVariant {
  duties?: string[];
}

/** One role of section 3. */
export interface Role {
  id: string;
  title: string;
  summary: string;
  duties: string[];
  /** Job titles the role covers (sales lists five). */
  positions?: string[];
  /** Other names the role goes by (customer relations). */
  otherNames?: string[];
  /** The industry's own duties, which replace `duties` when `industry` asks for them. */
  variants?: Partial<Record<SpecificIndustry, RoleVariant>>;
}

/** Units the article adds to the front office of an industry. */
export interface IndustryUnits {
  name: string;
  units: string[];
}

/** Section 4: what each side asks of candidates. */
export interface Advice {
  front: { requirement: string; skills: string[]; note: string };
  back: { requirement: string };
}

/** `<role-card>`'s part: the role, plus the skills of section 4 and the units per industry. */
export interface RoleCardData extends Role {
  skills: string[];
  /** What some positions ask for besides the skills (section 4: appearance). */
  skillsNote?: string;
  industries: Record<SpecificIndustry, IndustryUnits>;
}

/** The institute's contact, from the end of the article. */
export interface ContactData {
  institute: string;
  /** Hotline, as the article prints it. */
  phone: string;
  /** Zalo: a phone number or an Official Account id. */
  zalo: string;
  messenger?: string;
  email?: string;
  /** The button's label. */
  label: string;
}

export interface CompareStrings {
  recommended: string;
  criterion: string;
}

/** `<role-card>`'s headings; the role title itself is the disclosure button, so no "show details" label is needed. */
export interface RoleStrings {
  duties: string;
  /** Duties heading when an industry's own duties replace the general ones; `{industry}` becomes the industry's name. */
  dutiesIn: string;
  positions: string;
  otherNames: string;
  skills: string;
  /** Heading of the units an industry adds; `{industry}` becomes the industry's name. */
  units: string;
}

/** `<contact-float>`'s link names (keyed by channel) and notes; `{number}`, `{address}`, `{hours}` and `{days}` are replaced. */
export interface ContactStrings {
  zalo: string;
  /** Name of the phone link, with the number as shown: "Gọi 0903 966 729". */
  phone: string;
  messenger: string;
  /** Name of the email link; `{address}` is the address. */
  email: string;
  copy: string;
  copied: string;
  copyFailed: string;
  closed: string;
  /** Office hours sentence; `{hours}` and `{days}` are replaced. */
  hours: string;
  /** `{hours}` when only `days` is set. */
  allDay: string;
  /** `{days}` when only `hours` is set. */
  everyDay: string;
  /** ISO order: Monday first. */
  weekdays: string[];
}

export interface Dataset {
  definition: Definition;
  comparison: ComparisonData;
  roles: Record<RoleId, Role>;
  industries: Record<SpecificIndustry, IndustryUnits>;
  advice: Advice;
  contact: ContactData;
  ui: { compare: CompareStrings; role: RoleStrings; contact: ContactStrings };
}
