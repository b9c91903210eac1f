import type { Page } from '@playwright/test';

/** What the test reads of the focused element: its name, the contrast of its text, and whether focus changed it. */
export type FocusReading = {
  name: string;
  contrast: number;
  differs: boolean;
  visible: boolean;
  tag: string;
};

/**
 * Reads the element that has focus now: the contrast of its text against the background behind it (its own, or the
 * first ancestor's that is not transparent), and whether its look differs from the same element without focus.
 * Returns null when focus is on the page itself. Focus is put back afterwards, so Tab goes on from there.
 */
export async function readFocused(page: Page): Promise<FocusReading | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const parse = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      const [r = 0, g = 0, b = 0, a = 1] = m
        ? m[1]!
            .split(/[ ,/]+/)
            .filter(Boolean)
            .map(Number)
        : [];
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const background = (node: Element | null): { r: number; g: number; b: number } => {
      for (let at = node; at; at = at.parentElement) {
        const c = parse(getComputedStyle(at).backgroundColor);
        if (c.a > 0.5) return c;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor || 'rgb(255,255,255)');
    };
    const look = () => {
      const s = getComputedStyle(el);
      return [
        s.backgroundColor,
        s.color,
        s.outlineStyle,
        s.outlineColor,
        s.outlineWidth,
        s.boxShadow,
        s.textDecorationLine,
      ].join('|');
    };
    const focusedLook = look();
    const text = parse(getComputedStyle(el).color);
    const [l1, l2] = [luminance(text), luminance(background(el))].sort((a, b) => b - a) as [number, number];
    const contrast = (l1 + 0.05) / (l2 + 0.05);
    const box = el.getBoundingClientRect();
    el.blur();
    const plainLook = look();
    el.focus();
    const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    return {
      name,
      contrast: Math.round(contrast * 100) / 100,
      differs: focusedLook !== plainLook,
      visible: box.width > 0 && box.height > 0,
      tag: el.tagName,
    };
  });
}
