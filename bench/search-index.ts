import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase, sqliteFile } from '../src/db/connection.js';
import { buildApp } from '../src/main.js';
import { postingsIndex, rowCacheStats } from '../src/search/postings.js';
import { lexicon, search, type SearchEngine } from '../src/search/search.service.js';
import { buildArticle, Pick, prepareBenchDatabase, prng } from './generate.js';
import { createPublishedArticle } from '../src/content/content.service.js';
import { distinctQueries } from './queries.js';

// The search index in one process, without HTTP (issue 13): the statement (the reference) and the
// in-memory postings (src/search/postings.ts) over the same SQLite database, the same distinct
// queries, in the same run, so that the ratio holds on a busy machine where absolute figures do not.
//
//   node --expose-gc --import tsx bench/search-index.ts [--data DIR] [--articles N] [--queries N] [--rounds N] [--requests] [--publish]
//
// --data DIR   a database prepared before (reused if DIR/clinicpress.db exists, else made there);
//              without it a temporary one is made and removed (10,000 articles take minutes).
// --requests   also times whole requests (GET /search through the app, rendering included).
// --publish    also times publishing one article and the index catching up (on a copy of the database).

const SEED = 20_240_601;
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const articles = Number(opt('--articles') ?? 10_000);
const queryCount = Number(opt('--queries') ?? 2880);
const rounds = Number(opt('--rounds') ?? 2);
const gc = (globalThis as { gc?: () => void }).gc;

const given = opt('--data');
const dataDir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-bench-'));
const now = new Date('2026-12-01T00:00:00.000Z');
if (!fs.existsSync(sqliteFile(dataDir))) {
  console.log(`preparing ${articles} articles in ${dataDir} …`);
  const t = performance.now();
  await prepareBenchDatabase({ dataDir, count: articles, seed: SEED, now });
  console.log(`  ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const db = await openDatabase({ dataDir });
const k = db.kysely;
const shuffled = (() => {
  const rnd = prng(SEED + 1);
  return distinctQueries()
    .map((q) => ({ q, r: rnd() }))
    .sort((a, b) => a.r - b.r)
    .map(({ q }) => q);
})();
const queries = shuffled.slice(0, queryCount);
const version = Number((await k.selectFrom('site_state').select('value').where('key', '=', 'content_version').executeTakeFirstOrThrow()).value);
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const memory = () => {
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
};

try {
  const docs = Number((await k.selectFrom('search_doc').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  console.log(`${docs} search documents; ${queries.length} distinct queries; content version ${version}${gc ? '' : ' (run with --expose-gc for exact memory figures)'}`);
  await lexicon(k, version);

  // Loading: time and memory of the index itself.
  const before = memory();
  const t0 = performance.now();
  const ix = await postingsIndex(k, version, true);
  if (!ix) throw new Error('the in-memory index did not load');
  const loadMs = performance.now() - t0;
  const afterLoad = memory();
  console.log(
    `index: ${ix.postings.toLocaleString('en')} postings, ${ix.termCount} terms, ${ix.live} documents; loaded in ${(loadMs / 1000).toFixed(1)} s; ` +
      `heap + array buffers +${mb(afterLoad.heap - before.heap)}, RSS +${mb(afterLoad.rss - before.rss)}`,
  );

  // Wall time per query, and CPU time per query over the whole run (this machine is shared: the
  // CPU time is what the process itself spent, the wall time includes waiting for other processes).
  const time = async (engine: SearchEngine) => {
    const us: number[] = [];
    const c0 = process.cpuUsage();
    for (const q of queries) {
      const t = performance.now();
      await search(k, q, 1, version, { engine });
      us.push((performance.now() - t) * 1000);
    }
    const c = process.cpuUsage(c0);
    return { us, cpu: (c.user + c.system) / queries.length };
  };
  // Same answers first (every query, both engines), then the timings, alternating engines.
  let differ = 0;
  for (const q of queries) {
    const [a, b] = [await search(k, q, 1, version, { engine: 'sql' }), await search(k, q, 1, version, { engine: 'memory' })];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      differ++;
      if (differ <= 5) console.log(`  differs: ${q}`);
    }
  }
  console.log(`same outcome on both paths: ${queries.length - differ}/${queries.length}`);
  const stats = (us: number[]) => {
    const s = [...us].sort((a, b) => a - b);
    return { mean: us.reduce((a, b) => a + b, 0) / us.length, p50: s[Math.floor(s.length * 0.5)]!, p95: s[Math.floor(s.length * 0.95)]! };
  };
  const sqlRuns: number[] = [];
  const memRuns: number[] = [];
  const cpu = { sql: 0, memory: 0 };
  for (let r = 0; r < rounds; r++) {
    const x = await time('sql');
    const y = await time('memory');
    sqlRuns.push(...x.us);
    memRuns.push(...y.us);
    cpu.sql += x.cpu / rounds;
    cpu.memory += y.cpu / rounds;
  }
  const a = stats(sqlRuns);
  const b = stats(memRuns);
  const f = (x: number) => x.toFixed(0).padStart(7);
  console.log(`\nsearch() per query, µs        wall mean   p50     p95    CPU mean`);
  console.log(`  statement (SQL)             ${f(a.mean)} ${f(a.p50)} ${f(a.p95)} ${f(cpu.sql)}`);
  console.log(`  in-memory postings          ${f(b.mean)} ${f(b.p50)} ${f(b.p95)} ${f(cpu.memory)}`);
  console.log(`  ratio SQL / memory          ${(a.mean / b.mean).toFixed(1).padStart(7)} ${(a.p50 / b.p50).toFixed(1).padStart(7)} ${(a.p95 / b.p95).toFixed(1).padStart(7)} ${(cpu.sql / cpu.memory).toFixed(1).padStart(7)}`);
  const rows = rowCacheStats(k);
  console.log(`  rows of the in-memory path served from its row cache: ${((100 * rows.hits) / Math.max(1, rows.hits + rows.misses)).toFixed(1)}% of ${(rows.hits + rows.misses).toLocaleString('en')}`);

  if (args.includes('--requests')) {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PAGE_CACHE: 'on' });
    const { app } = await buildApp({ config, db, logger: false });
    await app.ready();
    try {
      // The route keeps recent outcomes: the warm-up asks without `exact`, the timed run with it,
      // so every timed request is searched and rendered.
      const urls = queries.map((q) => `/search?q=${encodeURIComponent(q)}`);
      for (const u of urls.slice(0, 200)) await app.inject(u);
      const us: number[] = [];
      const t = performance.now();
      const c0 = process.cpuUsage();
      for (const u of urls) {
        const s = performance.now();
        const res = await app.inject(`${u}&exact=1`);
        if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`);
        us.push((performance.now() - s) * 1000);
      }
      const wall = performance.now() - t;
      const c = process.cpuUsage(c0);
      const r = stats(us);
      console.log(`\nGET /search (in-process inject, rendering included), µs per request: wall mean ${f(r.mean)} p50 ${f(r.p50)} p95 ${f(r.p95)}; CPU mean ${f((c.user + c.system) / urls.length)}; ${((urls.length / wall) * 1000).toFixed(0)} req/s`);
    } finally {
      await app.close();
    }
  }

  if (args.includes('--publish')) {
    // On a copy: the prepared database stays as it was.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-publish-'));
    await db.close();
    execFileSync('cp', [sqliteFile(dataDir), sqliteFile(copy)]);
    const db2 = await openDatabase({ dataDir: copy });
    try {
      const k2 = db2.kysely;
      const v0 = Number((await k2.selectFrom('site_state').select('value').where('key', '=', 'content_version').executeTakeFirstOrThrow()).value);
      let t = performance.now();
      await postingsIndex(k2, v0, true);
      console.log(`\nfull load of the copy: ${((performance.now() - t) / 1000).toFixed(1)} s`);
      const categoryIds = (await k2.selectFrom('category').select('id').execute()).map((c) => c.id);
      const doctors = await k2.selectFrom('doctor').select(['id', 'name']).execute();
      const article = buildArticle(new Pick(prng(99)), 900_001, { categoryIds, doctors }, now.getTime());
      await k2.transaction().execute((trx) => createPublishedArticle(trx, article));
      t = performance.now();
      const ix2 = await postingsIndex(k2, v0 + 1, true);
      console.log(`one article published: the index caught up in ${(performance.now() - t).toFixed(1)} ms (version ${ix2?.version})`);
    } finally {
      await db2.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
} finally {
  await db.close().catch(() => {});
  if (!given) fs.rmSync(dataDir, { recursive: true, force: true });
}
