// Reads a QR code as a phone would: a picture of it (a screenshot of the rendered code) through a real decoder (jsQR),
// so a test checks what the printed code says, not that the same address encodes to the same picture.
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text a QR code (an element holding its picture) decodes to, or null when no decoder can read it. */
export async function decodeQr(code: Locator): Promise<string | null> {
  // Large and on a white margin, like a code held up to a camera; done after printing, so the printout is untouched.
  await code.evaluate((element: HTMLElement) => {
    Object.assign(element.style, {
      width: '300px',
      height: '300px',
      padding: '24px',
      background: '#fff',
      boxSizing: 'content-box',
      flex: 'none',
    });
    const svg = element.querySelector('svg');
    if (svg) Object.assign(svg.style, { width: '300px', height: '300px' });
  });
  const image = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
