import { emulateMedia, setViewport } from '@web/test-runner-commands';

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

type Media = Parameters<typeof emulateMedia>[0];
type Viewport = Parameters<typeof setViewport>[0];

/**
 * Media emulation (print, prefers-color-scheme, prefers-reduced-motion) goes through CDP, which only Chromium speaks:
 * in Firefox (WebDriver BiDi) and WebKit (WebDriver) the runner fails the command and logs a stack trace, so don't ask.
 */
const canEmulateMedia = navigator.userAgent.includes('Chrome/');

/** The runner's own error when a browser's launcher cannot set the viewport (WebDriver, that is WebKit here). */
const VIEWPORT_UNSUPPORTED = /not supported for browser type/;
let canSetViewport = true;

async function trySetViewport(size: Viewport): Promise<boolean> {
  if (!canSetViewport) return false;
  try {
    await setViewport(size);
    return true;
  } catch (error) {
    if (!VIEWPORT_UNSUPPORTED.test(String((error as Error)?.message ?? error))) throw error;
    canSetViewport = false;
    return false;
  }
}

/**
 * Emulates media for the calling test, or skips it where the engine cannot emulate: it is then reported as
 * skipped, never as a silent pass. Call it from a `function` test (not an arrow): `await emulate(this, { media: 'print' })`.
 */
export async function emulate(test: Mocha.Context, media: Media): Promise<void> {
  if (!canEmulateMedia) test.skip();
  await emulateMedia(media);
}

/** Puts emulated media back, from hooks: nothing to undo where the engine cannot emulate. */
export async function resetMedia(media: Media): Promise<void> {
  if (canEmulateMedia) await emulateMedia(media);
}

/** Sets the viewport for the calling test, or skips it where the engine cannot (see `emulate`). */
export async function viewport(test: Mocha.Context, size: Viewport): Promise<void> {
  if (!(await trySetViewport(size))) test.skip();
}

/** Puts the viewport back, from hooks and `finally`: nothing to undo where the engine cannot set it. */
export async function resetViewport(size: Viewport): Promise<void> {
  await trySetViewport(size);
}
