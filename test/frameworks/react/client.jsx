// Hydrates the server's markup when there is some, else renders on the client alone.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, events } from 'app';

const container = document.getElementById('app');
window.__app = { events };
let root;
if (container.firstElementChild) {
  root = hydrateRoot(container, <App />);
} else {
  root = createRoot(container);
  root.render(<App />);
}
window.__app.unmount = () => root.unmount();
