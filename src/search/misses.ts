import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findPii } from '../questions/index.js';
import { normalize } from './segment.js';

/** A search with at most this many results "found little": worth an article or a synonym. */
export const FEW_RESULTS = 2;

/**
 * The query as the report keeps it, or null when it must not be kept: normalised (NFKC, lower
 * case, single spaces) so the same search counts once; anything that looks like a personal
 * detail (a phone or ID number, an e-mail, a name with a form of address, any long run of
 * digits — a booking or order code) is dropped rather than counted.
 */
export function reportableQuery(query: string): string | null {
  const q = normalize(query).trim().replace(/\s+/g, ' ');
  if (!q || [...q].length > 50) return null;
  if (/\d{5,}/.test(q.replace(/\s/g, '')) || findPii(q).length) return null;
  return q;
}

/**
 * Counts a search that found nothing or little, per UTC day and query text — no address, agent,
 * account or time of day is stored, so the report holds no personal data.
 */
export async function recordMiss(db: Kysely<Database>, query: string, results: number, now: Date): Promise<void> {
  if (results > FEW_RESULTS) return;
  const q = reportableQuery(query);
  if (!q) return;
  const day = now.toISOString().slice(0, 10);
  await db
    .insertInto('search_miss')
    .values({ day, query: q, searches: 1, results })
    .onConflict((oc) => oc.columns(['day', 'query']).doUpdateSet({ searches: sql`search_miss.searches + 1`, results }))
    .execute();
}

export interface MissRow {
  query: string;
  searches: number;
  results: number;
  last_day: string;
}

/** The most frequent searches that found nothing or little since `fromDay` (inclusive). */
export async function topMisses(db: Kysely<Database>, fromDay: string, limit = 50): Promise<MissRow[]> {
  const rows = await db
    .selectFrom('search_miss')
    .select(['query', (eb) => eb.fn.sum<string | number>('searches').as('searches'), (eb) => eb.fn.min<number>('results').as('results'), (eb) => eb.fn.max<string>('day').as('last_day')])
    .where('day', '>=', fromDay)
    .groupBy('query')
    .orderBy('searches', 'desc')
    .orderBy('query')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ query: r.query, searches: Number(r.searches), results: Number(r.results), last_day: r.last_day }));
}
