/** Records `console.warn` calls until `restore()`; tests count them, since each bad input must warn exactly once. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

// Media emulation and viewport sizes that work in every engine (Chromium, Firefox, WebKit).
export { emulate, resetMedia, resetViewport, viewport } from './emulation.js';
export type { Media, Viewport } from './emulation.js';
