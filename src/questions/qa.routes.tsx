import type { FastifyInstance } from 'fastify';
import { findCategory } from '../content/index.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { parsePage, parseSlug } from '../http/params.js';
import { servePage } from '../http/render.js';
import { countPublishedQa, findPublishedQa, listPublishedQa, QA_SLUG } from './qa.repository.js';
import { QaListPage, QaPage } from './qa.views.js';

export const QA_PAGE_SIZE = 10;

/** The public, de-identified Q&A: /qa (newest first, by category, paged) and /qa/q-<id>; mounted at '' and '/en'. */
export function qaRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;

  app.get<{ Querystring: { page?: string; category?: string } }>('/qa', async (req, reply) => {
    const page = parsePage(req.query.page);
    const rawCat = req.query.category;
    const catSlug = rawCat === undefined || rawCat === '' ? undefined : parseSlug(rawCat);
    // Only the known parameters count towards the cache key, so stray ones cannot fill the cache.
    return servePage(
      req,
      reply,
      deps,
      async (ctx) => {
        const category = catSlug ? await findCategory(db, catSlug) : undefined;
        if (catSlug && !category) return null;
        const total = await countPublishedQa(db, category?.id);
        const pages = Math.max(1, Math.ceil(total / QA_PAGE_SIZE));
        if (page > pages) return null;
        const items = await listPublishedQa(db, { categoryId: category?.id, limit: QA_PAGE_SIZE, offset: (page - 1) * QA_PAGE_SIZE });
        return { vnode: <QaListPage ctx={ctx} items={items} category={category} page={page} pages={pages} /> };
      },
      `?category=${catSlug ?? ''}&page=${page}`,
    );
  });

  app.get<{ Params: { slug: string } }>('/qa/:slug', async (req, reply) => {
    const slug = parseSlug(req.params.slug);
    if (!QA_SLUG.test(slug)) throw notFound('qa');
    return servePage(req, reply, deps, async (ctx) => {
      const p = await findPublishedQa(db, slug);
      if (!p) return null;
      const related = p.category_id === null ? [] : (await listPublishedQa(db, { categoryId: p.category_id, limit: 6 })).filter((r) => r.slug !== p.slug).slice(0, 5);
      return {
        subject: { kind: 'qa' as const, id: p.id },
        vnode: (
          <QaPage
            ctx={ctx}
            m={{
              ...p,
              published_at: p.published_at ?? p.updated_at,
              doctor: p.doctor_slug && p.doctor_name ? { slug: p.doctor_slug, name: p.doctor_name, title: p.doctor_title ?? '', active: p.doctor_active === 1 } : null,
              related,
            }}
          />
        ),
      };
    });
  });
}
