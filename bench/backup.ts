import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { backup, restore } from '../src/ops/backup.js';
import { startPgCluster, type PgCluster } from '../scripts/pg-cluster.js';
import { prepareBenchDatabase } from './generate.js';
import { tempDir } from './proc.js';

// Backup and restore of the demo hospital plus 10,000 generated articles (issue 12: backup under
// 30 s, restore under 60 s). The reference measured in the same run is a plain copy of the same
// database (SQLite: the file; PostgreSQL: the dump file the backup wrote), so the ratio says what
// the archive, the checksums and the verification cost on top of moving the bytes.
// Standalone: `npm run bench:backup [-- --articles N] [--no-pg]`; `npm run bench` calls backupBench
// with the databases it has already loaded.

export const BACKUP_BOUND_S = 30;
export const RESTORE_BOUND_S = 60;

export interface BackupFigures {
  engine: 'SQLite' | 'PostgreSQL';
  archiveMb: number;
  backupS: number;
  restoreS: number;
  referenceCopyS: number;
  rows: number;
}

async function measure(engine: BackupFigures['engine'], source: { dataDir: string; databaseUrl?: string }, target: { dataDir: string; databaseUrl?: string }, scratch: string): Promise<BackupFigures> {
  const file = path.join(scratch, `${engine.toLowerCase()}-backup.tar`);
  const t0 = performance.now();
  const manifest = await backup({ ...source, file, dataKeyFromEnvironment: false });
  const backupS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await restore({ ...target, file });
  const restoreS = (performance.now() - t1) / 1000;
  const dbMember = path.join(scratch, `${engine.toLowerCase()}-reference`);
  const t2 = performance.now();
  fs.copyFileSync(engine === 'SQLite' ? path.join(source.dataDir, 'clinicpress.db') : file, dbMember);
  const referenceCopyS = (performance.now() - t2) / 1000;
  fs.rmSync(dbMember, { force: true });
  const archiveMb = fs.statSync(file).size / 1e6;
  fs.rmSync(file, { force: true });
  return { engine, archiveMb, backupS, restoreS, referenceCopyS, rows: Object.values(manifest.counts).reduce((a, b) => a + b, 0) };
}

export function printBackup(results: BackupFigures[]): { ok: boolean; text: string }[] {
  console.log('Backup and restore (clinicpress backup / restore, uncompressed tar):');
  for (const r of results) {
    console.log(
      `  ${r.engine.padEnd(10)} ${r.rows.toLocaleString('en-US')} rows, archive ${r.archiveMb.toFixed(0)} MB: backup ${r.backupS.toFixed(1)} s, restore ${r.restoreS.toFixed(1)} s; ` +
        `plain copy of the database ${r.referenceCopyS.toFixed(2)} s (backup = ${(r.backupS / Math.max(r.referenceCopyS, 0.001)).toFixed(0)}× the copy)`,
    );
  }
  return results.flatMap((r) => [
    { ok: r.backupS < BACKUP_BOUND_S, text: `${r.engine} backup of the demo site + articles < ${BACKUP_BOUND_S} s: ${r.backupS.toFixed(1)} s` },
    { ok: r.restoreS < RESTORE_BOUND_S, text: `${r.engine} restore < ${RESTORE_BOUND_S} s: ${r.restoreS.toFixed(1)} s` },
  ]);
}

/** Measures both engines on databases already loaded; the PostgreSQL target is a new database on `adminUrl`'s cluster. */
export async function backupBench(opts: { scratch: string; sqliteDir: string; pg?: { adminUrl: string; url: string; dataDir: string } }): Promise<BackupFigures[]> {
  const results = [await measure('SQLite', { dataDir: opts.sqliteDir }, { dataDir: path.join(opts.scratch, 'restored-sqlite') }, opts.scratch)];
  if (opts.pg) {
    const admin = new pg.Client({ connectionString: opts.pg.adminUrl });
    await admin.connect();
    await admin.query('create database bench_restored');
    await admin.end();
    const u = new URL(opts.pg.adminUrl);
    u.pathname = '/bench_restored';
    results.push(await measure('PostgreSQL', { dataDir: opts.pg.dataDir, databaseUrl: opts.pg.url }, { dataDir: path.join(opts.scratch, 'restored-pg'), databaseUrl: u.toString() }, opts.scratch));
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--articles');
  const articles = i >= 0 ? Number(args[i + 1]) : 10_000;
  const scratch = tempDir('clinicpress-bench-backup-');
  let cluster: PgCluster | undefined;
  try {
    const now = new Date();
    console.log(`Loading the demo hospital + ${articles.toLocaleString('en-US')} articles into SQLite${args.includes('--no-pg') ? '' : ' and PostgreSQL'}…`);
    const sqliteDir = path.join(scratch, 'sqlite');
    await prepareBenchDatabase({ dataDir: sqliteDir, count: articles, seed: 20_240_601, now });
    let pgOpt: { adminUrl: string; url: string; dataDir: string } | undefined;
    if (!args.includes('--no-pg')) {
      cluster = await startPgCluster();
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('create database bench_source');
      await admin.end();
      const u = new URL(cluster.url);
      u.pathname = '/bench_source';
      const dataDir = path.join(scratch, 'pg');
      await prepareBenchDatabase({ dataDir, databaseUrl: u.toString(), count: articles, seed: 20_240_601, now });
      pgOpt = { adminUrl: cluster.url, url: u.toString(), dataDir };
    }
    const checks = printBackup(await backupBench({ scratch, sqliteDir, pg: pgOpt }));
    for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.text}`);
    process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    cluster?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
