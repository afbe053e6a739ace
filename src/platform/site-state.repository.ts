import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

// Two rows every feature reads: the clinic's profile (its name signs every SMS and e-mail) and the
// content version (every change a public page shows bumps it, so every instance's page cache lets
// go). They belong to no feature, so they live with the platform.
type Db = Kysely<Database> | Transaction<Database>;

export async function getSiteProfile(db: Db) {
  return db.selectFrom('site_profile').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function getContentVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('site_state').select('value').where('key', '=', 'content_version').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Every change that public pages show calls this in its transaction, so every instance's page cache lets go. */
export async function bumpContentVersion(db: Db): Promise<void> {
  await db
    .updateTable('site_state')
    .set((eb) => ({ value: eb.cast(eb(eb.cast<number>('value', 'integer'), '+', 1), 'text') }))
    .where('key', '=', 'content_version')
    .execute();
}
