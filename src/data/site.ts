// The site's own settings: where it lives on the web. Every printed page, QR code, canonical link, the sitemap and
// robots.txt carry this address, so a printout leads back to the live page.
// SITE_URL (the scheme and host) and BASE_PATH (the folder) in the environment override these for one build;
// src/integrations/site-address.ts decides which wins and stops a deploy build that has no address.
export const siteSettings = {
  name: 'Your voice in care',
  /** The public address people type, scheme and host only (e.g. 'https://www.example.org'). Empty until it is known. */
  publicUrl: '',
  /** The folder the site lives in on that host: '/' at the root, '/guide/' in a folder. */
  basePath: '/',
} as const;
