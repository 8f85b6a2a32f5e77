import { hydrate, mount, unmount } from 'svelte';
import App from './App.svelte';

const container = document.getElementById('app');
const events = [];
const app = (container.firstElementChild ? hydrate : mount)(App, { target: container, props: { events } });
window.__app = { events, setExpanded: app.setExpanded, setTheme: app.setTheme, unmount: () => unmount(app) };
