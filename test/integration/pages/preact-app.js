// A partner's Preact app that uses the elements the way the README shows:
// kebab-case attributes, properties for objects and booleans, `on<event-name>` listeners.
import { h, render } from '/vendor/preact.mjs';

const events = [];
window.__preactEvents = events;

function App({ expanded }) {
  return h('main', null, [
    h('office-compare', { id: 'compare', highlight: 'back', 'heading-level': 4, data: { caption: 'Caption from Preact' } }),
    h('role-card', { id: 'card', 'role-id': 'sales', expanded, 'onrole-card-toggle': (e) => events.push(['role-card-toggle', e.detail.expanded]) }),
    h('contact-float', {
      id: 'contact',
      channels: 'phone',
      'oncontact-float-select': (e) => {
        e.preventDefault();
        events.push(['contact-float-select', e.detail.channel, e.detail.href]);
      },
    }),
  ]);
}

const root = document.getElementById('app');
render(h(App, { expanded: false }), root);
// A re-render with a new prop value, as state changes would cause.
window.__rerender = (expanded) => render(h(App, { expanded }), root);
