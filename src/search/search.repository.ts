import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database, SearchDocTable } from '../db/schema.js';
import { bodyText, foldedContains, type Body } from './body.js';
import { indexTokens, normalize } from './segment.js';

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
  /** Text from the statement; UTF-8 bytes from the in-memory path (body.ts). */
  body: Body;
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

/**
 * A public Q&A page answers one patient's question in a few lines; an article (and its FAQ pairs)
 * is the clinic's reference on the subject. Short, a Q&A page's words weighed more than the same
 * words in an article (the length norm), and it came first for questions its article answers in
 * full (防晒霜怎么选, 夏天出门要不要打伞). Its weights are stored scaled, so both engines rank from
 * the same integers; a Q&A page still comes first for words only it has. The hospital page is
 * scaled so too: it names the specialty and its equipment in passing (白癜风专病门诊, 伍德灯),
 * and must not come before the articles on them; it comes first for the visit (地址, 门诊时间).
 */
const KIND_SCALE: Record<SearchDocTable['kind'], number> = { article: 1, faq: 1, doctor: 1, qa: 0.5, page: 0.5 };

/** A document's stored term weights: termWeights, scaled for its kind (KIND_SCALE). */
export function docWeights(kind: SearchDocTable['kind'], title: string, body: string, headings = ''): Map<string, number> {
  const weights = termWeights(title, body, headings);
  const scale = KIND_SCALE[kind];
  if (scale !== 1) for (const [t, w] of weights) weights.set(t, Math.max(1, Math.round(w * scale)));
  return weights;
}

/** Replaces the search rows of one article (the article and its FAQ pairs), one doctor, one public Q&A or one site page. */
export async function replaceDocs(db: Db, kind: 'article' | 'doctor' | 'qa' | 'page', refId: number, docs: SearchDocInput[]): Promise<void> {
  const kinds = kind === 'article' ? (['article', 'faq'] as const) : ([kind] as const);
  const old = db.selectFrom('search_doc').select('id').where('ref_id', '=', refId).where('kind', 'in', [...kinds]);
  await db.deleteFrom('search_term').where('doc_id', 'in', old).execute();
  await db.deleteFrom('search_doc').where('ref_id', '=', refId).where('kind', 'in', [...kinds]).execute();
  for (const { headings, ...doc } of docs) {
    const { id } = await db.insertInto('search_doc').values(doc).returning('id').executeTakeFirstOrThrow();
    await insertTerms(db, id, docWeights(doc.kind, doc.title, doc.body, headings));
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

// Hits are built field by field, in the statement's column order: spreading a driver's row object
// (a shape V8 does not know ahead) was about a tenth of a search's CPU on the in-memory path.
/** A hit with its score. */
export const scoredHit = (h: SearchHit, score: number): Scored => ({ id: h.id, kind: h.kind, url: h.url, title: h.title, body: h.body, published_at: h.published_at, score });
/** A hit without its score. */
export const plainHit = (h: SearchHit): SearchHit => ({ id: h.id, kind: h.kind, url: h.url, title: h.title, body: h.body, published_at: h.published_at });

/**
 * What a query asks of the postings, decided from the term statistics alone, so the SQL statement
 * and the in-memory index (postings.ts) rank from the same numbers: each present term's slot and
 * integer coefficient, the terms to read, the driver (mode 'all': the slot with the fewest
 * postings) and the window size.
 */
export interface ScoringPlan {
  mode: 'all' | 'any';
  slotCount: number;
  terms: string[];
  coef: Map<string, { slot: number; c: number }>;
  /** The rarest slot's terms (mode 'all'): their capped postings are the candidates. */
  driver?: string[];
  /** Whether a query that found nothing reads once more with POSTINGS_LIMIT × POSTINGS_WIDEN. */
  widen: boolean;
  /** How many best matches are ordered and returned: the page or the re-rank window, the larger. */
  k: number;
}

/** Undefined when no document can match (a required slot has no present term, or no term is present). */
export function scoringPlan(slots: SlotQuery[], mode: 'all' | 'any', limit: number, offset: number, n: number, df: Map<string, number>): ScoringPlan | undefined {
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
  if (mode === 'all' && live.size < slots.length) return undefined;
  if (!coef.size) return undefined;
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
  const widen = Boolean(driver?.some((t) => df.get(t)! > POSTINGS_LIMIT));
  return { mode, slotCount: slots.length, terms, coef, ...(driver ? { driver } : {}), widen, k };
}

/**
 * Reads the best matches with POSTINGS_LIMIT postings per capped term and, when that found nothing
 * and the plan allows, once more with the wider cap: the same steps for the SQL statement and the
 * in-memory index.
 */
export async function widening<R extends { total: number }>(plan: ScoringPlan, window: (perTerm: number) => R | Promise<R>): Promise<R> {
  const found = await window(POSTINGS_LIMIT);
  return found.total === 0 && plan.widen ? window(POSTINGS_LIMIT * POSTINGS_WIDEN) : found;
}

/** The page of a window of matches (best first): re-ranked with the phrase bonus when the page lies within RERANK_WINDOW. */
export function pageOf(rows: Scored[], total: number, limit: number, offset: number, phrase?: string): { total: number; hits: SearchHit[] } {
  if (!rows.length) return { total: 0, hits: [] };
  let ranked = rows;
  if (phrase && offset + limit <= RERANK_WINDOW) ranked = withPhraseBonus(ranked, phrase);
  return { total, hits: ranked.slice(offset, offset + limit).map(plainHit) };
}

/**
 * Documents matching every slot (mode 'all') or any (mode 'any'), best first: by the integer
 * score (Σ weight × idf × the alternative's percentage), plus a bonus when the typed words stand
 * together as a phrase in the title or text, then newest, then URL — a total order computed from
 * integers, the same on both engines. `version` is the content version the caller saw; with it,
 * term statistics come from memory.
 *
 * This is the reference implementation: the in-memory index (postings.ts) must return exactly
 * what it returns, and test/integration/search-memory.test.ts compares the two.
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
  const plan = scoringPlan(slots, mode, limit, offset, n, df);
  if (!plan) return { total: 0, hits: [] };
  const { rows, total } = await widening(plan, (perTerm) => scoredWindow(db, plan, perTerm));
  return pageOf(rows, total, limit, offset, phrase);
}

async function scoredWindow(db: Db, plan: ScoringPlan, perTerm: number): Promise<{ rows: Scored[]; total: number }> {
  const { slotCount, mode, terms, coef, k, driver } = plan;
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
  return { total: Number(rows[0]!.total), rows: rows.map((h) => scoredHit(h, Number(h.score))) };
}

// The fold of the index and the highlighter: a traditional text gets the bonus its simplified form gets.
const fold = (s: string) => normalize(s).replace(/\s+/g, ' ');

// A cached row's body (bytes) folded once: the row cache hands the same Buffer to query after
// query and never changes it, and the entry goes with the Buffer when the cache drops it.
// Folding whole bodies for a mixed phrase (308 激光) was a fifth of a search.
const foldedBodies = new WeakMap<Buffer, string>();
function foldedBody(text: Body): string {
  if (typeof text === 'string') return fold(text);
  let f = foldedBodies.get(text);
  if (f === undefined) foldedBodies.set(text, (f = fold(bodyText(text))));
  return f;
}

/** A phrase in the title adds half the score, in the text a quarter: together beats scattered. */
function withPhraseBonus(rows: Scored[], phrase: string): Scored[] {
  // A phrase of Chinese characters only needs no NFKC (it changes no Chinese character; folding
  // twenty whole bodies with it was a tenth of a search's time): the text as stored, and folded
  // to simplified characters only when it holds characters that fold.
  const cjkOnly = /^[\u3400-\u9fff]+$/u.test(phrase);
  const folded = cjkOnly ? foldedContains(phrase) : undefined;
  // A mixed phrase (308 激光) needs the whole text decoded and folded; its Chinese runs, looked for
  // as the Chinese-only phrase is, rule most texts out first (that fold was a fifth of a search).
  const runs = cjkOnly ? [] : (phrase.match(/[\u3400-\u9fff]+/gu) ?? []).map((r) => foldedContains(r));
  const inText = (text: Body) => (folded ? folded(text) : runs.every((has) => has(text)) && foldedBody(text).includes(phrase));
  const bonus = (h: Scored) => (inText(h.title) ? Math.floor(h.score / 2) : inText(h.body) ? Math.floor(h.score / 4) : 0);
  return rows
    .map((h) => scoredHit(h, h.score + bonus(h)))
    .sort((a, b) => b.score - a.score || (a.published_at < b.published_at ? 1 : a.published_at > b.published_at ? -1 : 0) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Reads for the in-memory postings (postings.ts): the same rows the statement above reads, taken
// in bounded chunks so that loading 10,000 articles never holds millions of row objects at once.

/** A search document as the in-memory index keeps it: what the order and the refresh need, no text. */
export interface IndexedDoc {
  id: number;
  kind: SearchDocTable['kind'];
  ref_id: number;
  url: string;
  published_at: string;
}

export interface IndexHead {
  /** The content version (site_state) the rows belong to: every index change moves it. */
  version: number;
  docs: number;
  idSum: number;
  maxId: number;
}

/** The content version and a fingerprint of the documents (count, sum and largest id). */
export async function indexHead(db: Db): Promise<IndexHead> {
  const [state, agg] = await Promise.all([
    db.selectFrom('site_state').select('value').where('key', '=', 'content_version').executeTakeFirst(),
    db
      .selectFrom('search_doc')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.coalesce(eb.fn.sum<string | number>('id'), sql.lit(0)).as('s'), eb.fn.coalesce(eb.fn.max('id'), sql.lit(0)).as('m')])
      .executeTakeFirstOrThrow(),
  ]);
  return { version: Number(state?.value ?? 0), docs: Number(agg.n), idSum: Number(agg.s), maxId: Number(agg.m) };
}

/**
 * Runs `work` on one consistent view of the index: a transaction (on SQLite the only connection
 * is held, so no write lands between its reads; on PostgreSQL repeatable read, one snapshot).
 */
export async function inSnapshot<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const tx = db.transaction();
  return (dialectOf(db) === 'postgres' ? tx.setIsolationLevel('repeatable read') : tx).execute(work);
}

/** Documents with afterId < id <= upTo, in id order, at most `limit`. */
export async function docsInRange(db: Db, afterId: number, upTo: number, limit: number): Promise<IndexedDoc[]> {
  return db
    .selectFrom('search_doc')
    .select(['id', 'kind', 'ref_id', 'url', 'published_at'])
    .where('id', '>', afterId)
    .where('id', '<=', upTo)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function docsByIdList(db: Db, ids: number[]): Promise<IndexedDoc[]> {
  return ids.length ? db.selectFrom('search_doc').select(['id', 'kind', 'ref_id', 'url', 'published_at']).where('id', 'in', ids).orderBy('id').execute() : [];
}

/** Every document id up to `upTo`, ascending (to find documents deleted behind the index's back). */
export async function docIds(db: Db, upTo: number): Promise<number[]> {
  const rows = await db.selectFrom('search_doc').select('id').where('id', '<=', upTo).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** How many postings each term has among documents up to `upTo`, in the engine's term order (to read them in bounded chunks). */
export async function termCounts(db: Db, upTo: number): Promise<{ term: string; n: number }[]> {
  const rows = await db
    .selectFrom('search_term')
    .select(['term', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('doc_id', '<=', upTo)
    .groupBy('term')
    .orderBy('term')
    .execute();
  return rows.map((r) => ({ term: r.term, n: Number(r.n) }));
}

/**
 * The postings of the terms from `first` to `last` (in the engine's order), one row per term with
 * its document ids and weights as JSON arrays, best weight first: a few thousand rows whose arrays
 * JSON.parse reads natively, instead of one row object per posting (millions at 10,000 articles).
 */
export async function postingListsOfTerms(db: Db, first: string, last: string, upTo: number): Promise<{ term: string; docs: number[]; weights: number[] }[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ term: string; docs: number[]; weights: number[] }>`
      select term, json_agg(doc_id order by weight desc, doc_id) as docs, json_agg(weight order by weight desc, doc_id) as weights
      from search_term where term >= ${first} and term <= ${last} and doc_id <= ${upTo} group by term`.execute(db);
    return rows;
  }
  // Both arrays take the rows in the same order (the caller checks that it is best first).
  const { rows } = await sql<{ term: string; docs: string; weights: string }>`
    select term, json_group_array(doc_id) as docs, json_group_array(weight) as weights
    from (select term, doc_id, weight from search_term where term >= ${first} and term <= ${last} and doc_id <= ${upTo} order by term, weight desc, doc_id)
    group by term`.execute(db);
  return rows.map((r) => ({ term: r.term, docs: JSON.parse(r.docs) as number[], weights: JSON.parse(r.weights) as number[] }));
}

export async function postingsOfDocs(db: Db, ids: number[]): Promise<{ term: string; doc_id: number; weight: number }[]> {
  return ids.length ? db.selectFrom('search_term').select(['term', 'doc_id', 'weight']).where('doc_id', 'in', ids).execute() : [];
}

/**
 * What a result shows, for the few documents of a page (by primary key), the body as its UTF-8
 * bytes: turning it into a string cost more than the rest of the read (body.ts).
 */
export async function hitsByIds(db: Db, ids: number[]): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const body = dialectOf(db) === 'postgres' ? sql<Buffer>`convert_to(body, 'UTF8')` : sql<Buffer>`cast(body as blob)`;
  return db.selectFrom('search_doc').select(['id', 'kind', 'url', 'title', body.as('body'), 'published_at']).where('id', 'in', ids).execute();
}

/** The synonym table as the planner and the vocabulary read it, in the order it was written. */
export async function synonymRows(db: Db): Promise<{ term: string; target: string }[]> {
  return db.selectFrom('search_synonym').select(['term', 'target']).orderBy('id').execute();
}

/**
 * A fingerprint of the documents whose titles feed the vocabulary (count, sum and largest id: ids
 * are never reused and an edit gives new ones), read from an index without making a row per document.
 */
export async function titleDocsHead(db: Db): Promise<string> {
  const r = await db
    .selectFrom('search_doc')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.coalesce(eb.fn.sum<string | number>('id'), sql.lit(0)).as('s'), eb.fn.coalesce(eb.fn.max('id'), sql.lit(0)).as('m')])
    .where('kind', 'in', ['article', 'doctor'])
    .executeTakeFirstOrThrow();
  return `${Number(r.n)}:${Number(r.s)}:${Number(r.m)}`;
}

/** Ids of the documents whose titles feed the vocabulary (articles and doctors), the first `limit` by id; an index-only read. */
export async function titleDocIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('search_doc').select('id').where('kind', 'in', ['article', 'doctor']).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function titlesByIds(db: Db, ids: number[]): Promise<{ id: number; title: string }[]> {
  return ids.length ? db.selectFrom('search_doc').select(['id', 'title']).where('id', 'in', ids).execute() : [];
}

/** Empties the index before a rebuild (inside the rebuild's transaction). */
export async function clearIndex(db: Db): Promise<void> {
  await db.deleteFrom('search_term').execute();
  await db.deleteFrom('search_doc').execute();
}
