import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { search } from '../search.service.js';
import type { EvalQuery } from './queries.js';

export interface QueryResult {
  query: EvalQuery;
  /** The first page's URLs, in order. */
  urls: string[];
  /** 1-based rank of the first relevant article in the first page; 0 when absent. */
  rank: number;
  recall5: number;
  corrected?: string;
}

export interface EvalSummary {
  mrr: number;
  recall5: number;
  n: number;
}

/**
 * The answer a hit stands for, as labels name it: an article's slug (a FAQ pair counts for its
 * article), 'hospital' for the hospital page (the visit: address, hours, transport),
 * 'doctors/<slug>' for a doctor (顾主任做微针吗 is answered by the doctor's page) and 'qa/<slug>'
 * for a public Q&A page.
 */
export function articleSlug(url: string): string | null {
  if (url === '/hospital') return 'hospital';
  const m = /^\/(articles|doctors|qa)\/([^#?/]+)/.exec(url);
  if (!m) return null;
  return m[1] === 'articles' ? m[2]! : `${m[1]}/${m[2]}`;
}

export async function runEval(db: Kysely<Database>, queries: EvalQuery[], version?: number): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  for (const query of queries) {
    const res = await search(db, query.q, 1, version);
    const urls = res.kind === 'results' ? res.hits.map((h) => h.url) : [];
    const slugs = urls.map(articleSlug);
    const rank = slugs.findIndex((s) => s !== null && query.relevant.includes(s)) + 1;
    const top5 = new Set(slugs.slice(0, 5));
    const recall5 = query.relevant.length ? query.relevant.filter((r) => top5.has(r)).length / Math.min(query.relevant.length, 5) : 0;
    out.push({ query, urls, rank, recall5, ...(res.kind === 'results' && res.corrected ? { corrected: res.corrected } : {}) });
  }
  return out;
}

/** Queries with no right answer in the content (`relevant: []`) have no rank to score and are left out. */
export function summarise(all: QueryResult[]): EvalSummary {
  const results = all.filter((r) => r.query.relevant.length);
  const n = results.length;
  if (!n) return { mrr: 0, recall5: 0, n };
  return {
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
    recall5: results.reduce((s, r) => s + r.recall5, 0) / n,
    n,
  };
}
