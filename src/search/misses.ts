import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { normalize } from './segment.js';
import { findPii } from '../personal-data/pii.js';
import { localDateOf } from '../time/zoned-time.js';

/** A search with at most this many results "found little": worth an article or a synonym. */
export const FEW_RESULTS = 2;

const REPORTABLE_LENGTH = 50;

/**
 * The query as the report keeps it, or null when it must not be kept: normalised (NFKC, lower
 * case, single spaces) so the same search counts once; anything that looks like a personal
 * detail (a phone or ID number, an e-mail, a name with a form of address, any long run of
 * digits — a booking or order code) is dropped rather than counted. So is a query of over 50
 * characters (a search may hold 100): at that length it is a story about someone (age, history,
 * where the patch is) more often than words to search, and the pattern check cannot see every
 * personal detail a story holds; the report loses little, as long queries rarely repeat.
 */
export function reportableQuery(query: string): string | null {
  const q = normalize(query).trim().replace(/\s+/g, ' ');
  if (!q || [...q].length > REPORTABLE_LENGTH) return null;
  if (/\d{5,}/.test(q.replace(/\s/g, '')) || findPii(q).length) return null;
  return q;
}

/** Distinct (day, words) pairs held between writes; past it a new pair waits for the next write. */
const MAX_PENDING = 5000;

/**
 * Counts searches that found nothing or little, per day of the clinic's calendar (an evening's
 * searches in the clinic count on that evening's date, not on UTC's) and query text — no address, agent,
 * account or time of day is kept, so the report holds no personal data. Counted in memory and
 * written in one transaction every few seconds: a search costs no database write (on SQLite a
 * write per search held every other request behind its commit).
 */
export class MissCounter {
  private pending = new Map<string, { day: string; query: string; searches: number; results: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timeZone: string,
  ) {}

  add(query: string, results: number, now: Date): void {
    if (results > FEW_RESULTS) return;
    const q = reportableQuery(query);
    if (!q) return;
    const day = localDateOf(now, this.timeZone);
    const key = `${day}\u0000${q}`;
    const row = this.pending.get(key);
    if (row) {
      row.searches++;
      row.results = results;
    } else if (this.pending.size < MAX_PENDING) this.pending.set(key, { day, query: q, searches: 1, results });
  }

  /** Writes every few seconds until stopped; once per counter however often it is asked. */
  every(seconds: number, onError: (err: unknown) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush().catch(onError), seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const r of batch) {
          await trx
            .insertInto('search_miss')
            .values(r)
            .onConflict((oc) => oc.columns(['day', 'query']).doUpdateSet({ searches: sql`search_miss.searches + ${r.searches}`, results: r.results }))
            .execute();
        }
      });
    } catch (err) {
      // Keep the counts for the next write rather than lose them.
      for (const r of batch) {
        const key = `${r.day}\u0000${r.query}`;
        const row = this.pending.get(key);
        if (row) row.searches += r.searches;
        else this.pending.set(key, r);
      }
      throw err;
    }
  }
}

const counters = new WeakMap<Kysely<Database>, MissCounter>();

/** The one counter of a database handle: the search page adds to it, the report writes it out first. */
export function missCounter(db: Kysely<Database>, timeZone: string): MissCounter {
  let c = counters.get(db);
  if (!c) counters.set(db, (c = new MissCounter(db, timeZone)));
  return c;
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
