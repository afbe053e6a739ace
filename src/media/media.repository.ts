import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, MediaTable } from '../db/schema.js';

export type Media = Selectable<MediaTable>;

/** Writes one media row in the caller's transaction and returns its id. */
export async function insertMedia(db: Kysely<Database>, row: Insertable<MediaTable>): Promise<number> {
  const { id } = await db.insertInto('media').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findMedia(db: Kysely<Database>, id: number): Promise<Media | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first; ties (same instant) by id so paging is stable. */
export async function listMedia(db: Kysely<Database>, limit: number, offset: number): Promise<Media[]> {
  return db.selectFrom('media').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countMedia(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function updateAlt(db: Kysely<Database>, id: number, alt: string): Promise<void> {
  await db.updateTable('media').set({ alt }).where('id', '=', id).execute();
}

/** The alt text of each given key that has a row; keys without a row are absent from the map. */
export async function altByKeys(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await db.selectFrom('media').select(['file_key', 'alt']).where('file_key', 'in', [...keys]).execute();
  return new Map(rows.map((r) => [r.file_key, r.alt]));
}
