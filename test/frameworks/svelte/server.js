import { render as renderSvelte } from 'svelte/server';
import App from './App.svelte';

export const render = () => {
  const { body } = renderSvelte(App, { props: { events: [] } });
  return body;
};
