// The content security policy and the other security headers, defined once: astro.config.mjs puts the policy in a
// <meta> on every page (with the hashes of that page's inline scripts and styles). Servers send a fixed policy with what
// a <meta> cannot say (frame-ancestors) and the directives that never change, so a content deploy never needs a server
// reload; browsers enforce both policies. The build writes it to `_headers` (Netlify, Cloudflare Pages) and, through
// src/integrations/server-config.ts, to the nginx, Caddy and Apache files in deploy/.
import { createHash } from 'node:crypto';
import { attributes, elements, parseHtml, textContent } from '../lib/html.ts';
import { withBase } from '../lib/urls.ts';

/** Directives beyond script-src and style-src, which Astro writes itself with each page's hashes. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index fragments and its WebAssembly from the site itself, in a worker it starts from the site.
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Fetch directives that say only what default-src 'self' says. Every page's <meta> leaves them to default-src (its
 * bytes are in every page); the servers' policy has no default-src, so it says each of them.
 */
type Directive = (typeof cspDirectives)[number];
export const sameAsDefault: readonly Directive[] = cspDirectives.filter((directive) =>
  /^(font|connect|worker|manifest|media)-src 'self'$/.test(directive),
);

/** The directives of every page's <meta> policy, besides script-src and style-src. */
export const pageDirectives: readonly Directive[] = cspDirectives.filter(
  (directive) => !sameAsDefault.includes(directive),
);

/** Sources for script-src (Astro adds the hashes). Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Only an HTTP header can forbid framing: a <meta> policy ignores frame-ancestors. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * The policy servers send: frame-ancestors, plus every directive of the page policy that names no hash (so it never
 * changes with the words). It has no default-src, script-src or style-src, which would block the hashed inline scripts
 * and styles the <meta> allows: those stay in each page's <meta>.
 */
export const headerPolicy: string = [
  ...cspDirectives.filter((directive) => !directive.startsWith('default-src')),
  ...headerOnlyDirectives,
].join('; ');

/** Headers every response gets. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'interest-cohort=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
};

/** Files whose names change when their content does, so browsers may keep them for a year. */
export const immutablePaths = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'] as const;
export const immutableCacheControl = 'public, max-age=31536000, immutable';

export type Policy = Map<string, string[]>;

/** Parse a policy ("a 'x'; b 'y'") into directive -> sources, keeping order. */
export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!parsed.has(key)) parsed.set(key, sources);
  }
  return parsed;
}

/** The policy in a page's <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(html: string): string | null {
  for (const element of elements(parseHtml(html))) {
    if (element.tagName !== 'meta') continue;
    const attrs = attributes(element);
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy' && attrs.has('content'))
      return attrs.get('content')!;
  }
  return null;
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): the security headers and the fixed policy for every path,
 * and long caching for hashed files. Paths carry the base path, as the host sees them.
 */
export function renderHeadersFile(base: string): string {
  const lines = [
    '# Written by the build (astro.config.mjs, from src/integrations/security-policy.ts): edit those, not this file.',
    withBase(base, '/*'),
    `  Content-Security-Policy: ${headerPolicy}`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  for (const path of immutablePaths) lines.push(withBase(base, path), `  Cache-Control: ${immutableCacheControl}`, '');
  return lines.join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named with its full address. */
export function renderRobots(site: string, base: string): string {
  const sitemap = new URL(withBase(base, '/sitemap-index.xml'), site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/** The hash source ('sha256-…') a policy needs to allow this inline script or style. */
export function inlineHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * A page's <meta> policy with exactly the hashes of the inline scripts and styles that page has. Astro lists every hash
 * the site uses on every page; the rest allow nothing here (no script runs from markup fetched later) and, as hashes
 * do not compress, cost each page about half a kilobyte. A <style> the build added after Astro (the first-paint CSS,
 * src/integrations/first-paint-css.ts) gains its hash here. The page is otherwise left exactly as it was.
 */
export function pruneMetaHashes(html: string): string {
  const tags = elements(parseHtml(html));
  const meta = tags.find(
    (element) =>
      element.tagName === 'meta' && attributes(element).get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const start = meta?.position?.start.offset;
  const end = meta?.position?.end.offset;
  if (!meta || start === undefined || end === undefined) return html;
  const hashesOf = (tagName: string) =>
    tags
      .filter((element) => element.tagName === tagName && !(tagName === 'script' && attributes(element).has('src')))
      .map((element) => inlineHash(textContent(element)));
  const own = new Map([
    ['script-src', hashesOf('script')],
    ['style-src', hashesOf('style')],
  ]);
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const policy = [...parsePolicy(attributes(meta).get('content') ?? '')]
    .map(([name, sources]) => {
      const wanted = own.get(name) ?? [];
      const kept = sources.filter((source) => !isHash(source) || wanted.includes(source));
      const added = [...new Set(wanted)].filter((hash) => !kept.includes(hash));
      return [name, ...kept, ...added].join(' ');
    })
    .join('; ');
  return `${html.slice(0, start)}<meta http-equiv="content-security-policy" content="${policy}">${html.slice(end)}`;
}
