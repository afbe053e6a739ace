import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { homophones } from './query.js';
import { lexicon } from './search.service.js';
import { normalize } from './segment.js';

export type SuggestionKind = 'synonym' | 'category' | 'article' | 'doctor';

export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  /** A page to open (articles, categories, doctors) or, for a word, the query to search. */
  href?: string;
  q?: string;
}

interface Entry extends Suggestion {
  key: string;
}

const KIND_ORDER: Record<SuggestionKind, number> = { synonym: 0, category: 1, article: 2, doctor: 3 };
export const MAX_SUGGESTIONS = 8;

const entriesByDb = new WeakMap<Kysely<Database>, { version: number | undefined; entries: Entry[] }>();

/** Titles, categories, doctors and synonym words, read once per content version. */
async function entries(db: Kysely<Database>, version?: number): Promise<Entry[]> {
  const cached = entriesByDb.get(db);
  if (cached && version !== undefined && cached.version === version) return cached.entries;
  const [docs, categories, synonyms] = await Promise.all([
    db.selectFrom('search_doc').select(['kind', 'title', 'url']).where('kind', 'in', ['article', 'doctor']).orderBy('published_at', 'desc').orderBy('url').limit(20_000).execute(),
    db.selectFrom('category').select(['name', 'name_en', 'slug']).orderBy('position').execute(),
    db.selectFrom('search_synonym').select(['term', 'target']).orderBy('id').execute(),
  ]);
  const out: Entry[] = [];
  const words = new Set<string>();
  for (const s of synonyms) {
    for (const w of [s.target, s.term]) {
      if (words.has(w)) continue;
      words.add(w);
      out.push({ kind: 'synonym', label: w, q: w, key: normalize(w) });
    }
  }
  for (const c of categories) out.push({ kind: 'category', label: c.name, href: `/categories/${c.slug}`, key: normalize(`${c.name} ${c.name_en}`) });
  for (const d of docs) out.push({ kind: d.kind as 'article' | 'doctor', label: d.title, href: d.url, key: normalize(d.title) });
  entriesByDb.set(db, { version, entries: out });
  return out;
}

/**
 * Suggestions for what has been typed so far: entries containing it, or containing the word its
 * pinyin (full, initials, or a prefix of the full pinyin) or homophone stands for. Those starting
 * with it come first, then words before categories, articles and doctors, then shorter labels.
 */
export async function suggest(db: Kysely<Database>, raw: string, version?: number): Promise<Suggestion[]> {
  const q = normalize(raw).trim().replace(/\s+/g, ' ');
  if (!q || q.length > 50) return [];
  const { vocab } = await lexicon(db, version);
  const needles = new Set([q]);
  for (const c of homophones(q, vocab)) needles.add(q.replace(c.from, c.to));
  if (/^[a-z]{2,30}$/.test(q)) {
    for (const [latin, w] of vocab.byLatin) if (latin.startsWith(q) && needles.size < 6) needles.add(w);
    const byInitials = q.length <= 6 ? vocab.byInitials.get(q) : undefined;
    if (byInitials) needles.add(byInitials);
  }
  const list = [...needles];
  const found: { e: Entry; starts: boolean }[] = [];
  for (const e of await entries(db, version)) {
    const i = list.findIndex((n) => e.key.includes(n));
    if (i === -1) continue;
    found.push({ e, starts: e.key.startsWith(list[i]!) });
    if (found.length >= 500) break;
  }
  found.sort(
    (a, b) =>
      Number(b.starts) - Number(a.starts) ||
      KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] ||
      a.e.label.length - b.e.label.length ||
      (a.e.label < b.e.label ? -1 : a.e.label > b.e.label ? 1 : 0),
  );
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { e } of found) {
    const id = `${e.kind}\u0000${e.label}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ kind: e.kind, label: e.label, ...(e.href ? { href: e.href } : { q: e.q! }) });
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out;
}
