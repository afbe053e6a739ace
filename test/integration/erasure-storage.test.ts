import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import { forgetErasedData, sqliteFile, tablesWrittenIn, transactionMark } from '../../src/db/connection.js';
import { demoAppPerDialect, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { rawHits } from '../helpers/footprint.js';

// After an erasure the storage must forget the erased rows too (src/db/connection.ts). On
// PostgreSQL, VACUUM FULL keeps the row versions that an older snapshot may still see — another
// request's transaction, a job, a backup: the erasure waits for such snapshots to end first.
// SQLite: a reader still on an older snapshot keeps the WAL frames holding the row; the
// checkpoint waits for it (busy_timeout) before it truncates the WAL.

const appFor = demoAppPerDialect();

/** Deletes synonyms in a transaction, as an erasure deletes a person's rows: the tables it wrote and its id. */
async function deleteSynonyms(app: TestApp, term: string, op: '=' | 'like' = '='): Promise<{ tables: string[]; mark: string | undefined }> {
  let tables: string[] = [];
  let mark: string | undefined;
  await app.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_synonym').where('term', op, term).execute();
    tables = await tablesWrittenIn(trx);
    mark = await transactionMark(trx);
  });
  return { tables, mark };
}

/** Deletes the row, then makes the storage forget it, as an erasure does. */
async function eraseRow(app: TestApp, needle: string): Promise<void> {
  const { tables, mark } = await deleteSynonyms(app, needle);
  await forgetErasedData(app.deps.db, tables, mark);
}

for (const dialect of dialects) {
  describe(`erased rows leave the storage on ${dialect.name}`, () => {
    const app = () => appFor(dialect.name);
    const insert = (needle: string) => app().deps.db.insertInto('search_synonym').values({ term: needle, target: '白癜风', updated_at: new Date().toISOString() }).execute();

    test('a deleted row is gone from the files once forgotten', async () => {
      const needle = `erase-${dialect.name}-plain-7f3a`;
      await insert(needle);
      assert.ok((await rawHits(app(), [needle])).length > 0, 'the row is in the files first');
      await eraseRow(app(), needle);
      assert.deepEqual(await rawHits(app(), [needle]), []);
    });

    test('a transaction that began before the erasure and is still open is waited for, then the row is gone', async () => {
      const needle = `erase-${dialect.name}-waited-7f3a`;
      await insert(needle);
      const other = await holdOlderTransaction(app(), 600);
      await eraseRow(app(), needle);
      const erasedAt = Date.now();
      const endedAt = await other.endedAt;
      assert.ok(erasedAt >= endedAt, `the erasure ended after the older transaction (${erasedAt - endedAt} ms)`);
      assert.deepEqual(await rawHits(app(), [needle]), []);
    });

    test('when the older transaction outlasts the wait, the erasure says so, and a later call finishes it', async () => {
      const needle = `erase-${dialect.name}-later-7f3a`;
      await insert(needle);
      const other = await holdOlderTransaction(app(), 1500);
      const db = app().deps.db;
      const { tables, mark } = await deleteSynonyms(app(), needle);
      await assert.rejects(forgetErasedData(db, tables, mark, 200), /older snapshot|wal checkpoint busy/);
      await other.endedAt;
      await forgetErasedData(db, tables, mark, 5000);
      assert.deepEqual(await rawHits(app(), [needle]), []);
    });

    // ANALYZE samples column values into pg_statistic. On SQLite the app never runs ANALYZE, so no
    // sample table (sqlite_stat4) holds index keys.
    if (dialect.name === 'postgres') {
      test('values ANALYZE sampled into the statistics leave the files too', async () => {
        const needle = `erase-${dialect.name}-stats-7f3a`;
        const db = app().deps.db;
        const rows = Array.from({ length: 300 }, (_, i) => ({ term: `${needle}-${i}-${randomBytes(96).toString('base64url')}`, target: '白癜风', updated_at: new Date().toISOString() }));
        await db.insertInto('search_synonym').values(rows).execute();
        await sql`analyze search_synonym`.execute(db);
        // Random values do not compress, so the histogram is stored as it is, out of line.
        assert.ok((await rawHits(app(), [needle])).some((h) => h.startsWith('pg_toast_2619')), 'the histogram of the column is in the TOAST table of pg_statistic');
        const { tables, mark } = await deleteSynonyms(app(), `${needle}-%`, 'like');
        await forgetErasedData(db, tables, mark);
        assert.deepEqual(await rawHits(app(), [needle]), []);
      });

      // A PostgreSQL cluster serves other databases too (SQLite has nothing like it). A write
      // transaction there that began before the erasure is still running: every new snapshot in
      // this database, VACUUM FULL's own included, has an xmin no newer than its id, so the
      // erased row would be kept as still visible to someone (the clean-clone CI of 4fa3dd4).
      test('a write transaction in another database of the cluster, begun before the erasure, is waited for', async () => {
        const needle = `erase-${dialect.name}-cluster-7f3a`;
        await insert(needle);
        const other = await holdTransactionInAnotherDatabase(600);
        await eraseRow(app(), needle);
        const erasedAt = Date.now();
        const endedAt = await other.endedAt;
        assert.ok(erasedAt >= endedAt, `the erasure ended after the other database's transaction (${erasedAt - endedAt} ms)`);
        assert.deepEqual(await rawHits(app(), [needle]), []);
      });
    }
  });
}

/**
 * Another session, not the app's pool, opens a transaction before the erasure and ends it after
 * `ms`. On PostgreSQL it writes (so it holds a transaction id) and then sits idle between
 * statements, where READ COMMITTED leaves it no snapshot: only its id holds VACUUM back. On SQLite
 * it reads, pinning the WAL snapshot that still holds the row; it lives in a worker thread since
 * the app's checkpoint blocks this one while it waits.
 */
async function holdOlderTransaction(app: TestApp, ms: number): Promise<{ endedAt: Promise<number> }> {
  const url = app.t.databaseUrl;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('begin');
    await client.query(`insert into search_synonym (term, target, updated_at) values ('other-session-7f3a', '白斑', now()::text)`);
    const endedAt = sleep(ms).then(async () => {
      await client.query('rollback');
      const at = Date.now();
      await client.end();
      return at;
    });
    return { endedAt };
  }
  const worker = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    // The driver src/db/sqlite-driver.ts picks for this Node (an eval'd worker cannot import it).
    const Database = require(Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3');
    const conn = new Database(workerData.file);
    conn.exec('begin');
    conn.prepare('select count(*) from search_synonym').get();
    parentPort.postMessage({ holding: true });
    setTimeout(() => {
      conn.exec('commit');
      const at = Date.now();
      conn.close();
      parentPort.postMessage({ endedAt: at });
    }, workerData.ms);
  `, { eval: true, workerData: { file: sqliteFile(app.t.dataDir), ms } });
  const messages: Array<{ holding?: boolean; endedAt?: number }> = [];
  let wake: () => void = () => {};
  worker.on('message', (m) => { messages.push(m); wake(); });
  const next = async () => {
    while (messages.length === 0) await new Promise<void>((r) => { wake = r; });
    return messages.shift()!;
  };
  await next();
  const endedAt = next().then(async (m) => { await worker.terminate(); return m.endedAt!; });
  return { endedAt };
}

/** A write transaction in a database of its own on the same PostgreSQL cluster, ended after `ms`. */
async function holdTransactionInAnotherDatabase(ms: number): Promise<{ endedAt: Promise<number> }> {
  const admin = process.env.TEST_PG_URL!;
  const name = `cp_other_${Date.now().toString(36)}`;
  const setup = new pg.Client({ connectionString: admin });
  await setup.connect();
  await setup.query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('create table t (x int)');
  await client.query('begin');
  await client.query('insert into t values (1)');
  const endedAt = sleep(ms).then(async () => {
    await client.query('commit');
    const at = Date.now();
    await client.end();
    await setup.query(`drop database ${name} with (force)`);
    await setup.end();
    return at;
  });
  return { endedAt };
}
