import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { PageContext } from '../web/context.js';
import type { PageSubject } from '../web/page-cache.js';
import { localePrefix, translator, type Locale } from '../web/i18n.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';

export function localeOf(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') || url.startsWith('/en?') ? 'en' : 'zh-CN';
}

/** The path without the locale prefix and without the query string. */
export function basePath(url: string): string {
  const path = url.split('?')[0]!;
  const stripped = localeOf(url) === 'en' ? path.slice(3) : path;
  return stripped || '/';
}

/** The page cache's key of a URL: the locale and the path; unknown query parameters do not count. */
export function pageKey(url: string, variant = ''): string {
  return `${localeOf(url)}:${basePath(url)}${variant}`;
}

export async function pageContext(req: FastifyRequest, deps: Deps, path = basePath(req.url)): Promise<PageContext> {
  const locale = localeOf(req.url);
  const { site, categories } = await deps.site.shell();
  return {
    locale,
    t: translator(locale),
    prefix: localePrefix(locale),
    path,
    site,
    categories,
    siteUrl: deps.config.siteUrl,
    timeZone: deps.config.clinicTimeZone,
    assets: deps.assets,
    footer: deps.footer,
  };
}

export function toHtml(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

export function sendHtml(reply: FastifyReply, body: string | Buffer, status = 200, cacheable = true): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', cacheable && status === 200 ? 'public, max-age=60' : 'no-store')
    .header('vary', 'accept-encoding')
    .send(body);
}

/**
 * Serves a public page from the page cache when it is current, otherwise renders it.
 * `build` returns null for "no such thing", which becomes the 404 page. Cached entries remember
 * which article they show, so views are counted on cache hits too. Handlers return the result
 * directly: a reply is thenable, so awaiting it and then testing it would see `undefined`.
 */
export async function servePage(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  /** Gets the content version the page is rendered for, for data kept per version. */
  build: (ctx: PageContext, version: number) => Promise<{ vnode: VNode; articleId?: number; subject?: PageSubject } | null>,
  variant = '',
): Promise<FastifyReply> {
  // The key ignores unknown query parameters, so they cannot fill the cache with copies.
  const key = pageKey(req.url, variant);
  const version = await deps.site.contentVersion();
  const nowMs = deps.now().getTime();
  const hit = deps.cache?.get(key, version, nowMs);
  if (hit) {
    if (hit.articleId !== undefined) deps.views.add(hit.articleId);
    if (hit.subject) deps.insights.count(hit.subject, req.headers);
    return sendHtml(reply.header('x-page-cache', 'hit'), hit.body, hit.status);
  }
  const render = async () => {
    const built = await build({ ...(await pageContext(req, deps)), version }, version);
    const subject = built?.subject ?? (built?.articleId !== undefined ? { kind: 'article' as const, id: built.articleId } : undefined);
    return built && { body: Buffer.from(toHtml(built.vnode)), status: 200, articleId: built.articleId, subject };
  };
  // Requests for the same page at the same version share one render (the key says they are equal).
  const page = deps.cache ? await deps.cache.fill(key, version, nowMs, render) : await render();
  if (!page) throw new AppError(404, 'not_found');
  if (page.articleId !== undefined) deps.views.add(page.articleId);
  if (page.subject) deps.insights.count(page.subject, req.headers);
  return sendHtml(reply.header('x-page-cache', deps.cache ? 'miss' : 'off'), page.body, page.status);
}
