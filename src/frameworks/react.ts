/**
 * React components for the three elements: `import { RoleCard } from 'front-office-widgets/react'`, then
 * `<RoleCard role-id="sales" data={…} onToggle={…} />`. Server-rendered and hydrated, or client-side only, in React 18
 * and 19, and in Preact through `preact/compat`.
 *
 * Why they exist: React 19 sets a custom element's properties and `on<event>` listeners when it renders on the client,
 * but not when it hydrates server-rendered markup (https://github.com/facebook/react/issues/35446), and React 18 never
 * does; Preact's `hydrate()` sets event props only. So after server rendering the `data` object never arrived and no
 * handler ran. `@lit/react` (the Lit team's package for exactly this, bundled in, so `lit` stays our only dependency)
 * sets the properties and adds the listeners itself once the element is in the page, hydrated or not.
 *
 * Only `data` and the events go that way. Everything else (`role-id`, `expanded`, `theme`, `heading-level`, …) stays
 * an attribute React renders itself, so the server's HTML carries it and the element shows the right card before
 * any script of the app has run; React 18 writes `expanded="false"` for a false prop, which the elements read as false.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { ContactFloat as ContactFloatElement, OfficeCompare as OfficeCompareElement, RoleCard as RoleCardElement } from '../elements.js';
import '../index.js';

/*
 * What the components know of the elements is listed here by hand, and test/frameworks/manifest.test.mjs holds it to
 * custom-elements.json: every event there has its `on…` prop (mapped below and typed), every attribute its prop typed
 * with its property's values, every property without an attribute (`data`) goes as a property, and nothing else.
 * Generating these lists during the build was weighed and left out, on these numbers: they are 28 lines (3 events,
 * 1 property, 24 attributes), shorter than a generator would be; the generator would need `cem analyze` (6 s here)
 * moved before rollup, which builds this file; and dist/react.js would be the same 1,984 bytes either way, the lists
 * being literals in both. Derived at run time instead, they would cost bytes, and the events cannot be: the element
 * classes do not list them. So a new event or attribute fails that test, and the fix is a line here.
 */

/** What @lit/react sets as a property: it asks `name in prototype`; this one answers yes for `data` alone. */
const dataProperty = { prototype: { data: undefined } } as unknown as { new (): HTMLElement };

/**
 * The `on…` prop of each event (the event's name without the tag). The objects given to @lit/react below must match
 * (`satisfies`); these interfaces hold the props' documentation, so none of it is in dist/react.js.
 */
interface RoleCardEvents {
  /** `role-card-toggle`: the visitor opened or closed the details. */
  onToggle: 'role-card-toggle';
}
interface ContactFloatEvents {
  /** `contact-float-toggle`: the visitor opened or closed the menu. */
  onToggle: 'contact-float-toggle';
  /** `contact-float-select`: a channel was chosen; `event.preventDefault()` stops the navigation. */
  onSelect: 'contact-float-select';
}

/** Which attribute sets which property. React renders these as attributes, so the server's HTML carries them. */
interface OfficeCompareAttributes {
  theme: 'theme';
  layout: 'layout';
  highlight: 'highlight';
  criteria: 'criteria';
  caption: 'caption';
  'heading-level': 'headingLevel';
}
interface RoleCardAttributes {
  'role-id': 'roleId';
  industry: 'industry';
  'heading-level': 'headingLevel';
  expanded: 'expanded';
  theme: 'theme';
}
interface ContactFloatAttributes {
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
  theme: 'theme';
}

/**
 * An attribute takes its property's values; a number also as text (`heading-level="4"`). A boolean stays a boolean:
 * React 19 sets the property on the client and omits a false one in server HTML; React 18 writes "true" or "false",
 * which the elements read right.
 */
type AttributeValue<T> = T extends number ? T | `${T}` : T;
type AttributeProps<E, M> = { [A in keyof M]?: M[A] extends keyof E ? AttributeValue<NonNullable<E[M[A]]>> : never };
type EventProps<Events> = { [P in keyof Events]?: (event: HTMLElementEventMap[Events[P] & keyof HTMLElementEventMap]) => void };

/** The props React passes on to every element (`id`, `className`, `style`, `lang`, `children`, …), but its own `onToggle`, `onSelect` where an event of ours takes the name. */
type Props<E extends HTMLElement & { data: unknown }, Attributes, Events> = Omit<React.HTMLAttributes<E>, keyof Events> &
  React.RefAttributes<E> &
  AttributeProps<E, Attributes> & {
    /** Overrides the bundled data (top-level keys merge over it); set once the element is in the page. */
    data?: Partial<NonNullable<E['data']>> | null;
  } & EventProps<Events>;

export type OfficeCompareProps = Props<OfficeCompareElement, OfficeCompareAttributes, Record<never, never>>;
export type RoleCardProps = Props<RoleCardElement, RoleCardAttributes, RoleCardEvents>;
export type ContactFloatProps = Props<ContactFloatElement, ContactFloatAttributes, ContactFloatEvents>;

export const OfficeCompare = createComponent({
  react: React,
  tagName: 'office-compare',
  elementClass: dataProperty,
  displayName: 'OfficeCompare',
}) as unknown as React.ForwardRefExoticComponent<OfficeCompareProps>;

export const RoleCard = createComponent({
  react: React,
  tagName: 'role-card',
  elementClass: dataProperty,
  events: { onToggle: 'role-card-toggle' } satisfies RoleCardEvents,
  displayName: 'RoleCard',
}) as unknown as React.ForwardRefExoticComponent<RoleCardProps>;

export const ContactFloat = createComponent({
  react: React,
  tagName: 'contact-float',
  elementClass: dataProperty,
  events: { onToggle: 'contact-float-toggle', onSelect: 'contact-float-select' } satisfies ContactFloatEvents,
  displayName: 'ContactFloat',
}) as unknown as React.ForwardRefExoticComponent<ContactFloatProps>;
