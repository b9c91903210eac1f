// Server settings the build writes to deploy/ (and dist/.htaccess), so a deployer includes a file instead of copying
// settings by hand. Every file says the same thing, from the same lists:
// - the security headers and the fixed policy from src/integrations/security-policy.ts on every response (404s and redirects
//   too), none of which change when the words do, so a content deploy never needs a server reload;
// - `no-cache` (always revalidate) for HTML and every file whose name stays the same, a year and `immutable` only for
//   files whose names carry a hash of their content, and the site's 404 page with status 404, never cached for long;
// - slash redirects that keep the visitor's host (relative Location headers);
// - gzip, with Vary: Accept-Encoding, for HTML, CSS, JavaScript, JSON, SVG and XML;
// - build files (`_headers`, `.htaccess`) never served.
import { headerPolicy, immutableCacheControl, immutablePaths, securityHeaders } from './security-policy.ts';

export type ServerFile = { name: string; text: string };

/** Cache-Control for everything not content-hashed, and for the 404 page: keep a copy but ask the server each time. */
export const revalidateCacheControl = 'no-cache';

/** Files the build leaves in the site folder for hosts to read, which must not be served. */
export const buildFiles = ['_headers', '.htaccess'] as const;

/** Types worth compressing (HTML, CSS, JavaScript, JSON, SVG, XML). */
export const compressedTypes = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'text/plain',
] as const;

/** Folders (under the base path) whose file names carry a content hash: '_astro', 'pagefind/fragment'… */
export const hashedFolders: readonly string[] = immutablePaths.map((path) => path.replace(/^\/|\/\*$/g, ''));

/** Every header a response gets, in order. Strict-Transport-Security only for a site served over HTTPS. */
export function responseHeaders(origin: string): Array<[string, string]> {
  return [
    ['Content-Security-Policy', headerPolicy],
    ...Object.entries(securityHeaders),
    ...(origin.startsWith('https:') ? [['Strict-Transport-Security', 'max-age=31536000'] as [string, string]] : []),
  ];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex (no anchors) for the hashed folders: '(?:_astro|pagefind/(?:fragment|index|filter))'. */
function hashedPattern(): string {
  return `(?:${hashedFolders.map(escapeRegex).join('|')})`;
}
const buildFilesPattern = () => `(?:${buildFiles.map(escapeRegex).join('|')})`;
const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
const header = (base: string, origin: string) =>
  `Written by the build for the site at ${origin}${base} (src/integrations/server-config.ts): edit that file, not this one.`;

/**
 * nginx: `location` blocks to include inside a `server { }` block, after its `root` (the folder that holds the site:
 * for /guide/, the folder that has guide/ in it). nginx forgets a server's add_header lines in any location that has
 * its own, so each location repeats them all.
 */
export function renderNginx(base: string, origin: string): string {
  const headers = (cacheControl: string) => [
    ...responseHeaders(origin).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
    `    add_header Cache-Control ${quoted(cacheControl)} always;`,
  ];
  const common = [
    '    absolute_redirect off;  # redirects name only the path, so they keep the host the visitor used',
    '    server_tokens off;',
    '    charset utf-8;',
    '    gzip on;',
    '    gzip_vary on;',
    `    gzip_types ${compressedTypes.filter((type) => type !== 'text/html').join(' ')};  # text/html is always on`,
    `    error_page 404 ${base}404.html;`,
  ];
  const lines = [
    `# ${header(base, origin)}`,
    '# Include inside your server { } block, after its root line: include /path/to/deploy/nginx.conf;',
    `# It holds every location for ${base}: the server block needs none of its own for that path.`,
    '',
  ];
  if (base !== '/') {
    lines.push(
      `location = ${base.replace(/\/$/, '')} {`,
      ...common,
      ...headers(revalidateCacheControl),
      `    return 301 ${base}$is_args$args;`,
      '}',
      '',
    );
  }
  lines.push(
    `location ${base} {`,
    ...common,
    ...headers(revalidateCacheControl),
    '    index index.html;',
    '    try_files $uri $uri/ =404;  # a folder serves its index.html; nginx adds the trailing slash with a 301',
    '}',
    '',
    '# Files whose names carry a hash of their content: kept for a year.',
    `location ~ ^${escapeRegex(base)}${hashedPattern()}/ {`,
    ...common,
    ...headers(immutableCacheControl),
    '    try_files $uri =404;',
    '}',
    '',
    '# Files the build leaves for other hosts: not served.',
    `location ~ ^${escapeRegex(base)}${buildFilesPattern()}$ {`,
    ...common,
    ...headers(revalidateCacheControl),
    '    return 404;',
    '}',
    '',
  );
  return lines.join('\n');
}

/**
 * Caddy: a snippet for inside a site block, after its `root` (the folder that holds the site), e.g.
 *
 *     example.org {
 *         root * /var/www/example
 *         import /path/to/deploy/Caddyfile
 *     }
 */
export function renderCaddy(base: string, origin: string): string {
  const path = `${base}*`;
  const headerBlock = (indent: string) => [
    `${indent}header {`,
    ...responseHeaders(origin).map(([name, value]) => `${indent}\t${name} ${quoted(value)}`),
    `${indent}}`,
  ];
  const hashedPaths = hashedFolders.map((folder) => `${base}${folder}/*`).join(' ');
  const lines = [
    `# ${header(base, origin)}`,
    '# Import inside your site block, after its root line: import /path/to/deploy/Caddyfile',
    '',
  ];
  if (base !== '/') lines.push(`redir ${base.replace(/\/$/, '')} ${base} 301`, '');
  lines.push(
    `@yv_hashed path ${hashedPaths}`,
    `@yv_unhashed not path ${hashedPaths}`,
    `@yv_build path ${buildFiles.map((file) => `${base}${file}`).join(' ')}`,
    '',
    `route ${path} {`,
    ...headerBlock('\t'),
    `\theader @yv_unhashed Cache-Control ${quoted(revalidateCacheControl)}`,
    `\theader @yv_hashed Cache-Control ${quoted(immutableCacheControl)}`,
    '\terror @yv_build 404',
    '\tencode gzip',
    '\tfile_server',
    '}',
    '',
    "# The site's 404 page, with status 404, for any missing address under the site's path.",
    'handle_errors {',
    '\t@yv_missing {',
    `\t\tpath ${path}`,
    '\t\texpression {err.status_code} == 404',
    '\t}',
    '\thandle @yv_missing {',
    ...headerBlock('\t\t'),
    `\t\theader Cache-Control ${quoted(revalidateCacheControl)}`,
    `\t\trewrite * ${base}404.html`,
    '\t\tencode gzip',
    '\t\tfile_server',
    '\t}',
    '}',
    '',
  );
  return lines.join('\n');
}

/** The Apache directives, valid both in a <Directory> block and in an .htaccess file. */
function apacheDirectives(base: string, origin: string): string[] {
  const hashed = `%{REQUEST_URI} =~ m#^${base}${hashedPattern()}/#`;
  return [
    'DirectoryIndex index.html',
    'DirectorySlash On',
    `ErrorDocument 404 ${base}404.html`,
    'AddType application/wasm .wasm',
    'AddDefaultCharset utf-8',
    `AddOutputFilterByType DEFLATE ${compressedTypes.join(' ')}`,
    '# The 404 page reaches the visitor through ErrorDocument, which the line above does not cover.',
    `<If "%{REQUEST_URI} == '${base}404.html'">`,
    '  SetOutputFilter DEFLATE',
    '</If>',
    `RedirectMatch 404 ^${base}${buildFilesPattern()}$`,
    ...responseHeaders(origin).map(([name, value]) => `Header always set ${name} ${quoted(value)}`),
    '# Hashed files (on success only, so a missing one gets the 404 page, not a year in the cache); all else revalidates.',
    `Header set Cache-Control ${quoted(immutableCacheControl)} "expr=${hashed}"`,
    `Header always set Cache-Control ${quoted(revalidateCacheControl)} "expr=!(${hashed}) || %{REQUEST_STATUS} != 200"`,
    '',
  ];
}

/** Apache: for inside the <Directory> block of the folder the site is copied to (stock Apache ignores .htaccess). */
export function renderApache(base: string, origin: string): string {
  return [
    `# ${header(base, origin)}`,
    `# Include inside the <Directory> block for the folder you copied dist/ into (the folder served at ${base}):`,
    '#   <Directory "/var/www/example">',
    '#       Include /path/to/deploy/apache.conf',
    '#   </Directory>',
    '# Needs mod_headers, mod_deflate, mod_filter, mod_alias, mod_dir and mod_mime (all in a stock Apache).',
    ...apacheDirectives(base, origin),
  ].join('\n');
}

/** The same for hosts that read .htaccess (AllowOverride FileInfo Indexes, or All). */
export function renderHtaccess(base: string, origin: string): string {
  return [
    `# ${header(base, origin)}`,
    '# Apache reads this only where the folder allows it (AllowOverride All); otherwise use deploy/apache.conf.',
    ...apacheDirectives(base, origin),
  ].join('\n');
}

/** Every file for deploy/, by name. */
export function deployFiles(base: string, origin: string): ServerFile[] {
  return [
    { name: 'nginx.conf', text: renderNginx(base, origin) },
    { name: 'Caddyfile', text: renderCaddy(base, origin) },
    { name: 'apache.conf', text: renderApache(base, origin) },
  ];
}
