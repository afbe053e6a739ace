import { sql, type Kysely } from 'kysely';
import type { Database, SiteProfileTable } from '../db/schema.js';

type Db = Kysely<Database>;

/** One round trip to the database: what /readyz asks. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Writes the one site profile row (id 1), creating it on first save. */
export async function saveSiteProfile(db: Db, row: Omit<SiteProfileTable, 'id' | 'updated_at' | 'show_feedback_comments'>, updatedAt: string): Promise<void> {
  await db
    .insertInto('site_profile')
    .values({ id: 1, ...row, updated_at: updatedAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: updatedAt }))
    .execute();
}
