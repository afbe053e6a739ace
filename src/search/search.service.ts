import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, type SynonymMap, type Vocabulary } from './query.js';
import { bodyText, FOLDED_TERM, snippetFromBytes, type Body } from './body.js';
import { postingsIndex, searchInMemory } from './postings.js';
import { documentFrequencies, searchDocs, type SearchHit, type SlotQuery } from './search.repository.js';
import { cut, normalize } from './segment.js';

export const MAX_QUERY_LENGTH = 50;
export const PAGE_SIZE = 10;

export type Fragment = { text: string; mark: boolean };

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'noWords' }
  | {
      kind: 'results';
      terms: string[];
      broadened: boolean;
      /** What was searched instead of a homophone or pinyin the index does not have. */
      corrected?: string;
      total: number;
      page: number;
      pages: number;
      /** The body is cut to its snippet here: outcomes are kept in a cache, whole bodies would not fit. */
      hits: (Omit<SearchHit, 'body'> & { titleFragments: Fragment[]; snippet: Fragment[] })[];
    };

interface Lexicon {
  version: number | undefined;
  vocab: Vocabulary;
  synonyms: SynonymMap;
}

/**
 * The vocabulary (clinic dictionary, synonym targets, words of titles) and the synonym table,
 * built once per content version: a synonym edit moves the version, so it takes effect on the
 * next query with no reindex. Without a version (tests, tools) they are read afresh.
 */
const lexicons = new WeakMap<Kysely<Database>, Lexicon>();

export async function lexicon(db: Kysely<Database>, version?: number): Promise<Lexicon> {
  const cached = lexicons.get(db);
  if (cached && version !== undefined && cached.version === version) return cached;
  const [rows, titles] = await Promise.all([
    db.selectFrom('search_synonym').select(['term', 'target']).orderBy('id').execute(),
    db.selectFrom('search_doc').select('title').where('kind', 'in', ['article', 'doctor']).orderBy('id').limit(20_000).execute(),
  ]);
  const words = new Map(clinicVocabulary());
  for (const r of rows) for (const w of [r.term, r.target]) if (!words.has(normalize(w))) words.set(normalize(w), 3000);
  for (const t of titles) for (const w of cut(normalize(t.title))) if (!words.has(w)) words.set(w, 1000);
  const lex = { version, vocab: buildVocabulary(words), synonyms: buildSynonyms(rows) };
  if (version !== undefined) lexicons.set(db, lex);
  return lex;
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
  const run = async (mode: 'all' | 'any', s: SlotQuery[]) => {
    const fromMemory = index && (await searchInMemory(db, index, s, mode, PAGE_SIZE, offset, plan.phrase));
    if (fromMemory) return fromMemory;
    // 'memory' never answers from the statement: the tests compare the two paths.
    if (engine === 'memory') throw new Error('the in-memory search index could not answer');
    return searchDocs(db, s, mode, PAGE_SIZE, offset, version, plan.phrase);
  };
  let broadened = false;
  let found = await run('all', slots);
  if (found.total === 0 && slots.length > 1) {
    broadened = true;
    found = await run('any', slots);
  }
  const terms = plan.highlight;
  return {
    kind: 'results',
    terms,
    broadened,
    ...(plan.corrected ? { corrected: plan.corrected } : {}),
    total: found.total,
    page,
    pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)),
    hits: found.hits.map(({ body, ...h }) => ({ ...h, titleFragments: highlight(h.title, terms), snippet: snippet(body, terms) })),
  };
}

const FOLDABLE = /[\uFF01-\uFF5EA-Z]/;

/**
 * The query side is NFKC-normalised; NFKC can change a text's length (… becomes ...), so the
 * text side folds only what keeps every position: full-width ASCII and upper case.
 */
function fold(text: string): string {
  // Most text (Chinese) has nothing to fold: one scan instead of two replacements with callbacks.
  if (!FOLDABLE.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * The text to look for the terms in: folding changes only ASCII and full-width ASCII characters,
 * one for one, so terms without any ASCII are found at the same places in the text as it is.
 */
function foldFor(text: string, terms: string[]): string {
  return terms.some((t) => FOLDED_TERM.test(t)) ? fold(text) : text;
}

/** Splits text into marked and unmarked runs; rendering escapes each run, so no HTML is built here. */
export function highlight(text: string, terms: string[]): Fragment[] {
  const hay = foldFor(text, terms);
  if (!terms.length) return [{ text, mark: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (let i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + term.length)) marks.fill(true, i, i + term.length);
  }
  const out: Fragment[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    out.push({ text: text.slice(i, j), mark: marks[i]! });
    i = j;
  }
  return out;
}

/**
 * About `width` characters of the body around the first matched term. A body read as bytes (the
 * in-memory path) is decoded only around the match when the terms need no folding.
 */
export function snippet(body: Body, terms: string[], width = 90): Fragment[] {
  const near = typeof body !== 'string' && !terms.some((t) => FOLDED_TERM.test(t)) ? snippetFromBytes(body, terms, width) : undefined;
  return highlight(near ?? snippetText(bodyText(body), terms, width), terms);
}

function snippetText(body: string, terms: string[], width: number): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const hay = foldFor(flat, terms);
  const positions = terms.map((t) => hay.indexOf(t)).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start--;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1] ?? '')) end++;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
