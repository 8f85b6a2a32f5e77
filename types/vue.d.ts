/**
 * Template types for Vue 3 (Volar / vue-tsc): props and `@event` listeners of
 * `<office-compare>`, `<role-card>` and `<contact-float>` are checked.
 * Load once in the app: `/// <reference types="front-office-widgets/vue" />`.
 * Vue must also be told they are custom elements, at run time:
 * `compilerOptions.isCustomElement: (tag) => ['office-compare', 'role-card', 'contact-float'].includes(tag)`.
 *
 * The shape follows the Vue guide's `DefineCustomElement`: Vue reads props
 * from `$props` and events from `$emit`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  FrontOfficeWidgetsElements,
  FrontOfficeWidgetsEvents,
  OfficeCompareProperties,
  RoleCardProperties,
  ContactFloatProperties,
} from './frameworks.js';

type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;

type DefineCustomElement<Tag extends keyof FrontOfficeWidgetsElements, Properties> = new () => FrontOfficeWidgetsElements[Tag] & {
  /** @deprecated For template type checking only: not a real property of the element. */
  $props: Omit<HTMLAttributes, keyof Properties> & Properties & PublicProps;
  /** @deprecated For template type checking only: not a real property of the element. */
  $emit: VueEmit<FrontOfficeWidgetsEvents[Tag]>;
};

declare module 'vue' {
  interface GlobalComponents {
    'office-compare': DefineCustomElement<'office-compare', OfficeCompareProperties>;
    'role-card': DefineCustomElement<'role-card', RoleCardProperties>;
    'contact-float': DefineCustomElement<'contact-float', ContactFloatProperties>;
  }
}
