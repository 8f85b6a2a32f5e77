// Preact with the React components through preact/compat, as a Preact app aliases react to it.
import { h, hydrate, render } from 'preact';
import { App, events } from 'app';

const container = document.getElementById('app');
window.__app = { events };
(container.firstElementChild ? hydrate : render)(h(App, { title: 'Sales in Preact' }), container);
window.__app.unmount = () => render(null, container);
