// The origin check on every public form post (issue 11 #5): the public forms carry no session, so a
// token would need a cookie first; instead a POST is accepted only when the browser says it comes
// from a page of this site. Browsers send Origin with every POST (Referer as the fallback of older
// ones); a form on another site, or a script without the header, is refused with 403.
// Staff routes are not covered here: they carry the CSRF token of their signed-in session.

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request is an unsafe method to a public path (not /staff). */
export function isPublicWrite(method: string, url: string): boolean {
  if (SAFE.has(method)) return false;
  const path = url.split('?', 1)[0]!;
  return !(path === '/staff' || path.startsWith('/staff/'));
}

function hostOf(value: string | undefined): string | null {
  if (!value || value === 'null') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * True when Origin (or, without it, Referer) names this site: SITE_URL's host, or the Host the
 * request was sent to (the same site reached by another name, e.g. behind the clinic's proxy).
 */
export function fromThisSite(headers: { origin?: string | string[] | undefined; referer?: string | string[] | undefined; host?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined }, siteUrl: string): boolean {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // Our pages send Referrer-Policy: no-referrer, so browsers post `Origin: null`; those that know
  // Fetch Metadata say where the request came from instead, and a browser never lets a page forge it.
  const site = one(headers['sec-fetch-site']);
  if (site !== undefined) return site === 'same-origin';
  const from = hostOf(one(headers.origin)) ?? (one(headers.origin) === undefined ? hostOf(one(headers.referer)) : null);
  if (!from) return false;
  return from === new URL(siteUrl).host.toLowerCase() || (headers.host !== undefined && from === headers.host.toLowerCase());
}
