import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RedactionSource, RedactionTable } from './questions.tables.js';

// Queries of the redaction table (the kept originals of redacted texts). The caller owns the transaction.

type Db = Kysely<Database>;

export async function insertRedaction(db: Db, row: Insertable<RedactionTable>): Promise<void> {
  await db.insertInto('redaction').values(row).execute();
}

export async function redactionsOf(db: Db, source: RedactionSource, sourceId: number) {
  return db.selectFrom('redaction').selectAll().where('source', '=', source).where('source_id', '=', sourceId).orderBy('id').execute();
}

/** Originals whose retention period is over: deleted. Returns how many went. */
export async function purgeDueRedactions(db: Db, now: Date): Promise<number> {
  const r = await db.deleteFrom('redaction').where('purge_after', '<=', now.toISOString()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The originals of erased comments or questions go with them. */
export async function dropRedactions(db: Db, source: RedactionSource, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const r = await db.deleteFrom('redaction').where('source', '=', source).where('source_id', 'in', ids).executeTakeFirst();
  return Number(r.numDeletedRows);
}
