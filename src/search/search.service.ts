import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { searchDocs, type SearchHit } from './search.repository.js';
import { queryTerms } from './segment.js';

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
      total: number;
      page: number;
      pages: number;
      /** The body is cut to its snippet here: outcomes are kept in a cache, whole bodies would not fit. */
      hits: (Omit<SearchHit, 'body'> & { titleFragments: Fragment[]; snippet: Fragment[] })[];
    };

/** `version`: the content version the caller saw, so that term statistics can be reused (see searchDocs). */
export async function search(db: Kysely<Database>, rawQuery: string, page: number, version?: number): Promise<SearchOutcome> {
  const query = rawQuery.trim();
  if (!query) return { kind: 'empty' };
  if ([...query].length > MAX_QUERY_LENGTH) return { kind: 'tooLong' };
  const terms = queryTerms(query).slice(0, 12);
  if (!terms.length) return { kind: 'noWords' };
  const offset = (page - 1) * PAGE_SIZE;
  let broadened = false;
  let found = await searchDocs(db, terms, 'all', PAGE_SIZE, offset, version);
  if (found.total === 0 && terms.length > 1) {
    broadened = true;
    found = await searchDocs(db, terms, 'any', PAGE_SIZE, offset, version);
  }
  return {
    kind: 'results',
    terms,
    broadened,
    total: found.total,
    page,
    pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)),
    hits: found.hits.map(({ body, ...h }) => ({ ...h, titleFragments: highlight(h.title, terms), snippet: snippet(body, terms) })),
  };
}

/**
 * The query side is NFKC-normalised; NFKC can change a text's length (… becomes ...), so the
 * text side folds only what keeps every position: full-width ASCII and upper case.
 */
function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Splits text into marked and unmarked runs; rendering escapes each run, so no HTML is built here. */
export function highlight(text: string, terms: string[]): Fragment[] {
  const hay = fold(text);
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

/** About `width` characters of the body around the first matched term. */
export function snippet(body: string, terms: string[], width = 90): Fragment[] {
  const flat = body.replace(/\s+/g, ' ').trim();
  const hay = fold(flat);
  const positions = terms.map((t) => hay.indexOf(t)).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start--;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1] ?? '')) end++;
  const text = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  return highlight(text, terms);
}
