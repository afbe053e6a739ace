import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, type SynonymMap, type Vocabulary } from './query.js';
import { bodyText, FOLDED_TERM, snippetFromBytes, type Body } from './body.js';
import { postingsIndex, searchInMemory } from './postings.js';
import { documentFrequencies, searchDocs, synonymRows, titleDocIds, titleDocsHead, titlesByIds, type SearchHit, type SlotQuery } from './search.repository.js';
import { cut, normalize } from './segment.js';
import { simplified } from '../web/han.js';

/**
 * Characters a query may have. An English question on the English site runs to 60 letters and more
 * (what is the difference between segmental and non-segmental); the work a query costs is bounded
 * by this and by the twelve meanings searched at most.
 */
export const MAX_QUERY_LENGTH = 100;
export const PAGE_SIZE = 10;
/** Fewer documents than this holding every word of a query of three or more: the others follow them. */
export const FEW_HOLD_EVERY_WORD = 3;
/** …and they come first only if they are also among this many best of the documents holding some. */
export const EVERY_WORD_AMONG = 3;
/** Asked which doctor to see: the doctors' pages among this many results come first, at most DOCTORS_FIRST of them. */
export const DOCTOR_WINDOW = 30;
export const DOCTORS_FIRST = 3;
/** A comparison of two: the pages titled by either among this many results (any word) lead the first page, at most COMPARED_FIRST. */
export const COMPARED_WINDOW = 30;
export const COMPARED_FIRST = 3;

/**
 * A text and the spans of it to mark, as [start, end) offsets in UTF-16 units, ascending and apart.
 * Offsets and not a list of fragments: an outcome crosses from the search thread by structured
 * clone, where the hundred small objects of a page's fragments cost more to copy and rebuild than
 * the search that made them (docs/decisions/0061-compact-outcomes.md).
 */
export type Marked = { text: string; marks: number[] };

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'noWords' }
  | {
      kind: 'results';
      terms: string[];
      broadened: boolean;
      /** Only this many results hold every word (fewer than FEW_HOLD_EVERY_WORD); those after them hold some. */
      everyWord?: number;
      /** Those few were not among the best by the words they hold: all results in one ranking, not them first. */
      everyWordNotFirst?: true;
      /** What was searched instead of a homophone or pinyin the index does not have. */
      corrected?: string;
      total: number;
      page: number;
      pages: number;
      /** The body is cut to its snippet here: outcomes are kept in a cache, whole bodies would not fit. */
      hits: (Omit<SearchHit, 'body'> & { titleMarks: number[]; snippet: Marked })[];
    };

interface Lexicon {
  version: number | undefined;
  vocab: Vocabulary;
  synonyms: SynonymMap;
}

/** Titles whose words feed the vocabulary: at most this many, the oldest documents first. */
const MAX_TITLES = 20_000;
/** Titles read and cut per turn of the event loop when many are new (a start, a rebuild). */
const TITLE_CHUNK = 1000;

/**
 * What the vocabulary is made of, kept between content versions: each title's words (only those
 * a correction can lead to: Chinese, 2–10 characters), how many titles hold each word, and the
 * synonym rows it was built with. 10,000 titles hold ~2 MB here.
 */
interface LexiconState {
  lex: Lexicon;
  /** Each title's words joined by NUL (one string per title: a third of the memory of arrays). */
  titleWords: Map<number, string>;
  wordTitles: Map<string, number>;
  /** titleDocsHead when the titles were last read: unchanged, nothing about them is read again. */
  titlesHead: string;
  synonymKey: string;
}

const lexicons = new WeakMap<Kysely<Database>, LexiconState>();
const building = new WeakMap<Kysely<Database>, { version: number; done: Promise<LexiconState> }>();

/**
 * The vocabulary (clinic dictionary, synonym targets, words of titles) and the synonym table for a
 * content version: a synonym edit moves the version, so it takes effect on the next query with no
 * reindex. Most version moves change neither (a booking session, a comment): then only the synonym
 * rows and a fingerprint of the title documents are read (an index) and the same vocabulary serves
 * the new version. New titles are read and cut alone, so a publish costs its own title, not 10,000 of them
 * (cutting every title anew held the only thread for ~100–200 ms at each version move). Without a
 * version (tests, tools) everything is read afresh.
 */
export async function lexicon(db: Kysely<Database>, version?: number): Promise<Lexicon> {
  if (version === undefined) return (await nextLexicon(db, undefined, undefined)).lex;
  const known = lexicons.get(db);
  if (known && known.lex.version === version) return known.lex;
  const pending = building.get(db);
  if (pending && pending.version === version) return (await pending.done).lex;
  // One build at a time per database: each starts from the state the previous one left.
  const done = (pending ? pending.done.catch(() => undefined) : Promise.resolve(undefined)).then(async () => {
    const next = await nextLexicon(db, version, lexicons.get(db));
    const now = lexicons.get(db);
    if (!now || now.lex.version === undefined || now.lex.version <= version) lexicons.set(db, next);
    return next;
  });
  building.set(db, { version, done });
  try {
    return (await done).lex;
  } finally {
    if (building.get(db)?.done === done) building.delete(db);
  }
}

const vocabularyWord = (w: string) => /^[\u3400-\u9fff]{2,10}$/u.test(w);
const wordsOf = (joined: string) => (joined ? joined.split('\u0000') : []);
/**
 * A doctor's page is titled by the name, a space, then the post (林清远 主任医师); the cut splits a name
 * (林|清远), so it is a vocabulary word as a whole too, and its pinyin (linqingyuan) and homophones reach
 * it (helper srch29). Two to four characters before the first space.
 */
const NAME_FIRST = /^([\u3400-\u9fff]{2,4}) /u;
const nameOf = (title: string): string[] => {
  const m = NAME_FIRST.exec(title);
  return m ? [m[1]!] : [];
};

async function nextLexicon(db: Kysely<Database>, version: number | undefined, prev: LexiconState | undefined): Promise<LexiconState> {
  const [rows, titlesHead] = await Promise.all([synonymRows(db), titleDocsHead(db)]);
  const synonymKey = rows.map((r) => `${r.term}\u0000${r.target}`).join('\u0001');
  if (prev && prev.titlesHead === titlesHead && prev.synonymKey === synonymKey) return { ...prev, lex: { ...prev.lex, version } };
  const ids = await titleDocIds(db, MAX_TITLES);
  const titleWords = prev ? prev.titleWords : new Map<number, string>();
  const wordTitles = prev ? prev.wordTitles : new Map<string, number>();
  const present = new Set(ids);
  const gone = [...titleWords.keys()].filter((id) => !present.has(id));
  const added = ids.filter((id) => !titleWords.has(id));
  // Read and cut before changing anything: a failed read leaves the previous state whole.
  const cutTitles: [number, string[]][] = [];
  for (let i = 0; i < added.length; i += TITLE_CHUNK) {
    if (i) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const t of await titlesByIds(db, added.slice(i, i + TITLE_CHUNK))) {
      const title = normalize(t.title);
      cutTitles.push([t.id, [...new Set([...cut(title).filter(vocabularyWord), ...nameOf(title)])]]);
    }
  }
  let wordsChanged = !prev;
  for (const id of gone) {
    for (const w of wordsOf(titleWords.get(id)!)) {
      const n = wordTitles.get(w)! - 1;
      if (n) wordTitles.set(w, n);
      else {
        wordTitles.delete(w);
        wordsChanged = true;
      }
    }
    titleWords.delete(id);
  }
  for (const [id, ws] of cutTitles) {
    titleWords.set(id, ws.join('\u0000'));
    for (const w of ws) {
      const n = wordTitles.get(w) ?? 0;
      if (!n) wordsChanged = true;
      wordTitles.set(w, n + 1);
    }
  }
  if (prev && !wordsChanged && prev.synonymKey === synonymKey) return { ...prev, titlesHead, lex: { ...prev.lex, version } };
  const words = new Map(clinicVocabulary());
  for (const r of rows) for (const w of [r.term, r.target]) if (!words.has(normalize(w))) words.set(normalize(w), 3000);
  for (const w of wordTitles.keys()) if (!words.has(w)) words.set(w, 1000);
  const synonyms = prev && prev.synonymKey === synonymKey ? prev.lex.synonyms : buildSynonyms(rows);
  return { lex: { version, vocab: buildVocabulary(words), synonyms }, titleWords, wordTitles, titlesHead, synonymKey };
}

/**
 * Where a query's postings are read: 'memory' the in-memory index (postings.ts) only, waiting for
 * it to load or catch up, and throwing when it cannot answer (tests, the benchmark); 'sql' the
 * statement (the reference); 'auto' the index when it is at the caller's version, the statement
 * while it loads or catches up.
 */
export type SearchEngine = 'auto' | 'memory' | 'sql';

/**
 * `version`: the content version the caller saw, so that term statistics and the vocabulary can
 * be reused. `exact`: no homophone or pinyin correction (the "search the original words" link).
 */
export async function search(
  db: Kysely<Database>,
  rawQuery: string,
  page: number,
  version?: number,
  opts: { exact?: boolean; engine?: SearchEngine } = {},
): Promise<SearchOutcome> {
  const query = rawQuery.trim();
  if (!query) return { kind: 'empty' };
  if ([...query].length > MAX_QUERY_LENGTH) return { kind: 'tooLong' };
  const engine = opts.engine ?? 'auto';
  const [{ vocab, synonyms }, index] = await Promise.all([lexicon(db, version), engine === 'sql' ? undefined : postingsIndex(db, version, engine === 'memory')]);
  const df = index ? async (terms: string[]) => new Map(terms.map((t) => [t, index.df(t)])) : (terms: string[]) => documentFrequencies(db, terms, version);
  const plan = await planQuery(query, { vocab, synonyms, exact: opts.exact, df });
  const slots = plan.slots.slice(0, 12);
  if (!slots.length) return { kind: 'noWords' };
  const offset = (page - 1) * PAGE_SIZE;
  if (engine === 'memory' && !index) throw new Error('the in-memory search index is not available');
  const run = async (mode: 'all' | 'any', s: SlotQuery[], limit = PAGE_SIZE, from = offset) => {
    const fromMemory = index && (await searchInMemory(db, index, s, mode, limit, from, plan.phrase));
    if (fromMemory) return fromMemory;
    // 'memory' never answers from the statement: the tests compare the two paths.
    if (engine === 'memory') throw new Error('the in-memory search index could not answer');
    return searchDocs(db, s, mode, limit, from, version, plan.phrase);
  };
  let broadened = Boolean(plan.dropped);
  let found = await run('all', slots);
  let everyWord: number | undefined;
  let everyWordNotFirst: true | undefined;
  if (found.total === 0 && slots.length > 1) {
    broadened = true;
    found = await run('any', slots);
  } else if (found.total < FEW_HOLD_EVERY_WORD && (slots.length >= 3 || (plan.compared && slots.length === 2))) {
    // A comparison of two (准分子和窄谱哪个好) is answered by the page on either as well as by the
    // few that name both: those first, then the pages on one of them.
    // A long question rarely has every word in the page that answers it (孩子白癜风能用激素吗 in a
    // FAQ that never says 白癜风): the one or two documents that hold them all come first, then
    // the documents that hold some, best first, as when none holds all.
    const every = offset === 0 ? found : await run('all', slots, FEW_HOLD_EVERY_WORD, 0);
    const held = new Set(every.hits.map((h) => h.id));
    const first = every.hits.slice(offset, offset + PAGE_SIZE);
    const skip = Math.max(0, offset - every.total);
    const want = PAGE_SIZE - first.length;
    const some = await run('any', slots, skip + want + every.total, 0);
    // Holding every word is a reason to come first only for a document that is also among the best
    // few by the words it holds: 皮肤镜能看出白癜风吗 is held in full by a surgery article that says
    // 看出 once, while the dermoscopy article (皮肤镜 in its title) lacks only 看出. Otherwise the
    // ranking of the documents holding some words decides, the full ones wherever they fall in it.
    // `some` starts at the first result and reaches past this page, so it serves either way.
    const best = new Set(some.hits.slice(0, EVERY_WORD_AMONG).map((h) => h.id));
    if (every.hits.every((h) => best.has(h.id))) found = { total: some.total, hits: [...first, ...some.hits.filter((h) => !held.has(h.id)).slice(skip, skip + want)] };
    else {
      found = { total: some.total, hits: some.hits.slice(offset, offset + PAGE_SIZE) };
      everyWordNotFirst = true;
    }
    everyWord = every.total;
  }
  // A comparison of two (植皮和微针选哪个, 准分子和窄谱哪个好) is answered first by the pages titled by one of the two
  // (or both): pages that name both only in passing (a list of what to avoid in the progressive stage) came
  // first when three or more held both. The titled pages among the first COMPARED_WINDOW results of either
  // word lead page 1, those titled by both first (at most COMPARED_FIRST), the page as found after them. One more read of a fixed size; both engines rank alike, so they find and reorder the same.
  if (plan.compared && slots.length === 2 && offset === 0) {
    const wide = await run('any', slots, COMPARED_WINDOW, 0);
    const named = (h: { title: string }) => {
      const title = normalize(h.title);
      return slots.filter((s) => s.alts.some((a) => title.includes(a.term))).length;
    };
    // Among the titled, those already on the page keep their order there, before those the wider read brought.
    const onPage = new Map(found.hits.map((h, i) => [h.id, i]));
    const scored = wide.hits.map((h, i) => ({ h, n: h.kind === 'doctor' ? 0 : named(h), key: onPage.get(h.id) ?? PAGE_SIZE + i }));
    const titled = [2, 1]
      .flatMap((n) => scored.filter((x) => x.n === n).sort((a, b) => a.key - b.key))
      .map(({ h }) => h)
      .slice(0, COMPARED_FIRST);
    const ids = new Set(titled.map((h) => h.id));
    const hits = [...titled, ...found.hits.filter((h) => !ids.has(h.id))].slice(0, PAGE_SIZE);
    found = { total: Math.max(found.total, hits.length), hits };
  }
  // A treatment the patient turned down (不想做手术): the pages titled by it come after the others on
  // the page; a page titled by it beside another treatment is where the two are weighed (外用药物：糖皮质
  // 激素与钙调磷酸酶抑制剂 for 不想用激素) and comes first. Both engines found the same page, so they
  // reorder it the same way.
  if (plan.excluded) {
    const place = (h: { title: string }) => {
      const title = normalize(h.title);
      if (!plan.excluded!.some((x) => title.includes(x))) return 1;
      return plan.wanted?.some((w) => title.includes(w)) ? 0 : 2;
    };
    found = { ...found, hits: [0, 1, 2].flatMap((p) => found.hits.filter((h) => place(h) === p)) };
  }
  // Which doctor to see (挂哪个医生): the doctors' pages among the first DOCTOR_WINDOW results lead the
  // first page, in their order (at most DOCTORS_FIRST), the other results after them. One more read
  // of a fixed size; both engines rank alike, so they find and reorder the same.
  if (plan.doctorAsked && offset === 0) {
    const wide = await run(broadened ? 'any' : 'all', slots, DOCTOR_WINDOW, 0);
    const doctors = wide.hits.filter((h) => h.kind === 'doctor').slice(0, DOCTORS_FIRST);
    const ids = new Set(doctors.map((h) => h.id));
    found = { ...found, hits: [...doctors, ...found.hits.filter((h) => !ids.has(h.id))].slice(0, PAGE_SIZE) };
  }
  const terms = plan.highlight;
  return {
    kind: 'results',
    terms,
    broadened,
    ...(everyWord !== undefined ? { everyWord } : {}),
    ...(everyWordNotFirst ? { everyWordNotFirst } : {}),
    ...(plan.corrected ? { corrected: plan.corrected } : {}),
    total: found.total,
    page,
    pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)),
    hits: found.hits.map((h) => ({ id: h.id, kind: h.kind, url: h.url, title: h.title, published_at: h.published_at, titleMarks: highlight(h.title, terms).marks, snippet: snippet(h.body, terms) })),
  };
}

const FOLDABLE = /[\uFF01-\uFF5EA-Z]/;

/**
 * The query side is NFKC-normalised; NFKC can change a text's length (… becomes ...), so the
 * text side folds only what keeps every position: full-width ASCII, upper case and traditional
 * characters (one for one, src/web/han.ts).
 */
function fold(text: string): string {
  const han = simplified(text);
  // Most text (Chinese) has nothing more to fold: one scan instead of two replacements with callbacks.
  if (!FOLDABLE.test(han)) return han;
  return han.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * The text to look for the terms in: folding changes characters one for one, so the terms are
 * found at the same places in the text as it is. Terms without ASCII need only the traditional
 * characters folded (a text imported from a traditional-character site).
 */
function foldFor(text: string, terms: string[]): string {
  return terms.some((t) => FOLDED_TERM.test(t)) ? fold(text) : simplified(text);
}

/** The runs of text the terms cover (every occurrence of each); rendering escapes each run, so no HTML is built here. */
export function highlight(text: string, terms: string[]): Marked {
  if (!terms.length) return { text, marks: [] };
  const hay = foldFor(text, terms);
  const spans: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + term.length)) spans.push([i, i + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Overlapping or touching spans are one run, as marking character by character made them.
  const marks: number[] = [];
  for (const [a, b] of spans) {
    const last = marks.length - 1;
    if (last > 0 && a <= marks[last]!) marks[last] = Math.max(marks[last]!, b);
    else marks.push(a, b);
  }
  return { text, marks };
}

/**
 * About `width` characters of the body around the first matched term. A body read as bytes (the
 * in-memory path) is decoded only around the match when the terms need no folding.
 */
export function snippet(body: Body, terms: string[], width = 90): Marked {
  const near = typeof body !== 'string' && !terms.some((t) => FOLDED_TERM.test(t)) ? snippetFromBytes(body, terms, width) : undefined;
  return highlight(near ?? snippetText(body, terms, width), terms);
}

// A cached row's body (bytes) flattened and folded once: the row cache hands the same Buffer to
// query after query and never changes it; the entry goes with the Buffer. Decoding, flattening
// and folding whole bodies for terms with ASCII was most of the snippets' time.
const flatBodies = new WeakMap<Buffer, { flat: string; folded?: string }>();

function flatBody(body: Body): { flat: string; folded?: string } {
  if (typeof body === 'string') return { flat: body.replace(/\s+/g, ' ').trim() };
  let known = flatBodies.get(body);
  if (!known) flatBodies.set(body, (known = { flat: bodyText(body).replace(/\s+/g, ' ').trim() }));
  return known;
}

function snippetText(body: Body, terms: string[], width: number): string {
  const known = flatBody(body);
  const flat = known.flat;
  // foldFor, with the full fold kept on a cached body for the next query.
  const hay = terms.some((t) => FOLDED_TERM.test(t)) ? (known.folded ??= fold(flat)) : simplified(flat);
  const positions = terms.map((t) => hay.indexOf(t)).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start--;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1] ?? '')) end++;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
