// Where the site lives, decided once for the build (astro.config.mjs) and for the scripts that print or check it.
// A deploy build must know its public address: without one it would print an address that leads nowhere.
// A preview (npm start, the tests) may run without one; its printouts say "Preview copy".

export type SiteAddress = {
  /** Scheme and host, no folder and no trailing slash: 'https://www.example.org'. */
  origin: string;
  /** The folder, with leading and trailing slash: '/' or '/guide/'. */
  base: string;
  /** True for a build only meant to be looked at locally: printouts are marked as a preview copy. */
  preview: boolean;
};

export type SiteEnvironment = {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  PREVIEW?: string | undefined;
};
export type SiteSettings = { publicUrl: string; basePath: string };

/** The address a preview uses when nothing else is given: where `npm start` serves it. */
export const previewOrigin = 'http://localhost:4321';

/** What a deployer reads when the build stops for want of an address: what is missing and exactly what to run. */
export const missingAddressMessage = [
  'The site has no public address, so this build would print one that leads nowhere.',
  'Every printed page, QR code, canonical link, the sitemap and robots.txt carry the full address. Set it:',
  '',
  '  For a deploy:        SITE_URL=https://www.example.org BASE_PATH=/ npm run build',
  '                       (BASE_PATH=/guide/ when the site lives in the folder /guide/; BASE_PATH defaults to /)',
  '                       or set publicUrl (and basePath) in src/data/site.ts once, for every build.',
  '                       On a host, add SITE_URL and BASE_PATH as environment variables in its build settings',
  '                       (Netlify: Site configuration > Environment variables; Cloudflare Pages: Settings >',
  '                       Variables and Secrets; GitHub Actions: env: in the workflow).',
  '  For a local preview: PREVIEW=1 npm run build   (printouts then say "Preview copy")',
].join('\n');

/** '/guide' or 'guide/' -> '/guide/'; '' -> '/'. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const isLocal = (url: URL) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname);

/**
 * The site's address for this build. SITE_URL beats the settings' publicUrl; BASE_PATH beats basePath; PREVIEW=1
 * marks a preview and, when there is no address at all, serves it at localhost. Throws (with what to run) when a
 * deploy build has no address, an address that is not a plain http(s) origin, or a local address.
 */
export function resolveSiteAddress(env: SiteEnvironment, settings: SiteSettings): SiteAddress {
  const preview = env.PREVIEW === '1' || env.PREVIEW === 'true';
  const given = env.SITE_URL?.trim() || settings.publicUrl.trim();
  const base = normaliseBase(env.BASE_PATH ?? settings.basePath);
  if (!given) {
    if (preview) return { origin: previewOrigin, base, preview };
    throw new Error(missingAddressMessage);
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `SITE_URL "${given}" is not a web address. Use the scheme and host, e.g. SITE_URL=https://www.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${given}" must start with https:// (or http://).`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${given}" has a folder in it. Give the scheme and host in SITE_URL and the folder in BASE_PATH, e.g. SITE_URL=${url.origin} BASE_PATH=${normaliseBase(url.pathname)}`,
    );
  }
  if (!preview && isLocal(url)) {
    throw new Error(
      `SITE_URL "${given}" is this computer: a deploy build needs the public address.\nFor a local preview run: PREVIEW=1 npm run build`,
    );
  }
  return { origin: url.origin, base, preview };
}

/** The full public address of the site's home page: 'https://www.example.org/guide/'. */
export function homeAddress(address: SiteAddress): string {
  return `${address.origin}${address.base}`;
}

/**
 * Whether this build publishes the leaflets' committed PDFs. They carry the address in src/data/site.ts (that is what
 * `npm run leaflets` prints them with), so only a deploy build at exactly that address may offer them: anywhere else
 * their QR codes and printed addresses would lead to another site, or to a preview.
 */
export function publishesLeafletPdfs(address: SiteAddress, settings: SiteSettings): boolean {
  if (address.preview || !settings.publicUrl.trim()) return false;
  try {
    return new URL(settings.publicUrl).origin === address.origin && normaliseBase(settings.basePath) === address.base;
  } catch {
    return false;
  }
}
