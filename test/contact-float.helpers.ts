/** What both `<contact-float>` test files look at and do. */
import { elementUpdated, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { ContactFloat } from '../src/contact-float.js';

export const shadow = (el: ContactFloat) => el.shadowRoot!;
export const links = (el: ContactFloat) => [...shadow(el).querySelectorAll('a')];
/** Accessible name from content: every name here comes from text, visually hidden text included. */
export const nameOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const hrefs = (el: ContactFloat) => links(el).map((a) => a.getAttribute('href'));

/** A real mouse click in the top-left corner of the page, far from the element. */
export async function clickOutside(): Promise<void> {
  await sendMouse({ type: 'click', position: [4, 4] });
  await resetMouse();
}

/** Renders one element; the previous fixture goes first, since a second one at the same corner stays hidden. */
export async function float(template: ReturnType<typeof html>): Promise<ContactFloat> {
  fixtureCleanup();
  const el = await fixture<ContactFloat>(template);
  await elementUpdated(el);
  return el;
}
