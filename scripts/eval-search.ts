import { EVAL_QUERIES } from '../src/search/eval/queries.js';
import { runEval, summarise, type QueryResult } from '../src/search/eval/evaluate.js';
import { getContentVersion } from '../src/platform/site-state.repository.js';
import { createDemoDatabase, dialects } from '../test/helpers/db.js';
import { findPgBin, startPgCluster, type PgCluster } from './pg-cluster.js';

// `npm run eval:search [-- --verbose]`: the labelled queries (src/search/eval/queries.ts) against
// the demo content on SQLite and PostgreSQL; MRR and recall@5 overall, per split and per kind,
// and whether both engines return the same first page for every query. Exits 1 if they differ
// or a threshold (the same as test/integration/search-eval.test.ts) is missed.
export const THRESHOLDS = { mrr: 0.8, recall5: 0.8 };

const verbose = process.argv.includes('--verbose');
let cluster: PgCluster | undefined;
if (!process.env.TEST_PG_URL && findPgBin()) {
  cluster = await startPgCluster();
  process.env.TEST_PG_URL = cluster.url;
}
const fmt = (x: number) => x.toFixed(3);
const byEngine = new Map<string, QueryResult[]>();
let failed = false;
try {
  for (const d of dialects) {
    if (d.name === 'postgres' && !process.env.TEST_PG_URL) {
      console.log('postgres: not available (no TEST_PG_URL and no PostgreSQL binaries)');
      failed = true;
      continue;
    }
    const t = await createDemoDatabase(d);
    try {
      // The content version, as the search route passes it: the vocabulary is built once for the
      // run, not read afresh at every query (15 times as long: ~9 ms a query against ~0.6).
      const results = await runEval(t.db.kysely, EVAL_QUERIES, await getContentVersion(t.db.kysely));
      byEngine.set(d.name, results);
      const all = summarise(results);
      console.log(`\n${d.name}: MRR ${fmt(all.mrr)}  recall@5 ${fmt(all.recall5)}  (${all.n} queries)`);
      // Blind authors of different batches wrote some of the same queries word for word (白癜风会传染吗):
      // the figure above weighs a common query by how many authors typed it, this one counts it once.
      const firstOfText = new Map<string, QueryResult>();
      for (const r of results) {
        const text = `${r.query.locale ?? ''}\t${r.query.q}`;
        if (!firstOfText.has(text)) firstOfText.set(text, r);
      }
      const distinct = summarise([...firstOfText.values()]);
      console.log(`  distinct MRR ${fmt(distinct.mrr)}  recall@5 ${fmt(distinct.recall5)}  (${distinct.n}: each query text once, with its first label)`);
      for (const split of ['tune', 'holdout'] as const) {
        const s = summarise(results.filter((r) => r.query.split === split));
        console.log(`  ${split.padEnd(8)} MRR ${fmt(s.mrr)}  recall@5 ${fmt(s.recall5)}  (${s.n})`);
      }
      // Every batch the labelled queries name, in order: a new batch needs no edit here.
      const batches = [...new Set(EVAL_QUERIES.flatMap((q) => (q.batch === undefined ? [] : [q.batch])))].sort((a, b) => a - b);
      for (const batch of batches) {
        const inBatch = results.filter((r) => r.query.batch === batch);
        const s = summarise(inBatch);
        console.log(`  batch ${batch}  MRR ${fmt(s.mrr)}  recall@5 ${fmt(s.recall5)}  (${s.n}, holdout, written blind)`);
      }
      for (const kind of [...new Set(EVAL_QUERIES.map((q) => q.kind))]) {
        const s = summarise(results.filter((r) => r.query.kind === kind));
        console.log(`  ${kind.padEnd(8)} MRR ${fmt(s.mrr)}  recall@5 ${fmt(s.recall5)}  (${s.n})`);
      }
      for (const r of results) {
        if (!r.query.relevant.length) {
          console.log(`  ? no answer in the content  ${r.query.q}${r.corrected ? ` → ${r.corrected}` : ''}  [${r.urls.slice(0, 3).join(' ')}]`);
          continue;
        }
        if (verbose || r.rank !== 1) console.log(`  ${r.rank === 1 ? ' ' : '!'} rank ${r.rank || '-'}  ${r.query.q}${r.corrected ? ` → ${r.corrected}` : ''}  [${r.urls.slice(0, 3).join(' ')}]`);
      }
      if (all.mrr < THRESHOLDS.mrr || all.recall5 < THRESHOLDS.recall5) failed = true;
    } finally {
      await t.drop();
    }
  }
  const [a, b] = [byEngine.get('sqlite'), byEngine.get('postgres')];
  if (a && b) {
    const diff = a.filter((r, i) => r.urls.join(' ') !== b[i]!.urls.join(' '));
    console.log(`\nsame first page on both engines: ${a.length - diff.length}/${a.length}`);
    for (const r of diff) console.log(`  differs: ${r.query.q}`);
    if (diff.length) failed = true;
  }
  console.log(`thresholds: MRR >= ${THRESHOLDS.mrr}, recall@5 >= ${THRESHOLDS.recall5}: ${failed ? 'FAILED' : 'ok'}`);
} finally {
  await cluster?.stop();
}
process.exit(failed ? 1 : 0);
