/**
 * Framework-neutral types of the three elements' attributes, properties and
 * events, shared by `./react.d.ts`, `./preact.d.ts` and `./vue.d.ts`.
 *
 * Property types are read from the element classes, so they cannot drift from
 * the code; the attribute names, which property each sets, and the events are
 * listed here, and test/frameworks/manifest.test.mjs compiles a check of each
 * against custom-elements.json (as it does for front-office-widgets/react).
 */
import type { ContactFloat, OfficeCompare, RoleCard } from '../dist/elements.js';

/** Which attribute sets which property, per element (`lang` is the native one). */
export interface OfficeCompareAttributeMap {
  theme: 'theme';
  layout: 'layout';
  highlight: 'highlight';
  criteria: 'criteria';
  caption: 'caption';
  'heading-level': 'headingLevel';
}
export interface RoleCardAttributeMap {
  theme: 'theme';
  'role-id': 'roleId';
  industry: 'industry';
  'heading-level': 'headingLevel';
  expanded: 'expanded';
}
export interface ContactFloatAttributeMap {
  theme: 'theme';
  phone: 'phone';
  zalo: 'zalo';
  messenger: 'messenger';
  email: 'email';
  channels: 'channels';
  label: 'label';
  placement: 'placement';
  open: 'open';
  hours: 'hours';
  days: 'days';
  timezone: 'timezone';
  attention: 'attention';
}

/** A value as markup may give it: numbers also as text, booleans as presence. */
type AttributeValue<T> = T extends number ? T | `${T}` : T;

/** Kebab-case attributes, typed with their property's accepted values. */
export type AttributesOf<E, M> = {
  [A in keyof M]?: M[A] extends keyof E ? AttributeValue<NonNullable<E[M[A]]>> : never;
};

/** camelCase properties (what React 19, Preact and Vue set on a custom element), plus `data`. */
export type PropertiesOf<E extends { data: unknown }, M> = {
  [A in keyof M as M[A] & string]?: M[A] extends keyof E ? E[M[A]] : never;
} & {
  /** Overrides the bundled data: top-level keys merge over it; `null` goes back to it. */
  data?: Partial<NonNullable<E['data']>> | null;
};

export type OfficeCompareAttributes = AttributesOf<OfficeCompare, OfficeCompareAttributeMap>;
export type RoleCardAttributes = AttributesOf<RoleCard, RoleCardAttributeMap>;
export type ContactFloatAttributes = AttributesOf<ContactFloat, ContactFloatAttributeMap>;

export type OfficeCompareProperties = PropertiesOf<OfficeCompare, OfficeCompareAttributeMap>;
export type RoleCardProperties = PropertiesOf<RoleCard, RoleCardAttributeMap>;
export type ContactFloatProperties = PropertiesOf<ContactFloat, ContactFloatAttributeMap>;

/** The events each element fires, with their `detail` (from HTMLElementEventMap). */
export interface OfficeCompareEvents {}
export interface RoleCardEvents {
  'role-card-toggle': HTMLElementEventMap['role-card-toggle'];
}
export interface ContactFloatEvents {
  'contact-float-toggle': HTMLElementEventMap['contact-float-toggle'];
  'contact-float-select': HTMLElementEventMap['contact-float-select'];
}

/** `on<event-name>` handler props, the React 19 and Preact way to listen to a custom event. */
export type EventHandlerProps<Events> = {
  [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void;
};

/** Everything one element accepts in a template: attributes, properties and event handlers. */
export type ElementProps<Attributes, Properties, Events> = Attributes & Properties & EventHandlerProps<Events>;

export interface FrontOfficeWidgetsProps {
  'office-compare': ElementProps<OfficeCompareAttributes, OfficeCompareProperties, OfficeCompareEvents>;
  'role-card': ElementProps<RoleCardAttributes, RoleCardProperties, RoleCardEvents>;
  'contact-float': ElementProps<ContactFloatAttributes, ContactFloatProperties, ContactFloatEvents>;
}

export interface FrontOfficeWidgetsElements {
  'office-compare': OfficeCompare;
  'role-card': RoleCard;
  'contact-float': ContactFloat;
}

export interface FrontOfficeWidgetsEvents {
  'office-compare': OfficeCompareEvents;
  'role-card': RoleCardEvents;
  'contact-float': ContactFloatEvents;
}
