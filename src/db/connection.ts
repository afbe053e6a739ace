import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SQLite, type SqliteConnection, type SqliteStatement } from './sqlite-driver.js';
import { Kysely, PostgresDialect, SqliteDialect, sql, type PostgresPool, type PostgresPoolClient, type SqliteDatabase, type Transaction } from 'kysely';
import { dialectOf } from './dialect.js';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

type QueryEvent = { level: string; queryDurationMillis: number };
let queryObserver: ((event: QueryEvent) => void) | undefined;

/** Who is told each query's duration (the metrics registry sets itself): the database layer names no observer. */
export function observeQueries(observer: (event: QueryEvent) => void): void {
  queryObserver = observer;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for messages (the PostgreSQL URL without its password). */
  location: string;
  /** PostgreSQL only: the pool, for its gauges in /metrics. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {}

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'clinicpress.db');
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Opens the database and proves it answers, or throws a DatabaseOpenError that names it and says why. */
export async function openDatabase(opts: { dataDir: string; databaseUrl?: string | undefined; poolSize?: number }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openSqlite(opts.dataDir);
}

/** How long a SQLite statement waits for another connection's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

function openSqlite(dataDir: string): Db {
  const file = sqliteFile(dataDir);
  let conn: SqliteConnection;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    conn = new SQLite(file);
    conn.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before we answer, so a confirmed write survives power loss too.
    conn.pragma('synchronous = FULL');
    conn.pragma('foreign_keys = ON');
    conn.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Deleted and overwritten content is zeroed, not just marked free: an erased patient's
    // ciphertexts and keyed hashes must not stay readable in the file (issue 11, docs/decisions/0013).
    conn.pragma('secure_delete = ON');
    conn.prepare('select 1').get();
  } catch (err) {
    throw new DatabaseOpenError(`Cannot open the SQLite database ${file}: ${reason(err)}`, { cause: err });
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(conn) }), log: (event) => queryObserver?.(event) });
  return {
    kysely,
    dialect: 'sqlite',
    location: file,
    close: () => kysely.destroy(),
  };
}

/**
 * Kysely asks better-sqlite3 to prepare every query anew (parse + plan: ~10 % of an uncached
 * page's CPU). Reusing prepared statements by SQL text, least recently used out first, saves it.
 * Safe because Kysely runs one statement at a time on the single connection and the app does not
 * stream (a statement being iterated cannot be reused).
 */
function withStatementCache(conn: SqliteConnection, max = 300): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => conn.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (stmt) cache.delete(sqlText);
      else {
        stmt = conn.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sqlText, stmt);
      return stmt;
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }), log: (event) => queryObserver?.(event) });
  try {
    await sql`select 1`.execute(kysely);
  } catch (err) {
    await kysely.destroy().catch(() => {});
    throw new DatabaseOpenError(`Cannot open the PostgreSQL database ${location}: ${reason(err)}`, { cause: err });
  }
  return { kysely, dialect: 'postgres', location, pool, close: () => kysely.destroy() };
}

/**
 * PostgreSQL parses and plans every unnamed statement anew; an uncached article page runs a few
 * small queries, so that work was a large part of its cost (issue 12). A statement the process has
 * run a few times becomes a named prepared statement, parsed once per connection. The name is a
 * hash of the text, so one name never meets two texts. Bounded: texts that carry literals (search
 * coefficients, IN lists of varying length) rarely repeat and so are never named, and each
 * connection names at most MAX_NAMED. Queries over search_term stay unnamed: a term in every
 * article and a term in two want different plans, and a prepared statement may settle on one
 * generic plan for both.
 */
const NAME_AFTER = 3;
const MAX_NAMED = 500;
const MAX_SEEN = 5000;

function withNamedStatements(pool: pg.Pool): PostgresPool {
  const seen = new Map<string, number | string>();
  const named = new WeakMap<pg.PoolClient, Set<string>>();
  const stale = new Set<string>();
  const nameFor = (client: pg.PoolClient, text: string): string | undefined => {
    if (text.includes('search_term')) return undefined;
    // A text seen NAME_AFTER times keeps its name, so the hash is computed once, not per query.
    const known = seen.get(text) ?? 0;
    let name: string;
    if (typeof known === 'string') name = known;
    else if (known < NAME_AFTER) {
      if (seen.size >= MAX_SEEN && !seen.has(text)) seen.clear();
      seen.set(text, known + 1);
      return undefined;
    } else {
      name = `cp_${createHash('sha1').update(text).digest('base64url')}`;
      seen.set(text, name);
    }
    const mine = named.get(client) ?? new Set<string>();
    named.set(client, mine);
    if (stale.has(name)) return undefined;
    if (!mine.has(name)) {
      if (mine.size >= MAX_NAMED) return undefined;
      mine.add(name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      return {
        // Kysely calls query(text, parameters) for statements and query(cursor) for streams.
        query: ((textOrCursor: unknown, parameters?: readonly unknown[]) => {
          if (typeof textOrCursor !== 'string') return client.query(textOrCursor as never);
          const text = textOrCursor;
          const name = nameFor(client, text);
          const values = parameters as unknown[] | undefined;
          if (!name) return client.query(text, values);
          return client.query({ name, text, values }).catch(async (err: unknown) => {
            // A table changed under a prepared statement (a migration while running): PostgreSQL
            // refuses the old plan; forget it on this connection and run the text as it is now.
            // (pg remembers the name as parsed on this connection, so the text is never named again.)
            if ((err as { code?: string }).code !== '0A000') throw err;
            stale.add(name);
            return client.query(text, values);
          });
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}

function reason(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return reason(err.errors[0]);
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message || String(code);
  }
  return String(err);
}

/**
 * The tables a PostgreSQL transaction has written so far (inserted, updated or deleted rows), read
 * before it commits; an empty list on SQLite, where the whole file is handled at once.
 */
export async function tablesWrittenIn(trx: Transaction<Database>): Promise<string[]> {
  if (dialectOf(trx) !== 'postgres') return [];
  const r = await sql<{ relname: string }>`
    select relname from pg_stat_xact_user_tables
    where schemaname = current_schema() and n_tup_ins + n_tup_upd + n_tup_del > 0
    order by relname`.execute(trx);
  return r.rows.map((x) => x.relname);
}

/** The erasing transaction's id (PostgreSQL, with its epoch), for forgetErasedData: read inside that transaction. */
export async function transactionMark(trx: Transaction<Database>): Promise<string | undefined> {
  return dialectOf(trx) === 'postgres' ? currentTxid(trx) : undefined;
}

/** txid_current(): the running transaction's id, or in autocommit a new one later than every committed. */
async function currentTxid(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ xid: string }>`select txid_current()::text as xid`.execute(db);
  return r.rows[0]!.xid;
}

/** How long an erasure waits for older snapshots to end before it reports the storage as pending. */
const SNAPSHOT_WAIT_MS = 15_000;

/**
 * VACUUM FULL keeps every row version that a snapshot may still see: the erased rows would stay in
 * the files. Waits until nothing can: no transaction begun before the erasing one still runs,
 * anywhere in the cluster (a new snapshot here, VACUUM FULL's own included, takes its xmin from the
 * oldest running transaction of any database — the clean-clone CI of 4fa3dd4 failed on that), and
 * no other session of this database keeps a snapshot as old (a READ COMMITTED transaction between
 * two statements has an id but no snapshot; a reader has a snapshot but no id). Throws after
 * SNAPSHOT_WAIT_MS.
 */
async function untilNoSnapshotOlderThan(db: Kysely<Database>, txid: string, waitMs: number): Promise<void> {
  const xid = (BigInt(txid) % 4294967296n).toString();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const r = await sql<{ n: string | number; oldest: string }>`
      select txid_snapshot_xmin(txid_current_snapshot())::text as oldest,
        (select count(*) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and (age(backend_xmin) >= age(${xid}::xid) or age(backend_xid) >= age(${xid}::xid))) as n`.execute(db);
    const row = r.rows[0]!;
    if (Number(row.n) === 0 && BigInt(row.oldest) > BigInt(txid)) return;
    if (Date.now() > deadline) throw new Error('older snapshots still open');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * After data was erased, makes the storage itself forget it. SQLite (secure_delete already zeroes
 * freed space in the pages): the WAL still holds the pages as they were, so they are checkpointed
 * into the file and the WAL truncated to nothing — after waiting for readers of an older snapshot,
 * at most 5 s since the wait holds the thread. PostgreSQL: dead row versions stay in the table
 * files until VACUUM; a plain VACUUM only marks their space free (the bytes stay until reused), so
 * the tables written are rewritten with VACUUM FULL — outside any transaction, a brief exclusive
 * lock per table, small tables in a clinic — once no snapshot can still see the erased rows.
 * Throws when that did not happen within `waitMs` (the caller reports the storage as pending; a
 * later call finishes it). Returns what it did, for the audit.
 */
export async function forgetErasedData(db: Kysely<Database>, tables: readonly string[], erasedBy?: string, waitMs = SNAPSHOT_WAIT_MS): Promise<string> {
  if (dialectOf(db) === 'postgres') {
    if (erasedBy) await untilNoSnapshotOlderThan(db, erasedBy, waitMs);
    const names = tables.filter((t) => /^[a-z_][a-z0-9_]*$/.test(t));
    for (const t of names) await sql`vacuum full ${sql.table(t)}`.execute(db);
    if (!names.length) return 'vacuum full: nothing';
    // ANALYZE keeps sampled column values (common values, histogram bounds) in pg_statistic, a
    // ciphertext or keyed hash of the erased person among them (the clean-clone CI of 6c4a3af
    // found one in pg_statistic's TOAST table). Fresh statistics replace them; the replaced row
    // versions leave the catalog's files like any other once no older snapshot can see them. A
    // table left empty keeps its old statistics (ANALYZE writes none for no rows): noted in
    // docs/OPERATIONS.md. Vacuuming the catalog needs the database's owner; otherwise PostgreSQL
    // skips it with a warning and the statistics stay until the next successful run.
    await sql`analyze ${sql.join(names.map((t) => sql.table(t)))}`.execute(db);
    await untilNoSnapshotOlderThan(db, await currentTxid(db), waitMs);
    await sql`vacuum full pg_catalog.pg_statistic`.execute(db);
    return `vacuum full and analyze: ${names.join(', ')}; vacuum full: pg_statistic`;
  }
  const busyMs = Math.max(0, Math.min(Math.trunc(waitMs), BUSY_TIMEOUT_MS));
  await sql.raw(`pragma busy_timeout = ${busyMs}`).execute(db);
  let busy: number | undefined;
  try {
    const r = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    busy = r.rows[0]?.busy;
  } finally {
    await sql.raw(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`).execute(db);
  }
  if (busy) throw new Error('wal checkpoint busy: a reader of an older snapshot is still open');
  return 'wal checkpoint (truncate)';
}
