/**
 * JSX types for React 19: `<role-card role-id="sales" onrole-card-toggle={…} />`.
 * Load once in the app: `/// <reference types="front-office-widgets/react" />`.
 *
 * React 19 sets a custom element's properties when the element has them (so
 * `roleId`, `headingLevel` and `data` work) and attributes otherwise (so
 * `role-id`, `heading-level` work too, also in server rendering); `on<event>`
 * props listen to our custom events.
 *
 * The same entry, imported, gives the React components (`import { RoleCard } from
 * 'front-office-widgets/react'`), which also work after server rendering and in React 18.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FrontOfficeWidgetsElements, FrontOfficeWidgetsProps } from './frameworks.js';

type ReactProps<Tag extends keyof FrontOfficeWidgetsProps> = Omit<
  DetailedHTMLProps<HTMLAttributes<FrontOfficeWidgetsElements[Tag]>, FrontOfficeWidgetsElements[Tag]>,
  keyof FrontOfficeWidgetsProps[Tag]
> &
  FrontOfficeWidgetsProps[Tag];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'office-compare': ReactProps<'office-compare'>;
      'role-card': ReactProps<'role-card'>;
      'contact-float': ReactProps<'contact-float'>;
    }
  }
}

export { ContactFloat, OfficeCompare, RoleCard, type ContactFloatProps, type OfficeCompareProps, type RoleCardProps } from '../dist/frameworks/react.js';
