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
import type { HeadingLevel } from '../internal/heading.js';
import '../index.js';

/** What @lit/react sets as a property: it asks `name in prototype`; this one answers yes for `data` alone. */
const dataProperty = { prototype: { data: undefined } } as unknown as { new (): HTMLElement };

/** A boolean: React 19 sets the property on the client and omits a false one in server HTML; React 18 writes "true" or "false", which the elements read right. */
type Flag = boolean;
type Level = HeadingLevel | `${HeadingLevel}`;
type Data<E extends { data: unknown }> = Partial<NonNullable<E['data']>> | null;

/** The props React passes on to every element (`id`, `className`, `style`, `lang`, `children`, …), without the events we name. */
type Common<E extends HTMLElement> = Omit<React.HTMLAttributes<E>, 'onToggle' | 'onSelect'> & React.RefAttributes<E>;

export type OfficeCompareProps = Common<OfficeCompareElement> & {
  theme?: OfficeCompareElement['theme'];
  layout?: OfficeCompareElement['layout'];
  highlight?: OfficeCompareElement['highlight'];
  criteria?: string;
  caption?: string;
  'heading-level'?: Level;
  /** Overrides the bundled data (top-level keys merge over it); set once the element is in the page. */
  data?: Data<OfficeCompareElement>;
};

export type RoleCardProps = Common<RoleCardElement> & {
  'role-id'?: RoleCardElement['roleId'];
  industry?: RoleCardElement['industry'];
  'heading-level'?: Level;
  expanded?: Flag;
  theme?: RoleCardElement['theme'];
  data?: Data<RoleCardElement>;
  /** `role-card-toggle`: the visitor opened or closed the details. */
  onToggle?: (event: HTMLElementEventMap['role-card-toggle']) => void;
};

export type ContactFloatProps = Common<ContactFloatElement> & {
  phone?: string;
  zalo?: string;
  messenger?: string;
  email?: string;
  channels?: string;
  label?: string;
  placement?: ContactFloatElement['placement'];
  open?: Flag;
  hours?: string;
  days?: string;
  timezone?: string;
  attention?: Flag;
  theme?: ContactFloatElement['theme'];
  data?: Data<ContactFloatElement>;
  /** `contact-float-toggle`: the visitor opened or closed the menu. */
  onToggle?: (event: HTMLElementEventMap['contact-float-toggle']) => void;
  /** `contact-float-select`: a channel was chosen; `event.preventDefault()` stops the navigation. */
  onSelect?: (event: HTMLElementEventMap['contact-float-select']) => void;
};

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
  events: { onToggle: 'role-card-toggle' },
  displayName: 'RoleCard',
}) as unknown as React.ForwardRefExoticComponent<RoleCardProps>;

export const ContactFloat = createComponent({
  react: React,
  tagName: 'contact-float',
  elementClass: dataProperty,
  events: { onToggle: 'contact-float-toggle', onSelect: 'contact-float-select' },
  displayName: 'ContactFloat',
}) as unknown as React.ForwardRefExoticComponent<ContactFloatProps>;
