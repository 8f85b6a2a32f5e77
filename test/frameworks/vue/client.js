import { createApp, createSSRApp } from 'vue';
import 'front-office-widgets';
import { App, configure, events } from './App.js';

const container = document.getElementById('app');
window.__app = { events };
const hydrating = !!container.firstElementChild;
const app = configure((hydrating ? createSSRApp : createApp)(App));
app.mount(container);
window.__app.unmount = () => app.unmount();
