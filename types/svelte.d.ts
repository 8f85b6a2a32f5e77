/**
 * Template types for Svelte 5 (svelte-check, the Svelte language server): attributes, properties and events of
 * `<office-compare>`, `<role-card>` and `<contact-float>` are checked.
 * Load once in the app, e.g. in `src/app.d.ts`: `/// <reference types="front-office-widgets/svelte" />`.
 *
 * Svelte sets a property where the element has one (`expanded`, `theme`, `data`) and an attribute otherwise
 * (`role-id`, `heading-level`); `on<event-name>` attributes (Svelte 5) and `on:<event-name>` directives listen to
 * our events.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { FrontOfficeWidgetsElements, FrontOfficeWidgetsEvents, FrontOfficeWidgetsProps } from './frameworks.js';

/** The legacy `on:<event-name>` directive, still accepted by Svelte 5. */
type OnDirectives<Events> = {
  [K in keyof Events as `on:${K & string}`]?: (event: Events[K]) => void;
};

type SvelteProps<Tag extends keyof FrontOfficeWidgetsProps> = Omit<HTMLAttributes<FrontOfficeWidgetsElements[Tag]>, keyof FrontOfficeWidgetsProps[Tag]> &
  FrontOfficeWidgetsProps[Tag] &
  OnDirectives<FrontOfficeWidgetsEvents[Tag]>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'office-compare': SvelteProps<'office-compare'>;
    'role-card': SvelteProps<'role-card'>;
    'contact-float': SvelteProps<'contact-float'>;
  }
}
