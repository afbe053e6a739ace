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
