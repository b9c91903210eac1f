// A QR code for a printed page's web address, made at build time as a small inline SVG.
// The printed address sits next to it, so the picture is hidden from screen readers (aria-hidden).
import QRCode from 'qrcode';

/**
 * The QR code for `url` as an inline SVG string: one path, no white background (paper is white),
 * no width or height (the page's CSS sizes it), a 1-module quiet zone inside the viewBox. Only ever inside an HTML
 * page, so no xmlns (the HTML parser gives it SVG's namespace) and no focusable (only old Internet Explorer read it).
 * Error correction level M: a printed sheet that has been folded or marked can still be scanned.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  const dark = /<path stroke="[^"]*" d="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox || !dark) throw new Error(`qrcode gave an SVG this code cannot read for ${url}`);
  return (
    `<svg viewBox="${viewBox}" shape-rendering="crispEdges" aria-hidden="true" class="yv-qr">` +
    `<path stroke="#000" d="${dark}"/></svg>`
  );
}
