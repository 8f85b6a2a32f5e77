/**
 * JSX types for Preact: `<role-card role-id="sales" onrole-card-toggle={…} />`.
 * Load once in the app: `/// <reference types="front-office-widgets/preact" />`.
 * Preact sets properties the element has and attributes otherwise, and turns
 * `on<event-name>` into a listener for that event.
 */
import type { HTMLAttributes } from 'preact';
import type { FrontOfficeWidgetsElements, FrontOfficeWidgetsProps } from './frameworks.js';

type PreactProps<Tag extends keyof FrontOfficeWidgetsProps> = Omit<HTMLAttributes<FrontOfficeWidgetsElements[Tag]>, keyof FrontOfficeWidgetsProps[Tag]> &
  FrontOfficeWidgetsProps[Tag];

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'office-compare': PreactProps<'office-compare'>;
      'role-card': PreactProps<'role-card'>;
      'contact-float': PreactProps<'contact-float'>;
    }
  }
}
