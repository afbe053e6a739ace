import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { decodeBytes } from '../src/import/encoding.js';
import { runImport } from '../src/import/import.run.js';
import { listHtmlFiles } from '../src/import/sources.js';
import { buildImages, generatedPages } from '../test/fixtures/legacy-site/site.js';

// `npm run bench:import [-- --pages N]`: imports N (default 2,000) GBK, table-layout legacy pages
// made from the test fixture's templates (a folder of saved pages with their images, as
// `clinicpress import --from-dir` reads it) into a fresh SQLite database with the demo hospital.
// The goal (issue 14) is under 2 minutes for 2,000 pages. As a reference measured in the same run:
// decoding and parsing the same pages into a DOM, the least any importer must do, and the ratio.

const GOAL_SECONDS = 120;
const n = Number(process.argv[process.argv.indexOf('--pages') + 1]) || 2000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-import-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-data-'));
try {
  for (const p of [...generatedPages(n), ...(await buildImages())]) {
    const f = path.join(dir, p.path);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, p.body);
  }
  const db = await openDatabase({ dataDir });
  await migrateToLatest(db.kysely);
  await seedDemo(db.kysely, { now: new Date(), uploadsDir: path.join(dataDir, 'uploads') });

  let t = performance.now();
  for (const f of await listHtmlFiles(dir)) parseHTML(decodeBytes(fs.readFileSync(f)).text);
  const parseMs = performance.now() - t;

  const categoryMap = new Map([['皮肤病知识', 'condition-basics'], ['皮肤护理', 'skin-care'], ['治疗方法', 'treatment-technology']]);
  t = performance.now();
  const imp = await runImport({ kind: 'dir', dir }, { db: db.kysely, dataDir, now: () => new Date(), dryRun: false, categoryMap, progress: process.stderr });
  const importMs = performance.now() - t;
  t = performance.now();
  const again = await runImport({ kind: 'dir', dir }, { db: db.kysely, dataDir, now: () => new Date(), dryRun: false, categoryMap, progress: undefined });
  const againMs = performance.now() - t;
  await db.close();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\nimport of ${n} legacy pages (SQLite, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  reference: decode + DOM parse only   ${s(parseMs)}`);
  console.log(`  import (drafts, blocks, images, findings, redirects)   ${s(importMs)}   ${(importMs / parseMs).toFixed(1)}× the reference   ${((n / importMs) * 1000).toFixed(1)} pages/s`);
  console.log(`  second run (no-op)   ${s(againMs)}   ${(againMs / parseMs).toFixed(1)}× the reference`);
  console.log(`  outcomes: ${JSON.stringify(imp.counts)}; second run: ${JSON.stringify(again.counts)}`);
  console.log(`  goal: under ${GOAL_SECONDS} s → ${importMs / 1000 < GOAL_SECONDS ? 'met' : 'MISSED'}`);
  process.exitCode = importMs / 1000 < GOAL_SECONDS && imp.counts.failed === 0 ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}
