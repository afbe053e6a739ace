// Private links carry their credential in the path (/b/<token> manages a booking, /staff/invite/<token>
// opens a pending account; questions, feedback and password resets work the same way), and the
// front desk searches by mobile number in the query. A request log is read by more people than the
// patient's text message, so both are replaced before a URL is logged.
//
// One rule for every route (docs/decisions/0013): a path parameter is secret when its name says so
// (token, code, secret, key, otp, password, …) or the route lists it in `config.secretParams`. Every
// route is registered here as it is added (src/platform/app.tsx's onRoute hook), so a feature that adds a
// `/…/:token` route is covered without touching this file.

/** Parameter names that hold a credential. */
export const SECRET_PARAM = /token|secret|code|otp|passw|key|nonce/i;

interface Pattern {
  source: string;
  re: RegExp;
}

const byRoute = new Map<string, Pattern | null>();
const patterns: Pattern[] = [];

// Known before any app is built, so a log line written by a tool that registers no routes is safe too.
for (const r of ['/b/:token', '/w/:token', '/questions/r/:token', '/feedback/:token', '/staff/invite/:token', '/staff/reset/:token']) {
  registerRoute(r);
  registerRoute(`/en${r}`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The param names of a route pattern such as '/b/:token/booking.ics' or '/x/:id(\\d+)'. */
export function routeParams(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}

/** The names among a route's parameters that must not be logged. */
export function secretParamsOf(url: string, declared: readonly string[] = []): string[] {
  return routeParams(url).filter((p) => SECRET_PARAM.test(p) || declared.includes(p));
}

/**
 * Registers a route; returns true when it has a secret parameter. The compiled pattern matches the
 * route as a prefix of a path, so an unrouted path under it (a 404 such as /b/<token>/nope) is
 * redacted too.
 */
export function registerRoute(url: string, declared: readonly string[] = []): boolean {
  const secret = secretParamsOf(url, declared);
  if (!secret.length) {
    if (!byRoute.has(url)) byRoute.set(url, null);
    return false;
  }
  const prior = byRoute.get(url);
  if (prior) return true;
  let re = '^';
  for (const seg of url.split('/').slice(1)) {
    re += '/';
    if (seg.includes('*')) break;
    // A segment may mix text and parameters ('booking-:id.ics'): each parameter is one run of non-separators.
    let rest = seg;
    while (rest) {
      const m = /:([A-Za-z_$][\w$]*)(\([^)]*\))?/.exec(rest);
      if (!m) {
        re += escape(rest);
        break;
      }
      re += escape(rest.slice(0, m.index));
      re += secret.includes(m[1]!) ? '([^/?#]+?)' : '[^/?#]+?';
      rest = rest.slice(m.index + m[0].length);
    }
  }
  re += '(?=[/?#]|$)';
  const p = { source: url, re: new RegExp(re, 'd') };
  byRoute.set(url, p);
  patterns.push(p);
  return true;
}

function redactPath(path: string, route: string | undefined): string {
  // A matched route without secrets: nothing to look for in the path.
  const known = route !== undefined ? byRoute.get(route) : undefined;
  if (known === null) return path;
  for (const p of known ? [known] : patterns) {
    const m = p.re.exec(path);
    if (!m?.indices) continue;
    let out = path;
    for (let i = m.indices.length - 1; i >= 1; i--) {
      const span = m.indices[i];
      if (span) out = `${out.slice(0, span[0])}:token${out.slice(span[1])}`;
    }
    return out;
  }
  return path;
}

// Phone and ID numbers: seven digits or more once spaces, dashes, dots and brackets are taken out
// (a mobile, a landline, an 18-character ID number with its X); e-mail: anything with an @.
const PERSONAL_VALUE = /\d{7,}|@/;

function safeDecode(raw: string): string {
  const v = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(v);
  } catch {
    // Undecodable: judge the text as it came (its %XX runs still show digits, and '@' as %40).
    return v.replace(/%40/gi, '@').replace(/%2F/gi, '/');
  }
}

function looksPersonal(raw: string): boolean {
  let v = safeDecode(raw).trim();
  // A date or an instant is not a phone number, though it has eight digits once its dashes go.
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return false;
  // Full-width digits and the full-width at sign count the same as their ASCII forms.
  v = v.normalize('NFKC').replace(/[\s\-.()（）/_]/g, '');
  return PERSONAL_VALUE.test(v);
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const value = eq < 0 ? part : part.slice(eq + 1);
      if (!looksPersonal(value)) {
        // A path in the query (?next=/staff/invite/…) is redacted like a path.
        const asPath = safeDecode(value);
        if (asPath.startsWith('/') && redactPath(asPath, undefined) !== asPath) return eq < 0 ? ':redacted' : `${part.slice(0, eq)}=:redacted`;
        return part;
      }
      return eq < 0 ? ':redacted' : `${part.slice(0, eq)}=:redacted`;
    })
    .join('&');
}

/**
 * The URL as it may be written to a log: secret path parameters become ':token' and query values
 * that look like a phone number, an ID number or an e-mail address become ':redacted'. `route` is
 * the pattern Fastify matched, when known (it saves trying every pattern).
 */
export function loggableUrl(url: string, route?: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const safePath = redactPath(path, route);
  return q < 0 ? safePath : `${safePath}?${redactQuery(url.slice(q + 1))}`;
}
