// Pixels as the engine paints them, for comparing two renderings within one test run (no stored baselines): the
// `fow-screenshot` command of scripts/wtr-emulation.mjs photographs the viewport (CDP in Chromium, BiDi in Firefox,
// WebDriver in WebKit), and the page crops and compares the PNGs itself.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Shot {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

/** The viewport's pixels inside `rect` (CSS pixels, grown to whole device pixels). */
export async function screenshot(rect: DOMRect): Promise<Shot> {
  const base64 = await executeServerCommand<string, Record<string, never>>('fow-screenshot', {});
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const scale = image.width / innerWidth;
  const x = Math.floor(rect.left * scale);
  const y = Math.floor(rect.top * scale);
  const width = Math.ceil(rect.right * scale) - x;
  const height = Math.ceil(rect.bottom * scale) - y;
  if (x < 0 || y < 0 || x + width > image.width || y + height > image.height) {
    throw new Error(`the area to compare (${x},${y} ${width}×${height}) is not all in the ${image.width}×${image.height} viewport`);
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, x, y, width, height, 0, 0, width, height);
  return { width, height, pixels: context.getImageData(0, 0, width, height).data };
}

/**
 * The area once the engine has finished painting it: shots until two in a row are the same. WebKitGTK may hand
 * WebDriver a frame whose tiles are still being repainted (text and rounded edges anti-aliased differently).
 */
export async function settledScreenshot(rect: DOMRect, tries = 6): Promise<Shot> {
  let previous = await screenshot(rect);
  for (let i = 1; i < tries; i++) {
    const next = await screenshot(rect);
    if (!pixelDifference(previous, next)) return next;
    previous = next;
  }
  throw new Error(`the area ${rect.width}×${rect.height} at ${rect.x},${rect.y} kept changing over ${tries} screenshots`);
}

/** '' when both are the same size and every pixel is the same; otherwise how they differ. */
export function pixelDifference(expected: Shot, actual: Shot): string {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return `${actual.width}×${actual.height} px instead of ${expected.width}×${expected.height}`;
  }
  let differing = 0;
  let largest = 0;
  const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
  for (let i = 0; i < expected.pixels.length; i += 4) {
    const delta = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(expected.pixels[i + c] - actual.pixels[i + c])));
    if (!delta) continue;
    differing++;
    largest = Math.max(largest, delta);
    const x = (i / 4) % expected.width;
    const y = Math.floor(i / 4 / expected.width);
    Object.assign(box, { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) });
  }
  const total = expected.pixels.length / 4;
  return differing
    ? `${differing} of ${total} pixels differ (${((100 * differing) / total).toFixed(1)} %), by up to ${largest} of 255, within x ${box.left}–${box.right}, y ${box.top}–${box.bottom}`
    : '';
}
