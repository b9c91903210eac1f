import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules switched off, each with its reason. Keep this list empty unless a rule is wrong for this site. */
export const disabledRules: Record<string, string> = {};

/** Runs axe on the page and returns its violations as short readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).disableRules(Object.keys(disabledRules)).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact}): ${node.target.join(' ')} – ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

export const viewports = [
  { name: '320px', width: 320, height: 640 },
  { name: '1280px', width: 1280, height: 800 },
] as const;

export const colourSchemes = ['light', 'dark'] as const;

/** axe in every colour scheme and viewport on the page as it stands; violations are prefixed with the combination. */
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
