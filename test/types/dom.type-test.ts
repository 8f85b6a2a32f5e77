// Plain DOM: the tag map and the typed events every TypeScript user gets from the package.
import type { ContactFloat, OfficeCompare, RoleCard } from '../../dist/elements.js';

const compare: OfficeCompare = document.createElement('office-compare');
compare.layout = 'stacked';
compare.headingLevel = 4;
// @ts-expect-error: not a layout
compare.layout = 'grid';
// @ts-expect-error: heading levels are 2–6
compare.headingLevel = 7;

const card: RoleCard | null = document.querySelector('role-card');
if (card) {
  card.roleId = 'sales';
  card.industry = 'banking';
  // @ts-expect-error: not a role of the article
  card.roleId = 'ceo';
  card.addEventListener('role-card-toggle', (event) => {
    const expanded: boolean = event.detail.expanded;
    // @ts-expect-error: the detail has no `open`
    event.detail.open;
    void expanded;
  });
}

const contact: ContactFloat = document.createElement('contact-float');
contact.placement = 'bottom-left';
// @ts-expect-error: only bottom-right | bottom-left
contact.placement = 'top-left';
contact.addEventListener('contact-float-toggle', (event) => void (event.detail.open satisfies boolean));
contact.addEventListener('contact-float-select', (event) => {
  const href: string = event.detail.href;
  if (event.detail.channel === 'zalo') event.preventDefault();
  void href;
});
