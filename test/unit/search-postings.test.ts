import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PostingsIndex } from '../../src/search/postings.js';
import { scoringPlan, type IndexedDoc, type SlotQuery } from '../../src/search/search.repository.js';

// PostingsIndex.window sums a long list over the candidates either by scanning it or through its
// weights by slot (built on first use, rebuilt when the list changes): both must give the same
// window, before and after documents come and go.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SHARE: Record<string, number> = { common: 0.9, mid: 0.5, rare: 0.03, rare2: 0.05, odd: 0.2 };

function docs(from: number, count: number, rnd: () => number): { docs: IndexedDoc[]; rows: { term: string; doc_id: number; weight: number }[] } {
  const out: IndexedDoc[] = [];
  const rows: { term: string; doc_id: number; weight: number }[] = [];
  for (let id = from; id < from + count; id++) {
    out.push({ id, kind: 'article', ref_id: id, url: `/articles/a-${id % 97}-${id}`, published_at: `2026-0${1 + (id % 9)}-01T00:00:00.000Z` });
    for (const [term, share] of Object.entries(SHARE)) if (rnd() < share) rows.push({ term, doc_id: id, weight: 1 + Math.floor(rnd() * 40) * 300 });
  }
  return { docs: out, rows };
}

const QUERIES: string[][][] = [
  [['rare'], ['common']],
  [['rare', 'rare2'], ['mid'], ['common']],
  [['odd'], ['common', 'mid']],
  [['rare2'], ['odd'], ['mid']],
];

function windows(ix: PostingsIndex): unknown[] {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const slots: SlotQuery[] = q.map((alts) => ({ alts: alts.map((term, i) => ({ term, pct: 100 - 20 * i })) }));
    const df = new Map<string, number>();
    for (const s of slots) for (const a of s.alts) if (ix.df(a.term)) df.set(a.term, ix.df(a.term));
    const plan = scoringPlan(slots, 'all', 10, 0, ix.live, df);
    assert.ok(plan);
    for (const perTerm of [20, 200, 2000]) out.push(ix.window(plan, perTerm));
  }
  return out;
}

test('long lists summed by slot give the windows of a scan, as documents come and go', () => {
  const scan = new PostingsIndex(Infinity);
  const bySlot = new PostingsIndex(100);
  const apply = (f: (ix: PostingsIndex) => void) => {
    f(scan);
    f(bySlot);
  };
  const start = docs(1, 3000, prng(1));
  apply((ix) => {
    ix.addDocs(start.docs);
    ix.addPostings(start.rows);
  });
  assert.deepEqual(windows(bySlot), windows(scan));
  // Again: the arrays built by the first round are reused.
  assert.deepEqual(windows(bySlot), windows(scan));

  // Documents without a posting in the long lists (slots past the arrays built), then removals
  // (the lists compact lazily) and new documents in every list (the lists are replaced).
  const rnd = prng(2);
  const extra = docs(3001, 50, rnd);
  apply((ix) => {
    ix.addDocs(extra.docs);
    ix.addPostings(extra.rows.filter((r) => r.term === 'rare' || r.term === 'rare2'));
  });
  assert.deepEqual(windows(bySlot), windows(scan));
  const gone = start.docs.filter((_, i) => i % 7 === 3).map((d) => d.id);
  apply((ix) => ix.removeDocs(gone));
  assert.deepEqual(windows(bySlot), windows(scan));
  const more = docs(4001, 400, rnd);
  apply((ix) => {
    ix.addDocs(more.docs);
    ix.addPostings(more.rows);
  });
  const after = windows(scan);
  assert.deepEqual(windows(bySlot), after);
  assert.ok(after.some((w) => (w as { total: number }).total > 0));
});
