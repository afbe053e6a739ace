import { walkFiles } from './walk.js';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { SQLite } from '../db/sqlite-driver.js';
import pg from 'pg';
import tar from 'tar-stream';
import { sqliteFile } from '../db/connection.js';
import { knownMigrations } from '../db/migrate.js';
import { ROOT } from '../paths.js';
import { silentProgress, type Progress } from './progress.js';

// `clinicpress backup FILE` and `clinicpress restore FILE` (docs/OPERATIONS.md, "Backup and
// restore"; docs/decisions/0019-media-store-and-backups.md). One tar archive, optionally gzipped:
//   manifest.json            format, app version, engine, migration level, row counts, sha256 of every member
//   database/clinicpress.db  SQLite: the online backup API's copy (a consistent snapshot while the site runs)
//   database/clinicpress.pgdump  PostgreSQL: pg_dump --format=custom of the server's major version,
//                            taken in an exported snapshot so the counts describe exactly the dump
//   uploads/…                files still in DATA_DIR/uploads (not yet moved into the store); media in
//                            the store are rows of the database and travel inside it
// The manifest comes first, so a restore can refuse a newer migration level before reading on.

export const BACKUP_FORMAT = 'clinicpress-backup';
export const BACKUP_FORMAT_VERSION = 1;
const SQLITE_MEMBER = 'database/clinicpress.db';
const PG_MEMBER = 'database/clinicpress.pgdump';

export interface ManifestMember {
  name: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  engine: 'sqlite' | 'postgres';
  /** PostgreSQL: the server's major version, whose pg_dump wrote the dump. */
  postgresMajor?: number;
  /** Applied migrations, oldest first; the last one is the migration level. */
  migrations: string[];
  /** Rows per table, counted in the snapshot that was backed up. */
  counts: Record<string, number>;
  /**
   * 'environment': DATA_KEY was set, and the archive cannot decrypt patient fields without it.
   * 'database': the key lives in site_state and is inside this archive.
   */
  dataKey: 'environment' | 'database';
  members: ManifestMember[];
}

export class BackupError extends Error {}

export interface Target {
  dataDir: string;
  databaseUrl?: string | undefined;
}

function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The connection URL without its password (which goes to the tools through PGPASSWORD, not argv). */
function pgToolArgs(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: u.toString(), env };
}

/** The binaries of one PostgreSQL major version, as Debian installs them. */
export function pgBinary(major: number, tool: 'pg_dump' | 'pg_restore'): string {
  const candidates = [path.join('/usr/lib/postgresql', String(major), 'bin', tool)];
  if (process.env.CLINICPRESS_PG_BIN) candidates.unshift(path.join(process.env.CLINICPRESS_PG_BIN, tool));
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) {
    throw new BackupError(`${tool} of PostgreSQL ${major} is needed (the server's major version) and was not found in ${candidates.join(' or ')}; install postgresql-client-${major}.`);
  }
  return found;
}

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
  return Math.floor(Number(rows[0]!.v) / 10000);
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv, onTick?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-4000)));
    const timer = onTick ? setInterval(onTick, 250) : undefined;
    child.once('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearInterval(timer);
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(file)} failed (${signal ?? `exit ${code}`}): ${err.trim()}`));
    });
  });
}

async function hashFile(file: string): Promise<ManifestMember & { file: string }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const c of fs.createReadStream(file)) {
    h.update(c as Buffer);
    size += (c as Buffer).length;
  }
  return { name: '', file, size, sha256: h.digest('hex') };
}


const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Row counts and applied migrations of a SQLite file. */
function sqliteFacts(file: string): { counts: Record<string, number>; migrations: string[] } {
  const conn = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = conn.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((conn.prepare(`select count(*) as n from ${quoteIdent(name)}`).get() as { n: number }).n);
    const migrations = tables.some((t) => t.name === 'kysely_migration')
      ? (conn.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)
      : [];
    return { counts, migrations };
  } finally {
    conn.close();
  }
}

async function pgFacts(client: pg.Client | pg.PoolClient): Promise<{ counts: Record<string, number>; migrations: string[] }> {
  const { rows: tables } = await client.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by tablename");
  const counts: Record<string, number> = {};
  for (const { t } of tables) counts[t] = Number((await client.query<{ n: string }>(`select count(*) as n from public.${quoteIdent(t)}`)).rows[0]!.n);
  const migrations = tables.some((t) => t.t === 'kysely_migration')
    ? (await client.query<{ name: string }>('select name from public.kysely_migration order by name')).rows.map((r) => r.name)
    : [];
  return { counts, migrations };
}

// ---- backup ------------------------------------------------------------------------------------

export async function backup(
  opts: Target & { file: string; gzip?: boolean; dataKeyFromEnvironment: boolean; now?: Date; progress?: Progress },
): Promise<Manifest> {
  const progress = opts.progress ?? silentProgress;
  const out = path.resolve(opts.file);
  const staging = await fsp.mkdtemp(path.join(path.dirname(out), '.clinicpress-backup-'));
  try {
    const sources: (ManifestMember & { file: string })[] = [];
    let facts: { counts: Record<string, number>; migrations: string[] };
    let postgresMajor: number | undefined;
    if (!opts.databaseUrl) {
      const source = sqliteFile(opts.dataDir);
      if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
      const copy = path.join(staging, 'clinicpress.db');
      progress.phase('database (SQLite online backup)');
      const conn = new SQLite(source, { fileMustExist: true });
      try {
        conn.pragma('busy_timeout = 5000');
        // After the first (empty) step, all pages in one step: a step holds one read transaction,
        // so the copy is one consistent snapshot. In small steps, a write by the running server
        // between two steps would restart the copy, and under steady load it might never finish.
        await conn.backup(copy, {
          progress: ({ totalPages, remainingPages }) => {
            progress.update(totalPages - remainingPages, totalPages);
            return 0x7fffffff;
          },
        });
      } finally {
        conn.close();
      }
      facts = sqliteFacts(copy);
      sources.push({ ...(await hashFile(copy)), name: SQLITE_MEMBER });
    } else {
      const client = new pg.Client({ connectionString: opts.databaseUrl });
      await client.connect();
      try {
        postgresMajor = await serverMajor(client);
        const pgDump = pgBinary(postgresMajor, 'pg_dump');
        // The counts and pg_dump read one exported snapshot: the manifest describes exactly the dump.
        await client.query('begin isolation level repeatable read read only');
        const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
        facts = await pgFacts(client);
        const dump = path.join(staging, 'clinicpress.pgdump');
        const { dbname, env } = pgToolArgs(opts.databaseUrl);
        progress.phase(`database (pg_dump ${postgresMajor})`);
        await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${dump}`, `--dbname=${dbname}`], env, () =>
          progress.update(fs.existsSync(dump) ? fs.statSync(dump).size : 0, 0),
        );
        await client.query('commit');
        sources.push({ ...(await hashFile(dump)), name: PG_MEMBER });
      } finally {
        await client.end();
      }
    }
    const uploads = path.join(opts.dataDir, 'uploads');
    for (const rel of walkFiles(uploads)) sources.push({ ...(await hashFile(path.join(uploads, rel))), name: `uploads/${rel}` });

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: (opts.now ?? new Date()).toISOString(),
      appVersion: appVersion(),
      engine: opts.databaseUrl ? 'postgres' : 'sqlite',
      ...(postgresMajor ? { postgresMajor } : {}),
      migrations: facts.migrations,
      counts: facts.counts,
      dataKey: opts.dataKeyFromEnvironment ? 'environment' : 'database',
      members: sources.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    };

    const total = sources.reduce((n, s) => n + s.size, 0);
    let written = 0;
    progress.phase(`archive ${path.basename(out)}`);
    const part = `${out}.${randomBytes(4).toString('hex')}.part`;
    const pack = tar.pack();
    const gzip = opts.gzip ?? /\.(tgz|gz)$/i.test(out);
    const sink = fs.createWriteStream(part, { mode: 0o600 });
    const writing = gzip ? pipeline(pack, zlib.createGzip({ level: 6 }), sink) : pipeline(pack, sink);
    try {
      const mtime = new Date(manifest.createdAt);
      const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await new Promise<void>((resolve, reject) => pack.entry({ name: 'manifest.json', size: json.length, mode: 0o600, mtime }, json, (e) => (e ? reject(e) : resolve())));
      for (const s of sources) {
        const entry = pack.entry({ name: s.name, size: s.size, mode: 0o600, mtime });
        const count = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            written += chunk.length;
            progress.update(written, total);
            cb(null, chunk);
          },
        });
        await pipeline(fs.createReadStream(s.file), count, entry);
      }
      pack.finalize();
      await writing;
      await fsp.rename(part, out);
    } catch (err) {
      pack.destroy();
      await writing.catch(() => {});
      await fsp.rm(part, { force: true });
      throw err;
    }
    progress.end();
    return manifest;
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

// ---- restore -----------------------------------------------------------------------------------

/** Whether the target holds a site already: a SQLite file or PostgreSQL tables, or files in uploads/. */
export async function targetIsEmpty(t: Target): Promise<{ empty: boolean; why?: string }> {
  if (t.databaseUrl) {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>("select count(*) as n from pg_tables where schemaname = 'public'");
      if (Number(rows[0]!.n) > 0) return { empty: false, why: `the PostgreSQL database has ${rows[0]!.n} tables` };
    } finally {
      await client.end();
    }
  } else {
    const file = sqliteFile(t.dataDir);
    if (fs.existsSync(file) && fs.statSync(file).size > 0) {
      const { counts } = sqliteFacts(file);
      if (Object.keys(counts).length) return { empty: false, why: `${file} has ${Object.keys(counts).length} tables` };
    }
  }
  const uploads = path.join(t.dataDir, 'uploads');
  if (!walkFiles(uploads).next().done) return { empty: false, why: `${uploads} holds files` };
  return { empty: true };
}

const MEMBER_NAME = /^(?:manifest\.json|database\/clinicpress\.(?:db|pgdump)|uploads\/(?:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}\/)*[A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/;

function checkManifest(m: Manifest, target: Target): void {
  if (m?.format !== BACKUP_FORMAT || typeof m.formatVersion !== 'number' || !Array.isArray(m.members) || !Array.isArray(m.migrations)) {
    throw new BackupError('This is not a ClinicPress backup (its manifest.json is missing or unreadable).');
  }
  if (m.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError(`The backup uses archive format ${m.formatVersion}; this ClinicPress reads format ${BACKUP_FORMAT_VERSION}. Restore it with the version that made it (${m.appVersion}) or newer.`);
  const known = new Set(knownMigrations());
  const unknown = m.migrations.filter((n) => !known.has(n));
  if (unknown.length) {
    throw new BackupError(`The backup's database is at a newer migration level than this code knows (${unknown.join(', ')}; made by ClinicPress ${m.appVersion}). Restore it with that version or newer.`);
  }
  const engine = target.databaseUrl ? 'postgres' : 'sqlite';
  if (m.engine !== engine) {
    throw new BackupError(`The backup holds a ${m.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} database and the target is ${engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (no DATABASE_URL)'}; restore into the same engine.`);
  }
  for (const mem of m.members) {
    if (!MEMBER_NAME.test(mem.name) || mem.name === 'manifest.json' || !/^[0-9a-f]{64}$/.test(mem.sha256)) throw new BackupError(`The manifest names an unexpected member ${JSON.stringify(mem.name)}.`);
  }
}

/** Reads the archive into a staging folder, checking every member against the manifest. Nothing is restored yet. */
async function unpackVerified(file: string, staging: string, target: Target, progress: Progress): Promise<Manifest> {
  const fd = await fsp.open(file, 'r');
  const head = Buffer.alloc(2);
  await fd.read(head, 0, 2, 0);
  await fd.close();
  const total = fs.statSync(file).size;
  let read = 0;
  const source = fs.createReadStream(file);
  source.on('data', (c) => {
    read += (c as Buffer).length;
    progress.update(read, total);
  });
  const extract = tar.extract();
  const feeding = head[0] === 0x1f && head[1] === 0x8b ? pipeline(source, zlib.createGunzip(), extract) : pipeline(source, extract);
  feeding.catch(() => {});
  let manifest: Manifest | undefined;
  const seen = new Map<string, { size: number; sha256: string }>();
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (entry.header.type !== 'file' || !MEMBER_NAME.test(name) || seen.has(name)) {
        throw new BackupError(`The archive holds an unexpected member ${JSON.stringify(name)}; it was not made by clinicpress backup.`);
      }
      if (!manifest) {
        if (name !== 'manifest.json') throw new BackupError('The archive does not start with manifest.json; it was not made by clinicpress backup.');
        const parts: Buffer[] = [];
        for await (const c of entry as unknown as Readable) parts.push(c as Buffer);
        try {
          manifest = JSON.parse(Buffer.concat(parts).toString('utf8')) as Manifest;
        } catch {
          throw new BackupError('The archive\'s manifest.json is not valid JSON.');
        }
        checkManifest(manifest, target);
        seen.set(name, { size: 0, sha256: '' });
        continue;
      }
      const dest = path.join(staging, name);
      await fsp.mkdir(path.dirname(dest), { recursive: true });
      const h = createHash('sha256');
      let size = 0;
      await pipeline(
        entry as unknown as Readable,
        new Transform({
          transform(chunk: Buffer, _enc, cb) {
            h.update(chunk);
            size += chunk.length;
            cb(null, chunk);
          },
        }),
        fs.createWriteStream(dest),
      );
      seen.set(name, { size, sha256: h.digest('hex') });
    }
    await feeding;
  } catch (err) {
    extract.destroy();
    source.destroy();
    if (err instanceof BackupError) throw err;
    throw new BackupError(`The archive cannot be read (${(err as Error).message}); it is damaged or incomplete.`);
  }
  if (!manifest) throw new BackupError('The archive is empty.');
  for (const mem of manifest.members) {
    const got = seen.get(mem.name);
    if (!got) throw new BackupError(`The archive lacks ${mem.name}, which its manifest lists: it is incomplete.`);
    if (got.sha256 !== mem.sha256 || got.size !== mem.size) throw new BackupError(`Checksum mismatch for ${mem.name}: the archive is damaged. Nothing was restored.`);
  }
  const extra = [...seen.keys()].filter((n) => n !== 'manifest.json' && !manifest!.members.some((m) => m.name === n));
  if (extra.length) throw new BackupError(`The archive holds members its manifest does not list (${extra.join(', ')}). Nothing was restored.`);
  return manifest;
}

function sameCounts(want: Record<string, number>, got: Record<string, number>): string[] {
  const names = new Set([...Object.keys(want), ...Object.keys(got)]);
  return [...names].filter((n) => want[n] !== got[n]).map((n) => `${n}: ${want[n] ?? 'absent'} in the backup, ${got[n] ?? 'absent'} restored`);
}

export async function restore(opts: Target & { file: string; force?: boolean; progress?: Progress }): Promise<Manifest> {
  const progress = opts.progress ?? silentProgress;
  const file = path.resolve(opts.file);
  if (!fs.existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  if (!opts.force) {
    const { empty, why } = await targetIsEmpty(opts);
    if (!empty) throw new BackupError(`The target is not empty (${why}). Restore into an empty data folder or database, or add --force to replace what is there.`);
  }
  await fsp.mkdir(opts.dataDir, { recursive: true });
  const staging = await fsp.mkdtemp(path.join(opts.dataDir, '.restore-'));
  try {
    progress.phase('verifying archive');
    const manifest = await unpackVerified(file, staging, opts, progress);
    let restored: Record<string, number>;
    if (!opts.databaseUrl) {
      progress.phase('database (SQLite)');
      const dest = sqliteFile(opts.dataDir);
      for (const suffix of ['', '-wal', '-shm', '-journal']) await fsp.rm(`${dest}${suffix}`, { force: true });
      // Renamed into place whole: a reader never sees half a database.
      await fsp.rename(path.join(staging, SQLITE_MEMBER), dest);
      restored = sqliteFacts(dest).counts;
    } else {
      const client = new pg.Client({ connectionString: opts.databaseUrl });
      await client.connect();
      try {
        const major = await serverMajor(client);
        if (manifest.postgresMajor && manifest.postgresMajor > major) {
          throw new BackupError(`The dump was made by PostgreSQL ${manifest.postgresMajor}; this server is ${major}. Restore into PostgreSQL ${manifest.postgresMajor} or newer.`);
        }
        const pgRestore = pgBinary(major, 'pg_restore');
        if (opts.force) {
          progress.phase('emptying the database (--force)');
          await client.query('drop schema public cascade');
          await client.query('create schema public');
        }
        progress.phase(`database (pg_restore ${major})`);
        const { dbname, env } = pgToolArgs(opts.databaseUrl);
        // One transaction: a failed restore leaves the database as empty as it was.
        await run(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, path.join(staging, PG_MEMBER)], env);
        restored = (await pgFacts(client)).counts;
      } finally {
        await client.end();
      }
    }
    const mismatch = sameCounts(manifest.counts, restored);
    if (mismatch.length) throw new BackupError(`The restored database differs from the backup's manifest: ${mismatch.join('; ')}`);
    const uploads = manifest.members.filter((m) => m.name.startsWith('uploads/'));
    if (uploads.length) {
      progress.phase('files in uploads/');
      for (const m of uploads) {
        const dest = path.join(opts.dataDir, m.name);
        await fsp.mkdir(path.dirname(dest), { recursive: true });
        await fsp.rename(path.join(staging, m.name), dest);
      }
    }
    progress.end();
    return manifest;
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}
