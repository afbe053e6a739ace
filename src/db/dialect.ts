import { Kysely, PostgresAdapter, type ColumnDefinitionBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Which engine a Kysely instance talks to, for the few statements that differ. */
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A new table whose first column is an auto-numbered id: `serial` on PostgreSQL, `autoincrement` on SQLite. */
export function createTableWithId(db: Kysely<any>, name: string) {
  const t = db.schema.createTable(name);
  return dialectOf(db) === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

// SQLite's write transactions are shared by several requests (group commit, src/booking/
// booking.repository.ts): they run on a connection inside BEGIN IMMEDIATE, which Kysely does not
// know to be a transaction. Code that must join the caller's transaction rather than open its own
// (the audit chain) asks here.
const IN_TRANSACTION = Symbol('clinicpress.inTransaction');

/** Marks a connection that is inside a transaction its caller opened by hand. */
export function markInTransaction<T extends Kysely<any>>(db: T): T {
  (db as unknown as Record<symbol, boolean>)[IN_TRANSACTION] = true;
  return db;
}

/** Whether statements on `db` already run inside a transaction (Kysely's, or one opened by hand). */
export function inTransaction(db: Kysely<any>): boolean {
  return db.isTransaction || (db as unknown as Record<symbol, boolean>)[IN_TRANSACTION] === true;
}
