import type { BrowserContext } from '@playwright/test';

/**
 * Loads pages as a browser with JavaScript off would show them, while still letting axe run:
 * a `script-src 'none'` policy stops every page script, but not the test's own evaluation.
 * (Playwright's javaScriptEnabled: false also blocks axe.) The site uses no <noscript>, so nothing else differs.
 */
export async function blockPageScripts(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
}
