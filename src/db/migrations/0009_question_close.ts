import type { Kysely } from 'kysely';

// Questions closed without an answer (a duplicate, one that needs a visit, spam): when and why.
// The status 'closed' existed from 0006 but nothing reached it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('question').addColumn('closed_at', 'text').execute();
  await db.schema.alterTable('question').addColumn('close_reason', 'text').execute();
}

