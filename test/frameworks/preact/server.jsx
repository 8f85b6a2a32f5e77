import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { App } from 'app';

export const render = () => renderToString(h(App, { title: 'Sales in Preact' }));
