import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import 'front-office-widgets';
import { App, configure } from './App.js';

export const render = () => renderToString(configure(createSSRApp(App)));
