import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedDemo } from '../../src/demo/seed.js';

export interface TestDatabase {
  db: Db;
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

/**
 * The DATA_KEY every test database and server uses (PostgreSQL refuses to start without one; a
 * database must be opened with the key it was seeded with). Fixed, fictional, for tests only.
 */
export const TEST_DATA_KEY = '7e3c1f0a9b8d2c4e6f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3e';

/** A fixed "now" for the demo data, so dates and overdue notices are predictable. */
export const DEMO_NOW = new Date('2026-11-20T02:00:00Z');

export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** A new, empty, migrated database of this engine. */
  create(): Promise<TestDatabase>;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-test-'));
}

async function createSqlite(): Promise<TestDatabase> {
  const dataDir = tempDir();
  const db = await openDatabase({ dataDir });
  await migrateToLatest(db.kysely);
  return {
    db,
    dataDir,
    async drop() {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const admin = process.env.TEST_PG_URL;
  // Tests never skip PostgreSQL quietly: without a server they fail and say how to get one.
  if (!admin) throw new Error('TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL cluster.');
  const name = `cp_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataDir = tempDir();
  const db = await openDatabase({ dataDir, databaseUrl: url.toString(), poolSize: 5 });
  await migrateToLatest(db.kysely);
  return {
    db,
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const dialects: Dialect[] = [
  { name: 'sqlite', create: createSqlite },
  { name: 'postgres', create: createPostgres },
];

/**
 * One engine's share of the labelled queries for a check run on every engine: query i goes to
 * engine i mod the number of engines, so the engines together check every query once.
 */
export function engineShare<T>(items: readonly T[], dialectName: string): T[] {
  const d = dialects.findIndex((x) => x.name === dialectName);
  if (d < 0) throw new Error(`no engine ${dialectName}`);
  return items.filter((_, i) => i % dialects.length === d);
}

/**
 * `size` queries of one engine's share, spread evenly over it, for the checks of one path against
 * another (memory against SQL, the thread against the server's thread, traditional against
 * simplified). The labelled set grows with every batch (6,039 queries in December 2026) and these
 * checks had grown with it to four of the suite's longest minutes; what they compare is the code
 * path, which an even spread over every batch's shapes exercises as well. `phase` (0 ≤ phase < 1)
 * shifts the spread so that each check reads other queries than the others. That both engines give
 * the same first page for every labelled query stays search-vocabulary.test.ts's job.
 */
export function engineSample<T>(items: readonly T[], dialectName: string, phase = 0, size = 900): T[] {
  const share = engineShare(items, dialectName);
  if (share.length <= size) return share;
  const step = share.length / size;
  return Array.from({ length: size }, (_, k) => share[Math.floor((k + phase) * step)]!);
}

export async function createDemoDatabase(dialect: Dialect, now = DEMO_NOW): Promise<TestDatabase> {
  const t = await dialect.create();
  await seedDemo(t.db.kysely, { now, uploadsDir: path.join(t.dataDir, 'uploads'), dataKey: Buffer.from(TEST_DATA_KEY, 'hex') });
  return t;
}
