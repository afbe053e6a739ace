import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { servePage } from '../http/render.js';
import { listDoctors } from '../doctors/index.js';
import { listCategories, sitemapArticles } from '../content/index.js';
import { HospitalPage } from './site.views.js';
import { sitemapQa } from '../questions/index.js';
import { ping } from './site.repository.js';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function siteRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/hospital', async (req, reply) =>
    servePage(req, reply, deps, async (ctx) => ({ vnode: <HospitalPage ctx={ctx} team={await listDoctors(deps.db)} /> })),
  );
}

/** Routes that exist once, outside the locale prefixes. */
export function rootRoutes(app: FastifyInstance, deps: Deps, state: { shuttingDown: boolean }): void {
  const base = deps.config.siteUrl;
  const xmlCache = new Map<string, { version: number; body: string }>();
  async function cachedXml(name: string, build: () => Promise<string>): Promise<string> {
    const version = await deps.site.contentVersion();
    const hit = xmlCache.get(name);
    if (hit?.version === version) return hit.body;
    const body = await build();
    xmlCache.set(name, { version, body });
    return body;
  }

  app.get('/robots.txt', async (_req, reply) =>
    reply.type('text/plain; charset=utf-8').send(`User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /en/search\n\nSitemap: ${base}/sitemap.xml\n`),
  );

  app.get('/sitemap.xml', async (_req, reply) => {
    const body = await cachedXml('sitemap', async () => {
      const [articles, doctors, categories, qa] = await Promise.all([sitemapArticles(deps.db), listDoctors(deps.db), listCategories(deps.db), sitemapQa(deps.db)]);
      const newest = articles[0]?.updated_at;
      const url = (path: string, lastmod?: string) =>
        `<url><loc>${escapeXml(base + path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
      const newestIn = (slug: string) => articles.find((a) => a.category_slug === slug)?.updated_at;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        url('/', newest),
        url('/hospital'),
        url('/doctors'),
        url('/hot', newest),
        ...categories.map((c) => url(`/categories/${c.slug}`, newestIn(c.slug))),
        ...doctors.map((d) => url(`/doctors/${d.slug}`)),
        ...articles.map((a) => url(`/articles/${a.slug}`, a.updated_at)),
        url('/qa', qa[0]?.updated_at),
        ...qa.map((q) => url(`/qa/${q.slug}`, q.updated_at)),
        '</urlset>',
        '',
      ].join('\n');
    });
    return reply.type('application/xml; charset=utf-8').send(body);
  });

  app.get('/feed.xml', async (_req, reply) => {
    const body = await cachedXml('feed', async () => {
      const { site } = await deps.site.shell();
      const articles = (await sitemapArticles(deps.db))
        .sort((a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? ''))
        .slice(0, 30)
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      const entry = (a: (typeof articles)[number]) =>
        [
          '<entry>',
          `<title>${escapeXml(a.title)}</title>`,
          `<link rel="alternate" type="text/html" href="${escapeXml(`${base}/articles/${a.slug}`)}"/>`,
          `<id>${escapeXml(`${base}/articles/${a.slug}`)}</id>`,
          a.published_at ? `<published>${a.published_at}</published>` : '',
          `<updated>${a.updated_at}</updated>`,
          `<author><name>${escapeXml(a.author_name)}</name></author>`,
          `<summary>${escapeXml(a.summary)}</summary>`,
          '</entry>',
        ].join('');
      return [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        `<title>${escapeXml(site.name)}</title>`,
        `<subtitle>${escapeXml(site.tagline)}</subtitle>`,
        `<link rel="alternate" type="text/html" href="${escapeXml(`${base}/`)}"/>`,
        `<link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/feed.xml`)}"/>`,
        `<id>${escapeXml(`${base}/`)}</id>`,
        `<updated>${articles[0]?.updated_at ?? new Date(0).toISOString()}</updated>`,
        ...articles.map(entry),
        '</feed>',
        '',
      ].join('\n');
    });
    return reply.type('application/atom+xml; charset=utf-8').send(body);
  });

  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    if (state.shuttingDown) return reply.code(503).send({ status: 'shutting-down' });
    try {
      await ping(deps.db);
      return reply.send({ status: 'ready' });
    } catch {
      return reply.code(503).send({ status: 'database-unavailable' });
    }
  });
}
