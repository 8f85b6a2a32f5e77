// Vue 3: what Volar / vue-tsc checks in a template such as
//   <role-card role-id="sales" :expanded="open" @role-card-toggle="onToggle" />
// reads GlobalComponents[tag]: props from `$props`, events from `$emit`.
/// <reference path="../../types/vue.d.ts" />
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type EmitOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

// Volar camelizes `role-id` to `roleId` for components.
export const card: PropsOf<'role-card'> = { roleId: 'sales', industry: 'hospitality', expanded: true, class: 'card', lang: 'en' };
export const compare: PropsOf<'office-compare'> = { highlight: 'front', headingLevel: 2, data: { caption: 'Custom' } };
export const contact: PropsOf<'contact-float'> = { phone: '0903966729', placement: 'bottom-right', open: false };

// @ts-expect-error: not a role of the article
export const badCard: PropsOf<'role-card'> = { roleId: 'ceo' };
// @ts-expect-error: heading levels are 2–6
export const badCompare: PropsOf<'office-compare'> = { headingLevel: 9 };

declare const emitCard: EmitOf<'role-card'>;
declare const toggle: HTMLElementEventMap['role-card-toggle'];
emitCard('role-card-toggle', toggle);
// @ts-expect-error: role-card fires no such event
emitCard('role-card-open', toggle);

declare const emitContact: EmitOf<'contact-float'>;
declare const select: HTMLElementEventMap['contact-float-select'];
emitContact('contact-float-select', select);
