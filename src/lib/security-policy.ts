// The content security policy and the other security headers, defined once: astro.config.mjs puts the policy in a
// <meta> on every page (with the hashes of that page's inline scripts and styles), and the build writes the same policy,
// plus what a <meta> cannot carry, to `_headers` for hosts that read it (Netlify, Cloudflare Pages).
import { attributes, elements, parseHtml } from './html.ts';

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

/** Sources for script-src (Astro adds the hashes). Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Only an HTTP header can forbid framing: a <meta> policy ignores frame-ancestors. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Headers every response gets. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': [
    'accelerometer=()', 'autoplay=()', 'browsing-topics=()', 'camera=()', 'display-capture=()', 'geolocation=()',
    'gyroscope=()', 'interest-cohort=()', 'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()',
    'publickey-credentials-get=()', 'screen-wake-lock=()', 'usb=()', 'xr-spatial-tracking=()',
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

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows everything any of the given page policies allow (the union of their sources, in order). */
export function unionPolicies(policies: string[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const merged = union.get(name) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      union.set(name, merged);
    }
  }
  return union;
}

/** The policy in a page's <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(html: string): string | null {
  for (const element of elements(parseHtml(html))) {
    if (element.tagName !== 'meta') continue;
    const attrs = attributes(element);
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy' && attrs.has('content')) return attrs.get('content')!;
  }
  return null;
}

/** Prefix a site path with the base path: ('/guide/', '/_astro/*') -> '/guide/_astro/*'. */
function based(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\/+/, '')}`;
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): the security headers and the policy for every path,
 * and long caching for hashed files. Paths carry the base path, as the host sees them.
 */
export function renderHeadersFile(base: string, pagePolicy: string): string {
  const policy = unionPolicies([pagePolicy, headerOnlyDirectives.join('; ')]);
  const lines = [
    '# Written by the build (astro.config.mjs, from src/lib/security-policy.ts): edit those, not this file.',
    based(base, '/*'),
    `  Content-Security-Policy: ${formatPolicy(policy)}`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  for (const path of immutablePaths) lines.push(based(base, path), `  Cache-Control: ${immutableCacheControl}`, '');
  return lines.join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named with its full address. */
export function renderRobots(site: string, base: string): string {
  const sitemap = new URL(based(base, '/sitemap-index.xml'), site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
