import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  docIds,
  docsByIdList,
  docsInRange,
  hitsByIds,
  indexHead,
  inSnapshot,
  pageOf,
  plainHit,
  scoredHit,
  postingsOfDocs,
  postingListsOfTerms,
  RERANK_WINDOW,
  scoringPlan,
  termCounts,
  widening,
  type IndexedDoc,
  type ScoringPlan,
  type SearchHit,
  type SlotQuery,
} from './search.repository.js';

type Db = Kysely<Database>;

/**
 * The search postings held in memory (docs/decisions/0026-search-in-memory-postings.md): for
 * each term, its postings best weight first (then document id, as the SQL reads them), in typed
 * arrays; for each document, what the order needs (id, date, URL). A query's work is bounded by
 * the postings it reads, as with the statement in search.repository.ts, but without parsing,
 * planning or materialising anything: the statement cost several milliseconds of the only thread
 * at 10,000 articles, and fifty waiting queries made that half a second.
 *
 * It mirrors the tables, it does not replace them: it is loaded from search_doc / search_term,
 * brought up to date when the content version moves (only the documents that changed are read),
 * ranks with the same integer arithmetic and the same total order as the statement, and reads
 * the few documents of a page by primary key. The statement stays the reference.
 */

// replaceDocs replaces all documents of one (group, ref_id) at once: an article and its FAQ pairs,
// a doctor, a Q&A, a site page. New documents of a group tell which old ones went.
const GROUP: Record<IndexedDoc['kind'], number> = { article: 0, faq: 0, doctor: 1, qa: 2, page: 3 };
/** Weights are stored in 16 bits (they are at most about 13,200: 3 + 2 + 1 fields × 2.2 × 1000). */
const MAX_WEIGHT = 0xffff;
/** Slots per query in a bit mask. */
const MAX_SLOTS = 30;
/** Postings read per statement while loading: bounded chunks, not millions of row objects at once. */
const LOAD_CHUNK = 50_000;
/** Past this many new documents a refresh reloads everything (in chunks, outside a transaction). */
const MAX_INCREMENT = 2_000;
/**
 * A list at least this long, summed over candidates eight times fewer than its postings, is read
 * through its weights by slot (built on first use) instead of scanned: a word in most articles
 * has tens of thousands of postings, a query's candidates are a few hundred.
 */
const BY_SLOT_MIN = 4_000;
/** Lists kept by slot, least recently used out: 2 bytes a document each, so at most 5.8 MB at 45,000 documents (the 2,880 bench queries use 57). */
const MAX_BY_SLOT = 64;

export class IndexUnusable extends Error {}

interface TermList {
  /** Document slots, best weight first, then lower document id. */
  docs: Int32Array;
  weights: Uint16Array;
  len: number;
  /** The index's `gen` when dead documents were last dropped from this list. */
  gen: number;
}

export interface Window {
  /** Document ids of the best matches, best first (at most plan.k). */
  ids: number[];
  scores: number[];
  total: number;
}

/**
 * The share of its thread a full load takes while searches keep arriving (see loadTurns); 0 on the
 * server's own thread, where a load must never hold up pages, raised by the search thread.
 */
let loadShare = 0;

/**
 * On the search thread a load may take most of the thread: nothing else waits there but searches,
 * and until the index is in memory each search costs five times as much through the statement. With
 * one chunk per turn, fifty searches queued between two chunks (four milliseconds each) left the
 * load a few percent of the thread: under a steady stream of searches a restarted server had not
 * loaded its index after 25 seconds (4.5 s when idle), and searched slowly all that time.
 */
export function shareThreadWithLoads(share: number): void {
  loadShare = Math.max(0, Math.min(0.95, share));
}

/** A load's shortest run between two turns when it shares the thread. */
const MIN_LOAD_SLICE_MS = 10;

/** A chunk boundary: let the event loop turn, or keep going while the load is within its share. */
export function loadTurns(): () => Promise<void> {
  let sliceStart = performance.now();
  let away = 0;
  return async () => {
    const ran = performance.now() - sliceStart;
    // The load keeps the thread until it has run share/(1 − share) times as long as the others
    // had it during the last turn.
    if (loadShare > 0 && ran < Math.max(MIN_LOAD_SLICE_MS, (away * loadShare) / (1 - loadShare))) return;
    const left = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
    away = sliceStart - left;
  };
}

export class PostingsIndex {
  /** `bySlotMin`: BY_SLOT_MIN (tests compare the two ways of summing on small data). */
  constructor(private readonly bySlotMin = BY_SLOT_MIN) {}

  /** The content version these postings mirror. */
  version = -1;
  /** Live documents (the `n` of the IDF). */
  live = 0;
  private idSum = 0;
  private maxId = 0;
  private used = 0;
  private dead = 0;
  private gen = 0;
  private ids = new Int32Array(0);
  private alive = new Uint8Array(0);
  private group = new Uint8Array(0);
  private ref = new Int32Array(0);
  private published: string[] = [];
  private urls: string[] = [];
  private readonly slotOf = new Map<number, number>();
  private readonly terms = new Map<string, TermList>();
  // Scratch for scoring, one entry per slot; `stamp` says which query wrote an entry.
  private stamp = new Int32Array(0);
  private score = new Float64Array(0);
  private mask = new Int32Array(0);
  private epoch = 0;
  /** Weights by slot of long lists (0: absent), valid while the list is the same object at the same `gen`. */
  private readonly bySlot = new Map<string, { list: TermList; gen: number; weights: Uint16Array }>();

  /** Postings of a term among live documents (0 when absent). */
  df(term: string): number {
    return this.list(term)?.len ?? 0;
  }

  get postings(): number {
    let n = 0;
    for (const l of this.terms.values()) n += l.len;
    return n;
  }

  get termCount(): number {
    return this.terms.size;
  }

  private list(term: string): TermList | undefined {
    const l = this.terms.get(term);
    if (l && l.gen !== this.gen) this.compact(term, l);
    return l && l.len ? l : undefined;
  }

  /** Drops dead documents from a list, in place (deletions are applied lazily, list by list). */
  private compact(term: string, l: TermList): void {
    const { docs, weights, len } = l;
    const alive = this.alive;
    let j = 0;
    for (let i = 0; i < len; i++) {
      const d = docs[i]!;
      if (alive[d]) {
        docs[j] = d;
        weights[j] = weights[i]!;
        j++;
      }
    }
    l.len = j;
    l.gen = this.gen;
    if (!j) this.terms.delete(term);
  }

  private grow(need: number): void {
    if (need <= this.ids.length) return;
    const cap = Math.max(need, Math.ceil(this.ids.length * 1.5), 1024);
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.ids = copy(this.ids, (n) => new Int32Array(n));
    this.alive = copy(this.alive, (n) => new Uint8Array(n));
    this.group = copy(this.group, (n) => new Uint8Array(n));
    this.ref = copy(this.ref, (n) => new Int32Array(n));
    this.stamp = new Int32Array(cap);
    this.score = new Float64Array(cap);
    this.mask = new Int32Array(cap);
    this.epoch = 0;
  }

  addDocs(docs: IndexedDoc[]): void {
    this.grow(this.used + docs.length);
    for (const d of docs) {
      if (this.slotOf.has(d.id)) continue;
      const s = this.used++;
      this.ids[s] = d.id;
      this.alive[s] = 1;
      this.group[s] = GROUP[d.kind];
      this.ref[s] = d.ref_id;
      this.published[s] = d.published_at;
      this.urls[s] = d.url;
      this.slotOf.set(d.id, s);
      this.live++;
      this.idSum += d.id;
      if (d.id > this.maxId) this.maxId = d.id;
    }
  }

  removeDocs(ids: number[]): void {
    for (const id of ids) {
      const s = this.slotOf.get(id);
      if (s === undefined) continue;
      this.slotOf.delete(id);
      this.alive[s] = 0;
      this.published[s] = '';
      this.urls[s] = '';
      this.live--;
      this.idSum -= id;
      this.dead++;
    }
    if (ids.length) this.gen++;
  }

  /** The order of a term's list: higher weight first, then lower document id. */
  private static sortPostings(slots: number[], weights: number[], ids: Int32Array): number[] {
    const order = slots.map((_, i) => i);
    order.sort((x, y) => weights[y]! - weights[x]! || ids[slots[x]!]! - ids[slots[y]!]!);
    return order;
  }

  /** Adds the postings of documents already added with addDocs, merging them into each term's order. */
  addPostings(rows: { term: string; doc_id: number; weight: number }[]): void {
    const byTerm = new Map<string, { slots: number[]; weights: number[] }>();
    for (const r of rows) {
      const s = this.slotOf.get(r.doc_id);
      if (s === undefined) continue;
      if (r.weight < 0 || r.weight > MAX_WEIGHT || !Number.isInteger(r.weight)) throw new IndexUnusable(`weight ${r.weight} does not fit the in-memory index`);
      let e = byTerm.get(r.term);
      if (!e) byTerm.set(r.term, (e = { slots: [], weights: [] }));
      e.slots.push(s);
      e.weights.push(r.weight);
    }
    const ids = this.ids;
    for (const [term, add] of byTerm) {
      const order = PostingsIndex.sortPostings(add.slots, add.weights, ids);
      const old = this.terms.get(term);
      if (old && old.gen !== this.gen) this.compact(term, old);
      const oldLen = old?.len ?? 0;
      const docs = new Int32Array(oldLen + order.length);
      const weights = new Uint16Array(oldLen + order.length);
      // A publish adds a few postings to lists of thousands: each new one finds its place by
      // binary search, and the old runs between are copied whole.
      let from = 0;
      let o = 0;
      for (const k of order) {
        const wn = add.weights[k]!;
        const idn = ids[add.slots[k]!]!;
        let lo = from;
        let hi = oldLen;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const wo = old!.weights[mid]!;
          if (wo > wn || (wo === wn && ids[old!.docs[mid]!]! < idn)) lo = mid + 1;
          else hi = mid;
        }
        if (lo > from) {
          docs.set(old!.docs.subarray(from, lo), o);
          weights.set(old!.weights.subarray(from, lo), o);
          o += lo - from;
          from = lo;
        }
        docs[o] = add.slots[k]!;
        weights[o++] = wn;
      }
      if (from < oldLen) {
        docs.set(old!.docs.subarray(from, oldLen), o);
        weights.set(old!.weights.subarray(from, oldLen), o);
        o += oldLen - from;
      }
      this.terms.set(term, { docs, weights, len: o, gen: this.gen });
    }
  }

  /** Loads a term's postings as the engine ordered them (best weight first, then id). */
  private fillTerm(term: string, docIds: number[], ws: number[]): void {
    const docs = new Int32Array(docIds.length);
    const weights = new Uint16Array(docIds.length);
    const ids = this.ids;
    let n = 0;
    let sorted = true;
    for (let i = 0; i < docIds.length; i++) {
      const s = this.slotOf.get(docIds[i]!);
      if (s === undefined) continue;
      const w = ws[i]!;
      if (w < 0 || w > MAX_WEIGHT || !Number.isInteger(w)) throw new IndexUnusable(`weight ${w} does not fit the in-memory index`);
      if (n && (weights[n - 1]! < w || (weights[n - 1] === w && ids[docs[n - 1]!]! > docIds[i]!))) sorted = false;
      docs[n] = s;
      weights[n++] = w;
    }
    if (!n) return;
    if (!sorted) {
      // The statement orders them, but the ranking relies on the order: never take it on trust.
      const slots = Array.from(docs.subarray(0, n));
      const wsCopy = Array.from(weights.subarray(0, n));
      PostingsIndex.sortPostings(slots, wsCopy, ids).forEach((k, i) => {
        docs[i] = slots[k]!;
        weights[i] = wsCopy[k]!;
      });
    }
    this.terms.set(term, { docs: n === docs.length ? docs : docs.slice(0, n), weights: n === weights.length ? weights : weights.slice(0, n), len: n, gen: this.gen });
  }

  /** Renumbers the slots when dead ones outnumber live ones (each edit of an article leaves its old documents dead). */
  private reclaim(): void {
    if (this.dead < Math.max(1024, this.live)) return;
    for (const [term, l] of this.terms) if (l.gen !== this.gen) this.compact(term, l);
    const map = new Int32Array(this.used).fill(-1);
    const old = { ids: this.ids, group: this.group, ref: this.ref, published: this.published, urls: this.urls, alive: this.alive, used: this.used };
    this.ids = new Int32Array(0);
    this.alive = new Uint8Array(0);
    this.group = new Uint8Array(0);
    this.ref = new Int32Array(0);
    this.published = [];
    this.urls = [];
    this.used = 0;
    this.grow(this.live);
    for (let s = 0; s < old.used; s++) {
      if (!old.alive[s]) continue;
      const t = this.used++;
      map[s] = t;
      this.ids[t] = old.ids[s]!;
      this.alive[t] = 1;
      this.group[t] = old.group[s]!;
      this.ref[t] = old.ref[s]!;
      this.published[t] = old.published[s]!;
      this.urls[t] = old.urls[s]!;
      this.slotOf.set(old.ids[s]!, t);
    }
    for (const l of this.terms.values()) for (let i = 0; i < l.len; i++) l.docs[i] = map[l.docs[i]!]!;
    this.bySlot.clear();
    this.dead = 0;
  }

  /**
   * The best `plan.k` matches and the number of matches, exactly as the statement in
   * search.repository.ts computes them: with a driver, the driver terms' first `perTerm` postings
   * are the candidates and every term is summed over them (a candidate must have every slot);
   * without, each term's first `perTerm` postings are summed. Score Σ weight × coefficient, then
   * newer, then URL.
   */
  window(plan: ScoringPlan, perTerm: number): Window {
    if (plan.slotCount > MAX_SLOTS) throw new IndexUnusable('too many slots');
    if (++this.epoch >= 0x3fffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    const ep = this.epoch;
    const { stamp, score, mask } = this;
    const matched: number[] = [];
    const take = (term: string, capped: boolean, seed: boolean) => {
      const l = this.list(term);
      if (!l) return;
      const { slot, c } = plan.coef.get(term)!;
      const bit = 1 << slot;
      const n = capped ? Math.min(perTerm, l.len) : l.len;
      const { docs, weights } = l;
      for (let i = 0; i < n; i++) {
        const d = docs[i]!;
        if (stamp[d] !== ep) {
          if (!seed) continue;
          stamp[d] = ep;
          score[d] = 0;
          mask[d] = 0;
          matched.push(d);
        }
        score[d] = score[d]! + weights[i]! * c;
        mask[d] = mask[d]! | bit;
      }
    };
    let found = matched;
    if (plan.driver) {
      // Candidates: the driver terms' capped postings (scored below with every term, once).
      for (const t of plan.driver) {
        const l = this.list(t);
        if (!l) continue;
        const n = Math.min(perTerm, l.len);
        for (let i = 0; i < n; i++) {
          const d = l.docs[i]!;
          if (stamp[d] === ep) continue;
          stamp[d] = ep;
          score[d] = 0;
          mask[d] = 0;
          matched.push(d);
        }
      }
      for (const t of plan.terms) {
        const l = this.list(t);
        // (A weight of 0 would still mark the slot: such a list, if one were ever stored, is scanned.)
        if (l && l.len >= this.bySlotMin && l.len > 8 * matched.length && l.weights[l.len - 1]! > 0) this.sumBySlot(t, l, matched, plan);
        else take(t, false, false);
      }
    } else {
      for (const t of plan.terms) take(t, true, true);
    }
    if (plan.mode === 'all') {
      const full = (2 ** plan.slotCount - 1) | 0;
      found = matched.filter((d) => mask[d] === full);
    }
    const top = this.best(found, plan.k);
    return { ids: top.map((d) => this.ids[d]!), scores: top.map((d) => score[d]!), total: found.length };
  }

  /** What `take` adds for the candidates, from the list's weights by slot: the same sums. */
  private sumBySlot(term: string, l: TermList, candidates: number[], plan: ScoringPlan): void {
    const w = this.weightsBySlot(term, l);
    const { slot, c } = plan.coef.get(term)!;
    const bit = 1 << slot;
    const { score, mask } = this;
    for (const d of candidates) {
      // Documents added after the array was built have no posting in this list (one would have replaced it).
      const x = d < w.length ? w[d]! : 0;
      if (!x) continue;
      score[d] = score[d]! + x * c;
      mask[d] = mask[d]! | bit;
    }
  }

  private weightsBySlot(term: string, l: TermList): Uint16Array {
    const known = this.bySlot.get(term);
    if (known) this.bySlot.delete(term);
    if (known && known.list === l && known.gen === l.gen) {
      this.bySlot.set(term, known);
      return known.weights;
    }
    const weights = new Uint16Array(this.used);
    for (let i = 0; i < l.len; i++) weights[l.docs[i]!] = l.weights[i]!;
    if (this.bySlot.size >= MAX_BY_SLOT) this.bySlot.delete(this.bySlot.keys().next().value!);
    this.bySlot.set(term, { list: l, gen: l.gen, weights });
    return weights;
  }

  /** The best `k` of the slots, best first: score, then newer, then URL (then id, where the statement leaves it open). */
  private best(found: number[], k: number): number[] {
    const { score, published, urls, ids } = this;
    const before = (a: number, b: number) => {
      const sa = score[a]!;
      const sb = score[b]!;
      if (sa !== sb) return sa > sb;
      const pa = published[a]!;
      const pb = published[b]!;
      if (pa !== pb) return pa > pb;
      const ua = urls[a]!;
      const ub = urls[b]!;
      if (ua !== ub) return ua < ub;
      return ids[a]! < ids[b]!;
    };
    const top: number[] = [];
    for (const d of found) {
      if (top.length >= k && !before(d, top[k - 1]!)) continue;
      let i = top.length < k ? top.length : k - 1;
      if (top.length < k) top.push(d);
      while (i > 0 && before(d, top[i - 1]!)) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = d;
    }
    return top;
  }

  /**
   * Brings the index to the database's current state in one consistent read: the documents added
   * since (new ids; an edit replaces an article's documents, so the old ones of the same group and
   * ref go) and, when the count or the sum of ids says something else changed too, a scan of the
   * ids. Returns false when so much changed that a full load is cheaper.
   */
  async refresh(db: Db): Promise<boolean> {
    const change = await inSnapshot(db, async (trx) => {
      const head = await indexHead(trx);
      if (head.docs === this.live && head.idSum === this.idSum && head.maxId === this.maxId) return { head, removed: [] as number[], added: [] as IndexedDoc[], rows: [] };
      const newer = await docsInRange(trx, this.maxId, head.maxId, MAX_INCREMENT + 1);
      if (newer.length > MAX_INCREMENT) return undefined;
      const refs = new Set(newer.map((d) => `${GROUP[d.kind]}:${d.ref_id}`));
      let removed: number[] = [];
      if (refs.size) for (const [id, s] of this.slotOf) if (refs.has(`${this.group[s]}:${this.ref[s]}`)) removed.push(id);
      let added = newer;
      const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
      if (this.live - removed.length + added.length !== head.docs || this.idSum - sum(removed) + sum(added.map((d) => d.id)) !== head.idSum) {
        const present = await docIds(trx, head.maxId);
        const now = new Set(present);
        removed = [...this.slotOf.keys()].filter((id) => !now.has(id));
        const missing = present.filter((id) => !this.slotOf.has(id));
        if (missing.length > MAX_INCREMENT) return undefined;
        added = [];
        for (let i = 0; i < missing.length; i += 500) added.push(...(await docsByIdList(trx, missing.slice(i, i + 500))));
      }
      const rows: { term: string; doc_id: number; weight: number }[] = [];
      for (let i = 0; i < added.length; i += 500) rows.push(...(await postingsOfDocs(trx, added.slice(i, i + 500).map((d) => d.id))));
      return { head, removed, added, rows };
    });
    if (!change) return false;
    // Applied in one synchronous step: a query sees the index before or after, never half of it.
    this.removeDocs(change.removed);
    this.addDocs(change.added);
    this.addPostings(change.rows);
    this.version = change.head.version;
    this.reclaim();
    return true;
  }

  /**
   * A full load, in bounded chunks and outside a transaction (a transaction would hold SQLite's
   * only connection for seconds): documents up to the largest id seen at the start, then the
   * postings term range by term range. Writes landing meanwhile are caught by the refresh that
   * follows, which reads in one snapshot.
   */
  static async load(db: Db): Promise<PostingsIndex> {
    const ix = new PostingsIndex();
    const head = await indexHead(db);
    // Chunks between turns of the event loop: on SQLite the reads are synchronous, and a load of
    // 10,000 articles (seconds) in one turn held every other request behind it.
    const turn = loadTurns();
    for (let after = 0; ; ) {
      await turn();
      const docs = await docsInRange(db, after, head.maxId, 10_000);
      if (!docs.length) break;
      ix.addDocs(docs);
      after = docs[docs.length - 1]!.id;
    }
    const counts = await termCounts(db, head.maxId);
    for (let i = 0; i < counts.length; ) {
      let j = i;
      let size = 0;
      while (j < counts.length && (j === i || size + counts[j]!.n <= LOAD_CHUNK)) size += counts[j++]!.n;
      await turn();
      for (const r of await postingListsOfTerms(db, counts[i]!.term, counts[j - 1]!.term, head.maxId)) ix.fillTerm(r.term, r.docs, r.weights);
      i = j;
    }
    ix.version = head.version;
    // Anything written while loading (the documents were read before some postings) is settled here.
    await ix.refresh(db);
    return ix;
  }
}

/**
 * A query's page from the in-memory index: the same plan (search.repository.ts scoringPlan), the
 * window computed here, then the page's documents read by primary key for the phrase bonus and
 * the snippets. Undefined when a document of the window has gone from the table meanwhile (the
 * caller asks the statement instead).
 */
export async function searchInMemory(
  db: Db,
  index: PostingsIndex,
  slots: SlotQuery[],
  mode: 'all' | 'any',
  limit: number,
  offset: number,
  phrase?: string,
): Promise<{ total: number; hits: SearchHit[] } | undefined> {
  const df = new Map<string, number>();
  for (const s of slots) for (const a of s.alts) if (!df.has(a.term) && index.df(a.term)) df.set(a.term, index.df(a.term));
  const plan = scoringPlan(slots, mode, limit, offset, index.live, df);
  if (!plan) return { total: 0, hits: [] };
  const found = await widening(plan, (perTerm) => index.window(plan, perTerm));
  if (!found.total) return { total: 0, hits: [] };
  // The bonus re-ranks the whole window; otherwise only the page's documents are read.
  const rerank = Boolean(phrase) && offset + limit <= RERANK_WINDOW;
  const from = rerank ? 0 : offset;
  const ids = found.ids.slice(from, rerank ? undefined : offset + limit);
  const byId = await rowsOf(db, ids);
  if (!byId) return undefined;
  const scored = ids.map((id, i) => scoredHit(byId.get(id)!, found.scores[from + i]!));
  return rerank ? pageOf(scored, found.total, limit, offset, phrase) : { total: found.total, hits: scored.map(plainHit) };
}

/**
 * Rows of search documents read lately, bodies included, least recently used out past this many
 * body bytes. A document's row never changes (an edit gives new ids, and ids are never reused), so
 * a kept row is never stale. Reading the twenty rows a query re-ranks was over half of a search's
 * CPU (bodies of ~4 kB copied out of SQLite each time) and most of its garbage, while the rows
 * queries rank high are few: the same popular articles come back query after query.
 */
const ROW_BYTES = 16 * 1024 * 1024;

class RowCache {
  private readonly rows = new Map<number, SearchHit>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  take(id: number): SearchHit | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.rows.delete(id);
    this.rows.set(id, row);
    return row;
  }

  put(row: SearchHit): void {
    if (this.rows.has(row.id)) return;
    this.rows.set(row.id, row);
    this.bytes += sizeOf(row);
    for (const [id, old] of this.rows) {
      if (this.bytes <= ROW_BYTES) break;
      this.rows.delete(id);
      this.bytes -= sizeOf(old);
    }
  }
}

const sizeOf = (row: SearchHit) => (typeof row.body === 'string' ? row.body.length * 2 : row.body.length) + 2 * (row.title.length + row.url.length) + 64;

const rowCaches = new WeakMap<Db, RowCache>();

/** The rows of these documents, from the cache and then the database; undefined when one is gone. */
async function rowsOf(db: Db, ids: number[]): Promise<Map<number, SearchHit> | undefined> {
  let cache = rowCaches.get(db);
  if (!cache) rowCaches.set(db, (cache = new RowCache()));
  const byId = new Map<number, SearchHit>();
  const missing: number[] = [];
  for (const id of ids) {
    const row = cache.take(id);
    if (row) byId.set(id, row);
    else missing.push(id);
  }
  cache.hits += ids.length - missing.length;
  cache.misses += missing.length;
  if (missing.length) {
    const rows = await hitsByIds(db, missing);
    if (rows.length !== missing.length) return undefined;
    for (const r of rows) {
      byId.set(r.id, r);
      cache.put(r);
    }
  }
  return byId;
}

/** Rows served from memory and read from the database so far (the benchmark prints the rate). */
export function rowCacheStats(db: Db): { hits: number; misses: number } {
  const c = rowCaches.get(db);
  return { hits: c?.hits ?? 0, misses: c?.misses ?? 0 };
}

interface Holder {
  index?: PostingsIndex;
  /** A refresh asked for and not yet started: later callers join it. */
  queued?: Promise<void>;
  chain: Promise<void>;
  failedAt?: number;
  unusable?: boolean;
}

const holders = new WeakMap<Db, Holder>();
/** After a failed load or refresh, queries use the statement for this long before the next try. */
const RETRY_MS = 30_000;

function holder(db: Db): Holder {
  let h = holders.get(db);
  if (!h) holders.set(db, (h = { chain: Promise.resolve() }));
  return h;
}

async function update(db: Db, h: Holder): Promise<void> {
  try {
    if (!h.index || !(await h.index.refresh(db))) h.index = await PostingsIndex.load(db);
    h.failedAt = undefined;
  } catch (err) {
    if (err instanceof IndexUnusable) h.unusable = true;
    h.failedAt = Date.now();
    throw err;
  }
}

/** Asks for a refresh; one not yet started is shared, so a burst of queries costs one. */
function requestUpdate(db: Db, h: Holder): Promise<void> {
  if (h.queued) return h.queued;
  const p = h.chain.then(() => {
    h.queued = undefined;
    return update(db, h);
  });
  h.queued = p;
  h.chain = p.catch(() => {});
  return p;
}

/**
 * The in-memory index of `db` at `version` or later, or undefined when it is not (yet) there.
 * `wait`: wait for the load or the refresh (tests, tools); otherwise one is started in the
 * background and the caller uses the statement meanwhile, so a publish or the first search
 * after a start never makes fifty searches wait. Without a version the database is asked.
 */
export async function postingsIndex(db: Db, version: number | undefined, wait: boolean): Promise<PostingsIndex | undefined> {
  const h = holder(db);
  if (h.unusable) return undefined;
  if (h.index && version !== undefined && h.index.version >= version) return h.index;
  if (h.failedAt !== undefined && Date.now() - h.failedAt < RETRY_MS && !h.queued) return undefined;
  const p = requestUpdate(db, h);
  if (!wait && version !== undefined) {
    p.catch(() => {});
    if (!h.index) return undefined;
    // A refresh that finds nothing to do, or a few documents, finishes before the loop's next turn
    // on SQLite (every read there is synchronous): then the index answers instead of the
    // statement, which cost this search tens of milliseconds after each version move. A longer
    // one (a reload, PostgreSQL's round trips) is left running and the statement answers.
    await Promise.race([p.catch(() => {}), new Promise<void>((resolve) => setImmediate(resolve))]);
    return h.index && h.index.version >= version ? h.index : undefined;
  }
  try {
    await p;
  } catch {
    return undefined;
  }
  return h.index;
}

/** Forgets the index of `db` (tests; a closed database). */
export function dropPostingsIndex(db: Db): void {
  holders.delete(db);
}
