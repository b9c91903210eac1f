// Site-relative links that work at a domain root and under a sub-path such as /guide/.

/** Join the base path and a site path: withBase('/guide/', '/stage-1/') -> '/guide/stage-1/'. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}

/** The route of a guide entry id: 'index' is the home page, anything else is '/<id>/'. */
export function guidePath(id: string): string {
  return id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`;
}

/** Absolute address of a page, for canonical links and printed addresses. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
