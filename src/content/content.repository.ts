import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

// The card shape is the list component's (web/components.tsx); the repository fills it.
export type { ArticleCard } from '../web/components.js';
import type { ArticleCard } from '../web/components.js';

/**
 * Articles the public may see: published, at a revision that carries an approval of exactly
 * its content hash. The rule is in the query, so no page can show an unapproved revision.
 */
function published(db: Db) {
  return db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.published_revision_id')
    .innerJoin('category as c', 'c.id', 'a.category_id')
    // Live while it has a published revision, also while a newer version is in review.
    .where('a.status', '!=', 'archived')
    .where('a.published_at', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('review_approval as ap')
          .select('ap.id')
          .whereRef('ap.revision_id', '=', 'r.id')
          .whereRef('ap.content_hash', '=', 'r.content_hash'),
      ),
    );
}

/** Every article the public may see, with its published revision: what the search index is rebuilt from. */
export function publishedForIndex(db: Db) {
  return published(db).select(['a.id', 'a.slug', 'a.published_at', 'a.updated_at', 'r.title', 'r.summary', 'r.body_md', 'r.blocks_json']).execute();
}

function cards(db: Db) {
  return published(db).select([
    'a.id',
    'a.slug',
    'r.title',
    'r.summary',
    'a.updated_at',
    'c.slug as category_slug',
    'c.name as category_name',
    (eb) => eb.fn.coalesce('a.published_at', 'a.updated_at').as('published_at'),
  ]);
}

/**
 * A published article with what its page needs besides: the newest approval of its exact content
 * with the reviewer, and the author's profile address. One query, not three: on PostgreSQL each
 * round trip cost more than the query itself (issue 12).
 */
export async function findPublishedArticle(db: Db, slug: string) {
  const row = await published(db)
    .innerJoin('review_approval as ap', (j) => j.onRef('ap.revision_id', '=', 'r.id').onRef('ap.content_hash', '=', 'r.content_hash'))
    .innerJoin('doctor as d', 'd.id', 'ap.reviewer_doctor_id')
    .leftJoin('doctor as au', 'au.id', 'a.author_doctor_id')
    .where('a.slug', '=', slug)
    .orderBy('ap.approved_at', 'desc')
    .orderBy('ap.id', 'desc')
    .limit(1)
    .select([
      'a.id',
      'a.slug',
      'a.doc_type',
      'a.source',
      'a.published_at',
      'a.updated_at',
      'a.next_review_due',
      'a.author_doctor_id',
      'a.category_id',
      'r.id as revision_id',
      'r.title',
      'r.summary',
      'r.body_md',
      'r.blocks_json',
      'r.author_name',
      'r.content_hash',
      'c.slug as category_slug',
      'c.name as category_name',
      'au.slug as author_slug',
      'ap.approved_at',
      'd.active as reviewer_active',
      'd.slug as reviewer_slug',
      'd.name as reviewer_name',
      'd.title as reviewer_title',
      'd.licence_no as reviewer_licence_no',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { approved_at, reviewer_active, reviewer_slug, reviewer_name, reviewer_title, reviewer_licence_no, ...article } = row;
  return { article, approval: { approved_at, reviewer_active, reviewer_slug, reviewer_name, reviewer_title, reviewer_licence_no } };
}

export async function listArticleCards(
  db: Db,
  opts: { categoryId?: number; featured?: boolean; excludeId?: number; limit: number; offset?: number },
): Promise<ArticleCard[]> {
  let q = cards(db);
  if (opts.categoryId !== undefined) q = q.where('a.category_id', '=', opts.categoryId);
  if (opts.featured) q = q.where('a.featured', '=', 1);
  if (opts.excludeId !== undefined) q = q.where('a.id', '!=', opts.excludeId);
  return (await q
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
    .execute()) as ArticleCard[];
}

export async function countPublished(db: Db, categoryId?: number): Promise<number> {
  let q = published(db).select((eb) => eb.fn.countAll<number>().as('n'));
  if (categoryId !== undefined) q = q.where('a.category_id', '=', categoryId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function articleCardsByIds(db: Db, ids: number[]): Promise<ArticleCard[]> {
  if (!ids.length) return [];
  const rows = (await cards(db).where('a.id', 'in', ids).execute()) as ArticleCard[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function articlesByAuthor(db: Db, doctorId: number, limit = 20): Promise<ArticleCard[]> {
  return (await cards(db)
    .where('a.author_doctor_id', '=', doctorId)
    .orderBy('a.published_at', 'desc')
    .limit(limit)
    .execute()) as ArticleCard[];
}

export async function articlesReviewedBy(db: Db, doctorId: number, limit = 20): Promise<ArticleCard[]> {
  return (await cards(db)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('review_approval as ap2')
          .select('ap2.id')
          .whereRef('ap2.revision_id', '=', 'r.id')
          .whereRef('ap2.content_hash', '=', 'r.content_hash')
          .where('ap2.reviewer_doctor_id', '=', doctorId),
      ),
    )
    .orderBy('a.published_at', 'desc')
    .limit(limit)
    .execute()) as ArticleCard[];
}

/** Ids of the most-read published articles since a day ('YYYY-MM-DD'), most read first. */
export async function mostReadIds(db: Db, sinceDay: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('article_view_daily as v')
    .where('v.day', '>=', sinceDay)
    .groupBy('v.article_id')
    .select(['v.article_id', (eb) => eb.fn.sum<number>('v.views').as('total')])
    .orderBy('total', 'desc')
    .orderBy('v.article_id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.article_id);
}

export async function pinnedIds(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('hot_topic_pin').select('article_id').orderBy('position').execute();
  return rows.map((r) => r.article_id);
}

/** Adds counted views; one statement per article and day, whatever the number of readers. */
export async function addViews(db: Db, day: string, counts: Map<number, number>): Promise<void> {
  if (!counts.size) return;
  await db
    .insertInto('article_view_daily')
    .values([...counts].map(([article_id, views]) => ({ article_id, day, views })))
    .onConflict((oc) =>
      oc.columns(['article_id', 'day']).doUpdateSet((eb) => ({ views: eb('article_view_daily.views', '+', eb.ref('excluded.views')) })),
    )
    .execute();
}

export async function existingArticleIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('article').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function sitemapArticles(db: Db) {
  return published(db)
    .select(['a.slug', 'a.updated_at', 'r.title', 'r.summary', 'a.published_at', 'r.author_name', 'c.slug as category_slug'])
    .orderBy('a.updated_at', 'desc')
    // Ties in order of id: otherwise the order follows the rows' physical order, which a restore changes.
    .orderBy('a.id', 'desc')
    .execute();
}

export async function listCategories(db: Db) {
  return db.selectFrom('category').selectAll().orderBy('position').orderBy('id').execute();
}

export async function findCategory(db: Db, slug: string) {
  return db.selectFrom('category').selectAll().where('slug', '=', slug).executeTakeFirst();
}


/** Filters of the public article index (/articles); both optional, combined with AND. */
export interface ArticleIndexFilter {
  categoryId?: number;
  /** Articles the doctor wrote or whose published revision the doctor approved. */
  doctorId?: number;
}

function indexed(db: Db, f: ArticleIndexFilter) {
  // Built on published(): the index can only ever list what the article page itself would show.
  let q = cards(db);
  if (f.categoryId !== undefined) q = q.where('a.category_id', '=', f.categoryId);
  if (f.doctorId !== undefined) {
    const doctorId = f.doctorId;
    q = q.where((eb) =>
      eb.or([
        eb('a.author_doctor_id', '=', doctorId),
        eb.exists(
          eb
            .selectFrom('review_approval as ap3')
            .select('ap3.id')
            .whereRef('ap3.revision_id', '=', 'r.id')
            .whereRef('ap3.content_hash', '=', 'r.content_hash')
            .where('ap3.reviewer_doctor_id', '=', doctorId),
        ),
      ]),
    );
  }
  return q;
}

/** One page of the article index, newest first (ties by id, so pages never overlap). */
export async function listArticleIndex(db: Db, f: ArticleIndexFilter, limit: number, offset: number): Promise<ArticleCard[]> {
  return (await indexed(db, f).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute()) as ArticleCard[];
}

export async function countArticleIndex(db: Db, f: ArticleIndexFilter): Promise<number> {
  const rows = await db
    .selectFrom(indexed(db, f).as('x'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(rows.n);
}

/** Published articles per category id; categories without any are absent. */
export async function publishedCountsByCategory(db: Db): Promise<Map<number, number>> {
  const rows = await published(db)
    .groupBy('a.category_id')
    .select(['a.category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
}

/** Categories as form choices (id and name), in the site's order. */
export function categoryOptions(db: Db): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('category').select(['id', 'name']).orderBy('position').orderBy('id').execute();
}

/** A category's name; undefined when there is no such category. */
export async function categoryName(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('category').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

type CategoryFields = { slug: string; name: string; name_en: string; description: string; position: number };

export async function categoryIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('category').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export function categoryById(db: Db, id: number) {
  return db.selectFrom('category').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCategory(db: Db, c: CategoryFields): Promise<number> {
  return (await db.insertInto('category').values(c).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCategory(db: Db, id: number, c: CategoryFields): Promise<void> {
  await db.updateTable('category').set(c).where('id', '=', id).execute();
}

/** Pins an article at the end of the hot-topic list. */
export async function pinHotTopic(db: Db, articleId: number, position: number, at: string): Promise<void> {
  await db.insertInto('hot_topic_pin').values({ article_id: articleId, position, pinned_at: at }).execute();
}

export async function unpinHotTopic(db: Db, articleId: number): Promise<void> {
  await db.deleteFrom('hot_topic_pin').where('article_id', '=', articleId).execute();
}

/** Numbers the pinned articles 0, 1, 2… in the order given. */
export async function reorderHotTopics(db: Db, articleIds: number[]): Promise<void> {
  for (const [i, id] of articleIds.entries()) await db.updateTable('hot_topic_pin').set({ position: i }).where('article_id', '=', id).execute();
}
