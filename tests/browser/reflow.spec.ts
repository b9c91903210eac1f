// Reflow and text spacing at 320px, on every page in the sitemap and the 404 page. WCAG 1.4.10 Reflow: at 320px (400%
// zoom of a 1280px screen) no page scrolls sideways. WCAG 1.4.12 Text spacing: then, with line height 1.5, paragraph
// spacing 2em, letter spacing 0.12em and word spacing 0.16em, no text is cut off and no two pieces of text overlap.
// The site's style policy would block the test's own <style>, as it blocks bookmarklets that insert one, so the test
// bypasses it (browser extensions and user style sheets are not blocked: the accessibility statement says so).
import { test, expect } from '../support/test.ts';
import { sitemapPaths } from '../support/site.ts';

test.use({ bypassCSP: true, viewport: { width: 320, height: 640 } });

const wcagSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

for (const path of [...sitemapPaths(), 'this-page-does-not-exist/']) {
  test(`/${path} reflows at 320px without scrolling sideways, and with text spacing nothing is cut off or overlapping`, async ({
    page,
  }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `/${path}: ${overflow}px too wide`).toBeLessThanOrEqual(0);
    await page.addStyleTag({ content: wcagSpacing });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).letterSpacing),
    ).not.toBe('normal');
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
      const hiddenFromSight = (el: Element) => {
        for (let at: Element | null = el; at; at = at.parentElement) {
          const s = getComputedStyle(at);
          if (s.display === 'none' || s.visibility === 'hidden' || s.clipPath === 'inset(50%)') return true;
          // The inside of a closed <details> is not drawn, though its boxes still have positions.
          const parent = at.parentElement;
          if (parent instanceof HTMLDetailsElement && !parent.open && at.tagName !== 'SUMMARY') return true;
        }
        return false;
      };
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
        found.push(
          `the page scrolls sideways by ${document.documentElement.scrollWidth - document.documentElement.clientWidth}px`,
        );
      }
      // Cut off: a box that hides its overflow while its content is bigger than it.
      for (const el of document.querySelectorAll('body *')) {
        if (hiddenFromSight(el)) continue;
        const s = getComputedStyle(el);
        const clipsX = ['hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const clipsY = ['hidden', 'clip'].includes(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        if ((clipsX || clipsY) && (el.textContent ?? '').trim()) found.push(`${describe(el)} cuts off its text`);
      }
      // Overlap: the boxes of two different pieces of text on screen cross each other.
      const rects: Array<{ r: DOMRect; owner: Element }> = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement!;
        if (!node.textContent?.trim() || hiddenFromSight(owner) || owner.closest('script, style, [hidden]')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) rects.push({ r, owner });
      }
      const overlap = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
      for (let i = 0; i < rects.length; i += 1) {
        for (let j = i + 1; j < rects.length; j += 1) {
          const [a, b] = [rects[i]!, rects[j]!];
          if (a.owner !== b.owner && overlap(a.r, b.r))
            found.push(`${describe(a.owner)} overlaps ${describe(b.owner)}`);
        }
      }
      return [...new Set(found)];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
