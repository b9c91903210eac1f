// The pure parts of the link check (scripts/check-links.mjs): which addresses a page points at, where each one lands
// in the built folder, and which fragment targets a page has. Built pages are Astro's output, so a small tag scanner
// is enough; it never runs in the browser.

/** One address in a page: the element and attribute it came from and its raw value. */
export type PageLink = { tag: string; attr: string; value: string; rel?: string };

/** What a link is once resolved against its page. */
export type Resolved =
  | { kind: 'internal'; pathname: string; search: string; fragment: string }
  | { kind: 'outside-base'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'scheme'; scheme: string; href: string }
  | { kind: 'invalid'; href: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references that can appear in an attribute value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/** The markup without comments, scripts, styles and templates, whose text is not part of the document's links. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

/** The attributes of each start tag: [tagName, attrs] (names lower-cased, values decoded). */
export function startTags(html: string): Array<[string, Map<string, string>]> {
  const tags: Array<[string, Map<string, string>]> = [];
  for (const m of markupOnly(html).matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push([m[1]!.toLowerCase(), attrs]);
  }
  return tags;
}

const linkAttributes: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], source: ['src'], track: ['src'],
  video: ['src', 'poster'], audio: ['src'], iframe: ['src'], embed: ['src'], object: ['data'], form: ['action'],
  use: ['href', 'xlink:href'], image: ['href', 'xlink:href'], input: ['src'],
};

/** Every address a page points at, including each candidate of a srcset. */
export function extractLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  for (const [tag, attrs] of startTags(html)) {
    for (const attr of linkAttributes[tag] ?? []) {
      const value = attrs.get(attr);
      if (value === undefined) continue;
      if (tag === 'form' && attr === 'action' && value === '') continue;
      const rel = attrs.get('rel');
      links.push(rel === undefined ? { tag, attr, value } : { tag, attr, value, rel });
    }
    const srcset = attrs.get('srcset');
    if (srcset && (tag === 'img' || tag === 'source')) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ tag, attr: 'srcset', value: url });
      }
    }
  }
  return links;
}

/** The fragment targets of a page: every id, and the name of every <a name>. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [tag, attrs] of startTags(html)) {
    const id = attrs.get('id');
    if (id) ids.add(id);
    const name = attrs.get('name');
    if (tag === 'a' && name) ids.add(name);
  }
  return ids;
}

/** True when a fragment needs no element: empty, or "top", which browsers scroll to the top of the page. */
export function fragmentNeedsNoTarget(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

/**
 * Resolve a link found on the page at `pageUrl` (an absolute URL on the site's origin). Same-origin addresses under
 * `base` are internal; same-origin ones outside it would break when the site lives in a folder.
 */
export function resolveLink(value: string, pageUrl: string, base: string): Resolved {
  const href = value.trim();
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return { kind: 'invalid', href };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'scheme', scheme: url.protocol.slice(0, -1), href };
  if (url.origin !== new URL(pageUrl).origin) return { kind: 'external', href: url.href };
  const root = base.endsWith('/') ? base : `${base}/`;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'invalid', href };
  }
  if (!pathname.startsWith(root) && `${pathname}/` !== root) return { kind: 'outside-base', href: url.href };
  let fragment = url.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return { kind: 'invalid', href };
  }
  return { kind: 'internal', pathname, search: url.search, fragment };
}

/**
 * The file a static host serves for an internal path, relative to the build folder: a folder path serves its
 * index.html ('/guide/stage-1/' -> 'stage-1/index.html'); any other path is the file itself.
 */
export function fileForPath(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  // The base folder named without its slash ('/guide') is the folder itself, which a host redirects.
  if (`${pathname}/` === root) return '';
  const relative = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The path a built page is served at: 'stage-1/index.html' -> '/guide/stage-1/', '404.html' -> '/guide/404.html'. */
export function pathForFile(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = file.split('\\').join('/');
  if (path === 'index.html') return root;
  return path.endsWith('/index.html') ? `${root}${path.slice(0, -'index.html'.length)}` : `${root}${path}`;
}
