import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The key that signs cookies. Kept in the database so every instance signs alike; made on
 * first use. Rotating it signs every staff member out, which is what a rotation should do.
 */
export async function cookieSecret(db: Kysely<Database>): Promise<string> {
  const existing = await db.selectFrom('site_state').select('value').where('key', '=', 'cookie_secret').executeTakeFirst();
  if (existing) return existing.value;
  await db
    .insertInto('site_state')
    .values({ key: 'cookie_secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('site_state').select('value').where('key', '=', 'cookie_secret').executeTakeFirstOrThrow();
  return row.value;
}
