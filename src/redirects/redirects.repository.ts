import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function findByOldPath(db: Db, oldPath: string) {
  return db
    .selectFrom('redirect as r')
    .leftJoin('article as a', 'a.id', 'r.article_id')
    .select(['r.id', 'r.old_path', 'r.article_id', 'r.target_path', 'r.origin', 'a.slug', 'a.status', 'a.published_revision_id'])
    .where('r.old_path', '=', oldPath)
    .executeTakeFirst();
}

export async function findByTarget(db: Db, targetPath: string) {
  return db.selectFrom('redirect').select(['id', 'old_path']).where('target_path', '=', targetPath).executeTakeFirst();
}

export async function listRedirects(db: Db) {
  return db
    .selectFrom('redirect as r')
    .leftJoin('article as a', 'a.id', 'r.article_id')
    .select(['r.id', 'r.old_path', 'r.article_id', 'r.target_path', 'r.origin', 'r.updated_at', 'a.slug', 'a.status'])
    .orderBy('r.old_path')
    .execute();
}

export async function insertRedirect(db: Db, r: { oldPath: string; articleId: number | null; targetPath: string | null; origin: 'import' | 'staff' }, now: Date): Promise<number> {
  const { id } = await db
    .insertInto('redirect')
    .values({ old_path: r.oldPath, article_id: r.articleId, target_path: r.targetPath, origin: r.origin, created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRedirect(db: Db, id: number, r: { articleId: number | null; targetPath: string | null; origin: 'import' | 'staff' }, now: Date): Promise<void> {
  await db.updateTable('redirect').set({ article_id: r.articleId, target_path: r.targetPath, origin: r.origin, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function deleteRedirect(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('redirect').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function articleIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('article').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}
