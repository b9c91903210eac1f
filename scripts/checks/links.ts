// The pure parts of the link check (scripts/check-links.mjs): which addresses a page points at, where each one lands
// in the built folder, and which fragment targets a page has. Pages are read with the site's HTML parser
// (src/lib/html.ts); this never runs in the browser.
import { attributes, elements, parseHtml } from '../../src/lib/html.ts';

export { decodeEntities } from '../../src/lib/html.ts';

/** One address in a page: the element and attribute it came from and its raw value. */
export type PageLink = { tag: string; attr: string; value: string; rel?: string };

/** What a link is once resolved against its page. */
export type Resolved =
  | { kind: 'internal'; pathname: string; search: string; fragment: string }
  | { kind: 'outside-base'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'scheme'; scheme: string; href: string }
  | { kind: 'invalid'; href: string };

/** The attributes of each start tag: [tagName, attrs] (names lower-cased, values decoded), from the parsed page. */
export function startTags(html: string): Array<[string, Map<string, string>]> {
  return elements(parseHtml(html)).map((element) => [element.tagName, attributes(element)]);
}

const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  input: ['src'],
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
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'scheme', scheme: url.protocol.slice(0, -1), href };
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
