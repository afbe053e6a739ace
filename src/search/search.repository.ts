import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database, SearchDocTable } from '../db/schema.js';
import { indexTokens } from './segment.js';

type Db = Kysely<Database>;

export interface SearchDocInput {
  kind: SearchDocTable['kind'];
  ref_id: number;
  url: string;
  title: string;
  body: string;
  published_at: string;
}

export interface SearchHit {
  id: number;
  kind: SearchDocTable['kind'];
  url: string;
  title: string;
  body: string;
  published_at: string;
}

// BM25-style term weights with fixed length norms, stored as integers: a document's score for a
// query is a sum of integers, so SQLite and PostgreSQL rank it identically.
const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 3;
const AVG_TITLE = 12;
const AVG_BODY = 400;

function fieldWeight(tf: number, length: number, avg: number): number {
  return tf === 0 ? 0 : (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function termWeights(title: string, body: string): Map<string, number> {
  const titleTokens = indexTokens(title).split(' ').filter(Boolean);
  const bodyTokens = indexTokens(body).split(' ').filter(Boolean);
  const tt = counts(titleTokens);
  const bt = counts(bodyTokens);
  const out = new Map<string, number>();
  for (const term of new Set([...tt.keys(), ...bt.keys()])) {
    // Terms longer than an index key should be are not useful words (runs of digits, URLs).
    if (term.length > 40) continue;
    const w = TITLE_BOOST * fieldWeight(tt.get(term) ?? 0, titleTokens.length, AVG_TITLE) + fieldWeight(bt.get(term) ?? 0, bodyTokens.length, AVG_BODY);
    out.set(term, Math.max(1, Math.round(w * 1000)));
  }
  return out;
}

/** Replaces the search rows of one article (the article and its FAQ pairs), one doctor or one public Q&A. */
export async function replaceDocs(db: Db, kind: 'article' | 'doctor' | 'qa', refId: number, docs: SearchDocInput[]): Promise<void> {
  const kinds = kind === 'article' ? (['article', 'faq'] as const) : ([kind] as const);
  const old = db.selectFrom('search_doc').select('id').where('ref_id', '=', refId).where('kind', 'in', [...kinds]);
  await db.deleteFrom('search_term').where('doc_id', 'in', old).execute();
  await db.deleteFrom('search_doc').where('ref_id', '=', refId).where('kind', 'in', [...kinds]).execute();
  for (const doc of docs) {
    const { id } = await db.insertInto('search_doc').values(doc).returning('id').executeTakeFirstOrThrow();
    await insertTerms(db, id, termWeights(doc.title, doc.body));
  }
}

/**
 * All of a document's terms in one statement whose text never changes (the rows travel as one
 * parameter), so the engine parses it once instead of a 300-row VALUES list per document.
 */
async function insertTerms(db: Db, docId: number, weights: Map<string, number>): Promise<void> {
  if (!weights.size) return;
  const terms = [...weights.keys()];
  const values = [...weights.values()];
  if (dialectOf(db) === 'postgres') {
    await sql`insert into search_term (term, doc_id, weight)
      select t.term, ${docId}, t.weight from unnest(${terms}::text[], ${values}::int[]) as t(term, weight)`.execute(db);
  } else {
    await sql`insert into search_term (term, doc_id, weight)
      select json_extract(value, '$[0]'), ${docId}, json_extract(value, '$[1]') from json_each(${JSON.stringify(terms.map((t, i) => [t, values[i]]))})`.execute(db);
  }
}

/** Inverse document frequency as an integer, from counts both engines agree on. */
function idf(total: number, df: number): number {
  return Math.round(100 * Math.log(1 + (total - df + 0.5) / (df + 0.5)));
}

/**
 * Document frequencies and the document count, kept per content version (the index changes only
 * with content, and every content change moves the version): a query's terms are mostly terms
 * that earlier queries asked for, and counting a common word's rows costs milliseconds each time.
 */
const statsByDb = new WeakMap<Db, { version: number; n: number; df: Map<string, number> }>();
const MAX_CACHED_TERMS = 20_000;

async function termStats(db: Db, terms: string[], version: number | undefined): Promise<{ n: number; df: Map<string, number> }> {
  let cached = version === undefined ? undefined : statsByDb.get(db);
  if (cached && (cached.version !== version || cached.df.size > MAX_CACHED_TERMS)) cached = undefined;
  const missing = cached ? terms.filter((t) => !cached.df.has(t)) : terms;
  const [n, dfs] = await Promise.all([
    cached ? cached.n : db.selectFrom('search_doc').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)),
    missing.length
      ? db.selectFrom('search_term').select(['term', (eb) => eb.fn.countAll<string | number>().as('df')]).where('term', 'in', missing).groupBy('term').execute()
      : [],
  ]);
  const df = cached?.df ?? new Map<string, number>();
  // Absent terms are remembered as 0, so a word no document has is not counted again either.
  for (const t of missing) df.set(t, 0);
  for (const r of dfs) df.set(r.term, Number(r.df));
  if (version !== undefined) statsByDb.set(db, { version, n, df });
  return { n, df: new Map(terms.filter((t) => df.get(t)).map((t) => [t, df.get(t)!])) };
}

/**
 * Documents containing all the terms (mode 'all') or any of them, best first: by the integer
 * score, then newest, then URL — a total order, the same on both engines. `version` is the
 * content version the caller saw; with it, term statistics come from memory.
 */
export async function searchDocs(
  db: Db,
  terms: string[],
  mode: 'all' | 'any',
  limit: number,
  offset: number,
  version?: number,
): Promise<{ total: number; hits: SearchHit[] }> {
  const { n, df } = await termStats(db, terms, version);
  if (mode === 'all' && terms.some((t) => !df.has(t))) return { total: 0, hits: [] };
  const present = terms.filter((t) => df.has(t));
  if (!present.length) return { total: 0, hits: [] };

  const score = sql<number>`sum(t.weight * case t.term ${sql.join(
    present.map((t) => sql`when ${t} then ${sql.lit(idf(n, df.get(t)!))}`),
    sql` `,
  )} else 0 end)`;
  let matches = db.selectFrom('search_term as t').where('t.term', 'in', present).groupBy('t.doc_id');
  if (mode === 'all') matches = matches.having((eb) => eb.fn.countAll(), '=', present.length);

  // One pass over the matches (the CTE is materialised once, on both engines) gives the page and
  // the number of matches. Only documents scoring at least the K-th best score (ties included)
  // are joined to search_doc for the date/URL tie-break: joining every match first read each
  // candidate's body, 30,000 rows for a word like 白癜风 in 10,000 articles.
  const k = offset + limit;
  const scored = matches.select(['t.doc_id', score.as('score')]);
  const hits = await db
    .with('m', () => scored)
    .selectFrom('m')
    .innerJoin('search_doc as d', 'd.id', 'm.doc_id')
    .select(['d.id', 'd.kind', 'd.url', 'd.title', 'd.body', 'd.published_at', 'm.score'])
    .select((eb) => eb.selectFrom('m').select((e) => e.fn.countAll<string | number>().as('n')).as('total'))
    .where('m.score', '>=', (eb) =>
      eb.selectFrom(eb.selectFrom('m').select('m.score').orderBy('m.score', 'desc').limit(k).as('top')).select((e) => e.fn.min('top.score').as('s')),
    )
    .orderBy('m.score', 'desc')
    .orderBy('d.published_at', 'desc')
    .orderBy('d.url')
    .limit(limit)
    .offset(offset)
    .execute();
  if (hits.length) return { total: Number(hits[0]!.total), hits: hits.map(({ total: _, ...h }) => h) as SearchHit[] };
  // A page past the end: no row carries the count, so count on its own (rare).
  if (offset === 0) return { total: 0, hits: [] };
  const count = await db.selectFrom(matches.select('t.doc_id').as('m')).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return { total: Number(count.n), hits: [] };
}
