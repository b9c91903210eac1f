// axe-core in the page under test. It is put into a page once and then run as often as needed, so one page load can be
// checked in both colour schemes and at both widths. (AxeBuilder injects axe again on every run and opens a second page
// to finish it, which made the every-page matrix several times slower.) The site has no frames for axe to enter.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules switched off, each with its reason. Keep this list empty unless a rule is wrong for this site. */
export const disabledRules: Record<string, string> = {};

type Violation = { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] };

/** Runs axe on the page as it stands and returns its violations as short readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, disabled }) => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: String(v.impact),
        help: v.help,
        nodes: v.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary ?? '' })),
      }));
    },
    { tags: axeTags, disabled: Object.keys(disabledRules) },
  );
  return (violations as Violation[]).flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact}): ${node.target.join(' ')} – ${node.failureSummary.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

export const viewports = [
  { name: '320px', width: 320, height: 640 },
  { name: '1280px', width: 1280, height: 800 },
] as const;

export const colourSchemes = ['light', 'dark'] as const;

/**
 * axe in every colour scheme and viewport on the page as it stands, without reloading it (a width and a colour scheme
 * are media the page follows as they change); violations are prefixed with the combination.
 */
export async function axeViolationsEverywhere(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const colorScheme of colourSchemes) {
      await page.emulateMedia({ colorScheme });
      found.push(...(await axeViolations(page)).map((v) => `[${viewport.name} ${colorScheme}] ${v}`));
    }
  }
  return found;
}
