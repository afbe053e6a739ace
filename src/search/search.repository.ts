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
  /** Headings of the text (articles): weigh between the title and the running text. */
  headings?: string;
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
const HEADING_BOOST = 2;
const AVG_TITLE = 12;
const AVG_HEADINGS = 40;
const AVG_BODY = 400;

function fieldWeight(tf: number, length: number, avg: number): number {
  return tf === 0 ? 0 : (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function termWeights(title: string, body: string, headings = ''): Map<string, number> {
  const titleTokens = indexTokens(title).split(' ').filter(Boolean);
  const headingTokens = indexTokens(headings).split(' ').filter(Boolean);
  const bodyTokens = indexTokens(body).split(' ').filter(Boolean);
  const tt = counts(titleTokens);
  const ht = counts(headingTokens);
  const bt = counts(bodyTokens);
  const out = new Map<string, number>();
  for (const term of new Set([...tt.keys(), ...bt.keys(), ...ht.keys()])) {
    // Terms longer than an index key should be are not useful words (runs of digits, URLs).
    if (term.length > 40) continue;
    const w =
      TITLE_BOOST * fieldWeight(tt.get(term) ?? 0, titleTokens.length, AVG_TITLE) +
      HEADING_BOOST * fieldWeight(ht.get(term) ?? 0, headingTokens.length, AVG_HEADINGS) +
      fieldWeight(bt.get(term) ?? 0, bodyTokens.length, AVG_BODY);
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
  for (const { headings, ...doc } of docs) {
    const { id } = await db.insertInto('search_doc').values(doc).returning('id').executeTakeFirstOrThrow();
    await insertTerms(db, id, termWeights(doc.title, doc.body, headings));
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


/** Document frequencies of terms (0 when absent), from the per-version statistics. */
export async function documentFrequencies(db: Db, terms: string[], version?: number): Promise<Map<string, number>> {
  const { df } = await termStats(db, [...new Set(terms)], version);
  return new Map(terms.map((t) => [t, df.get(t) ?? 0]));
}

/**
 * How many postings of one term a query reads first, best weight first (the impact-ordered
 * index search_term_impact_idx): a word in every article costs the same as one in two hundred.
 * With every word required, only the rarest word's postings are capped (the other words are
 * looked up for those documents by primary key); when none has every word and the rarest had
 * more postings, the query runs once more reading POSTINGS_LIMIT × POSTINGS_WIDEN (the most it
 * ever reads) before falling back to "some of the words". A match count past the cap is "at least".
 */
export const POSTINGS_LIMIT = 200;
const POSTINGS_WIDEN = 10;
/** The best this many are re-ranked with the phrase bonus; pages within it are slices of it. */
export const RERANK_WINDOW = 20;

export interface SlotQuery {
  alts: { term: string; pct: number }[];
}

type Scored = SearchHit & { score: number };

/**
 * Documents matching every slot (mode 'all') or any (mode 'any'), best first: by the integer
 * score (Σ weight × idf × the alternative's percentage), plus a bonus when the typed words stand
 * together as a phrase in the title or text, then newest, then URL — a total order computed from
 * integers, the same on both engines. `version` is the content version the caller saw; with it,
 * term statistics come from memory.
 */
export async function searchDocs(
  db: Db,
  slots: SlotQuery[],
  mode: 'all' | 'any',
  limit: number,
  offset: number,
  version?: number,
  phrase?: string,
): Promise<{ total: number; hits: SearchHit[] }> {
  const { n, df } = await termStats(db, [...new Set(slots.flatMap((s) => s.alts.map((a) => a.term)))], version);
  // Each present term belongs to its first slot; its coefficient is the best it has there.
  const coef = new Map<string, { slot: number; c: number }>();
  slots.forEach((s, slot) => {
    for (const a of s.alts) {
      if (!df.has(a.term)) continue;
      const c = Math.round((idf(n, df.get(a.term)!) * a.pct) / 100);
      const prev = coef.get(a.term);
      if (!prev) coef.set(a.term, { slot, c });
      else if (prev.slot === slot && c > prev.c) prev.c = c;
    }
  });
  const live = new Set([...coef.values()].map((v) => v.slot));
  if (mode === 'all' && live.size < slots.length) return { total: 0, hits: [] };
  if (!coef.size) return { total: 0, hits: [] };
  const terms = [...coef.keys()];
  const k = Math.max(offset + limit, RERANK_WINDOW);
  // With every slot required, the slot with the fewest postings drives: its postings (best first,
  // capped) are the candidates, and the other terms are looked up for those documents only. A
  // common word's capped postings never decide which documents exist, so an article holding every
  // word is found however many others share its commonest one.
  let driver: string[] | undefined;
  if (mode === 'all') {
    const perSlot = slots.map((_, slot) => terms.filter((t) => coef.get(t)!.slot === slot));
    driver = perSlot.reduce((best, ts) => (sumDf(ts) < sumDf(best) ? ts : best));
  }
  function sumDf(ts: string[]): number {
    return ts.reduce((a, t) => a + df.get(t)!, 0);
  }
  let found = await scoredWindow(db, slots.length, mode, terms, coef, POSTINGS_LIMIT, k, driver);
  if (found.total === 0 && driver && driver.some((t) => df.get(t)! > POSTINGS_LIMIT)) found = await scoredWindow(db, slots.length, mode, terms, coef, POSTINGS_LIMIT * POSTINGS_WIDEN, k, driver);
  const { rows, total } = found;
  if (!rows.length) return { total: 0, hits: [] };
  let ranked = rows;
  if (phrase && offset + limit <= RERANK_WINDOW) ranked = withPhraseBonus(ranked, phrase);
  return { total, hits: ranked.slice(offset, offset + limit).map(({ score: _, ...h }) => h) };
}

async function scoredWindow(
  db: Db,
  slotCount: number,
  mode: 'all' | 'any',
  terms: string[],
  coef: Map<string, { slot: number; c: number }>,
  perTerm: number,
  k: number,
  driver?: string[],
): Promise<{ rows: Scored[]; total: number }> {
  const pg = dialectOf(db) === 'postgres';

  const capped = (ts: string[], cols: ReturnType<typeof sql>) =>
    sql.join(
      ts.map((t, i) => {
        const inner = sql`select ${cols} from search_term where term = ${t} order by weight desc, doc_id limit ${sql.lit(perTerm)}`;
        return pg ? sql`select * from (${inner}) as p${sql.lit(i)}` : sql`select * from (${inner})`;
      }),
      sql` union all `,
    );
  const postings = driver
    ? sql`select term, doc_id, weight from search_term where term in (${sql.join(terms)}) and doc_id in (${capped(driver, sql`doc_id`)})`
    : capped(terms, sql`term, doc_id, weight`);
  const score = sql`sum(p.weight * case p.term ${sql.join(terms.map((t) => sql`when ${t} then ${sql.lit(coef.get(t)!.c)}`), sql` `)} else 0 end)`;
  const slotOf = sql`count(distinct case p.term ${sql.join(terms.map((t) => sql`when ${t} then ${sql.lit(coef.get(t)!.slot)}`), sql` `)} end)`;
  const having = mode === 'all' ? sql`having ${slotOf} = ${sql.lit(slotCount)}` : sql``;

  // One pass over the matches (the CTE is materialised once, on both engines) gives the window
  // and the number of matches. Only documents scoring at least the K-th best score (ties
  // included) are joined to search_doc: joining every match would read each candidate's body.
  const { rows } = await sql<Scored & { total: string | number }>`
    with p as (${postings}),
    m as (select p.doc_id, ${score} as score from p group by p.doc_id ${having})
    select d.id, d.kind, d.url, d.title, d.body, d.published_at, m.score,
      (select count(*) from m) as total
    from m inner join search_doc d on d.id = m.doc_id
    where m.score >= (select min(top.score) from (select score from m order by score desc limit ${sql.lit(k)}) as top)
    order by m.score desc, d.published_at desc, d.url
    limit ${sql.lit(k)}`.execute(db);
  if (!rows.length) return { rows: [], total: 0 };
  return { total: Number(rows[0]!.total), rows: rows.map(({ total: _, ...h }) => ({ ...h, score: Number(h.score) })) };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** A phrase in the title adds half the score, in the text a quarter: together beats scattered. */
function withPhraseBonus(rows: Scored[], phrase: string): Scored[] {
  // A phrase of Chinese characters only is found in the text as stored: folding twenty whole
  // bodies (NFKC) for it was a tenth of a search's time and changes no Chinese character.
  const cjkOnly = /^[\u3400-\u9fff]+$/u.test(phrase);
  const inText = (text: string) => (cjkOnly ? text.includes(phrase) : fold(text).includes(phrase));
  const bonus = (h: Scored) => (inText(h.title) ? Math.floor(h.score / 2) : inText(h.body) ? Math.floor(h.score / 4) : 0);
  return rows
    .map((h) => ({ ...h, score: h.score + bonus(h) }))
    .sort((a, b) => b.score - a.score || (a.published_at < b.published_at ? 1 : a.published_at > b.published_at ? -1 : 0) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
