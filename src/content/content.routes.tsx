import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { parsePage, parseSlug } from '../http/params.js';
import { servePage } from '../http/render.js';
import { doctorsForCategory, findDoctor, listDoctors } from '../doctors/index.js';
import { localDate } from '../web/i18n.js';
import { countPublished, findCategory, findPublishedArticle, listArticleCards, type ArticleCard } from './content.repository.js';
import { countArticleIndex, listArticleIndex, listCategories, publishedCountsByCategory } from './content.repository.js';
import { ArticleIndexPage, CategoryIndexPage, indexQuery } from './index.views.js';
import { PerVersion } from './per-version.js';
import { parseBlocks } from './content.service.js';
import { renderBody } from '../web/markdown.js';
import { ArticlePage, CategoryPage, HomePage, HotPage } from './content.views.js';
import { articleAsideSections } from './sections.js';

export const CATEGORY_PAGE_SIZE = 10;
export const INDEX_PAGE_SIZE = 10;

/** An optional slug filter: absent or empty means no filter; anything else must be a slug (else 400). */
function optionalSlug(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  return parseSlug(value);
}

export function contentRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;

  app.get('/', async (req, reply) =>
    servePage(req, reply, deps, async (ctx) => {
      const [featured, latest, hot, team] = await Promise.all([
        listArticleCards(db, { featured: true, limit: 4 }),
        listArticleCards(db, { limit: 6 }),
        deps.site.hotList(8),
        listDoctors(db),
      ]);
      return { vnode: <HomePage ctx={ctx} featured={featured} latest={latest} hot={hot} team={team.slice(0, 6)} /> };
    }),
  );

  // What every article of a category shows alike, loaded once per category and content version.
  const sameForCategory = {
    related: new PerVersion<ArticleCard[]>(),
    team: new PerVersion<Awaited<ReturnType<typeof doctorsForCategory>>>(),
    asides: new Map<string, PerVersion<unknown>>(),
  };
  app.get<{ Params: { slug: string } }>('/articles/:slug', async (req, reply) => {
    const slug = parseSlug(req.params.slug);
    return servePage(req, reply, deps, async (ctx, version) => {
      const found = await findPublishedArticle(db, slug);
      if (!found) return null;
      const { article: a, approval } = found;
      const cat = String(a.category_id);
      const sections = articleAsideSections();
      const aside = (name: string) => {
        let c = sameForCategory.asides.get(name);
        if (!c) sameForCategory.asides.set(name, (c = new PerVersion<unknown>()));
        return c;
      };
      const [newest, team, hot, asideData] = await Promise.all([
        // One more than shown, so that leaving this article out still leaves five.
        sameForCategory.related.get(version, cat, () => listArticleCards(db, { categoryId: a.category_id, limit: 6 })),
        sameForCategory.team.get(version, cat, () => doctorsForCategory(db, a.category_id, 4)),
        deps.site.hotList(9),
        Promise.all(sections.map((x) => aside(x.name).get(version, cat, () => x.loadForCategory(db, a.category_id)))),
      ]);
      const related = newest.filter((r) => r.id !== a.id).slice(0, 5);
      const { parts, outline } = renderBody(a.body_md);
      const today = localDate(deps.now(), deps.config.clinicTimeZone);
      return {
        articleId: a.id,
        vnode: (
          <ArticlePage
            ctx={ctx}
            m={{
              article: a,
              approval,
              overdue: !!a.next_review_due && a.next_review_due < today,
              parts,
              outline,
              blocks: parseBlocks(a.blocks_json),
              related,
              asides: sections.map((x, i) => x.render(ctx, asideData[i])),
              team,
              hot: hot.filter((h) => h.id !== a.id),
            }}
          />
        ),
      };
    });
  });

  app.get<{ Params: { slug: string }; Querystring: { page?: string } }>('/categories/:slug', async (req, reply) => {
    const slug = parseSlug(req.params.slug);
    const page = parsePage(req.query.page);
    return servePage(
      req,
      reply,
      deps,
      async (ctx) => {
        const category = await findCategory(db, slug);
        if (!category) return null;
        const total = await countPublished(db, category.id);
        const pages = Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE));
        if (page > pages) return null;
        const items = await listArticleCards(db, { categoryId: category.id, limit: CATEGORY_PAGE_SIZE, offset: (page - 1) * CATEGORY_PAGE_SIZE });
        return { vnode: <CategoryPage ctx={ctx} category={category} items={items} page={page} pages={pages} /> };
      },
      `?page=${page}`,
    );
  });

  // The article index (issue 17 item 7). Filters are checked before the cache is asked, and the
  // cache key holds only the parsed values, so junk parameters cannot fill the cache with copies.
  app.get<{ Querystring: { page?: string; category?: string; doctor?: string } }>('/articles', async (req, reply) => {
    const page = parsePage(req.query.page);
    const categorySlug = optionalSlug(req.query.category);
    const doctorSlug = optionalSlug(req.query.doctor);
    return servePage(
      req,
      reply,
      deps,
      async (ctx) => {
        const [category, doctor] = await Promise.all([
          categorySlug ? findCategory(db, categorySlug) : undefined,
          doctorSlug ? findDoctor(db, doctorSlug) : undefined,
        ]);
        // An unknown category or doctor is a page that does not exist, like /categories/<unknown>.
        if ((categorySlug && !category) || (doctorSlug && !doctor)) return null;
        const filter = { categoryId: category?.id, doctorId: doctor?.id };
        const total = await countArticleIndex(db, filter);
        const pages = Math.max(1, Math.ceil(total / INDEX_PAGE_SIZE));
        if (page > pages) return null;
        const [items, doctors] = await Promise.all([listArticleIndex(db, filter, INDEX_PAGE_SIZE, (page - 1) * INDEX_PAGE_SIZE), listDoctors(db)]);
        return {
          vnode: (
            <ArticleIndexPage
              ctx={ctx}
              m={{
                items,
                page,
                pages,
                total,
                category: category && { slug: category.slug, name: category.name },
                doctor: doctor && { slug: doctor.slug, name: doctor.name },
                categories: ctx.categories,
                doctors: doctors.map((d) => ({ slug: d.slug, name: d.name })),
              }}
            />
          ),
        };
      },
      indexQuery({ category: categorySlug, doctor: doctorSlug, page }),
    );
  });

  app.get('/categories', async (req, reply) =>
    servePage(req, reply, deps, async (ctx) => {
      const [categories, counts] = await Promise.all([listCategories(db), publishedCountsByCategory(db)]);
      return { vnode: <CategoryIndexPage ctx={ctx} categories={categories.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 }))} /> };
    }),
  );

  app.get('/hot', async (req, reply) =>
    servePage(req, reply, deps, async (ctx) => {
      const { pinned, popular } = await deps.site.hotTopics();
      return { vnode: <HotPage ctx={ctx} pinned={pinned} popular={popular} /> };
    }),
  );
}
