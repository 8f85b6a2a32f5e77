// Svelte 5: what svelte-check reads for a template such as
//   <role-card role-id="sales" {expanded} onrole-card-toggle={(e) => (expanded = e.detail.expanded)} />
// is SvelteHTMLElements[tag], from svelte/elements, which types/svelte.d.ts extends.
/// <reference path="../../types/svelte.d.ts" />
import type { SvelteHTMLElements } from 'svelte/elements';

type Props<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

export const card: Props<'role-card'> = {
  'role-id': 'sales',
  'heading-level': 4,
  expanded: true,
  theme: 'dark',
  class: 'card',
  data: { title: 'Sales' },
  'onrole-card-toggle': (event) => {
    const expanded: boolean = event.detail.expanded;
    return expanded;
  },
  'on:role-card-toggle': (event) => event.detail.expanded,
};
export const compare: Props<'office-compare'> = { highlight: 'front', headingLevel: 2, data: { caption: 'Custom' } };
export const contact: Props<'contact-float'> = {
  phone: '0903966729',
  placement: 'bottom-left',
  open: false,
  'oncontact-float-select': (event) => {
    const channel: string = event.detail.channel;
    if (channel === 'phone') event.preventDefault();
  },
  'oncontact-float-toggle': (event) => event.detail.open,
};

// @ts-expect-error: not a role of the article
export const badCard: Props<'role-card'> = { 'role-id': 'ceo' };
// @ts-expect-error: heading levels are 2–6
export const badLevel: Props<'role-card'> = { 'heading-level': 9 };
// @ts-expect-error: placement is bottom-right or bottom-left
export const badPlacement: Props<'contact-float'> = { placement: 'top' };
// @ts-expect-error: the detail of role-card-toggle has no `open`
export const badEvent: Props<'role-card'> = { 'onrole-card-toggle': (event) => event.detail.open };
// @ts-expect-error: data is the role's own shape
export const badData: Props<'role-card'> = { data: { title: 42 } };
