import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { replaceDocs, type SearchSource } from '../search/index.js';
import { indexableQa } from './qa.repository.js';

// A published Q&A is one search document (kind 'qa', ref_id = the question's id): written when
// it is published, removed when it is withdrawn, rebuilt with the rest by `clinicpress reindex`.

export async function indexQa(
  db: Kysely<Database>,
  p: { question_id: number; slug: string; title: string; question_public: string; answer_public: string; published_at: string },
): Promise<void> {
  await replaceDocs(db, 'qa', p.question_id, [
    { kind: 'qa', ref_id: p.question_id, url: `/qa/${p.slug}`, title: p.title, body: `${p.question_public}\n${p.answer_public}`, published_at: p.published_at },
  ]);
}

export async function unindexQa(db: Kysely<Database>, questionId: number): Promise<void> {
  await replaceDocs(db, 'qa', questionId, []);
}

/** Every visible Q&A into the index (after the index was emptied); returns how many. */
export async function indexAllQa(db: Kysely<Database>): Promise<number> {
  const rows = await indexableQa(db);
  for (const p of rows) await indexQa(db, { ...p, published_at: p.published_at ?? '' });
  return rows.length;
}

/** Every visible Q&A into the search index (a rebuild). */
export const qaSearchSource: SearchSource = { name: 'qa', indexAll: (trx) => indexAllQa(trx) };
