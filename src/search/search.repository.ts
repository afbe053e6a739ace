import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database, SearchDocTable } from '../db/schema.js';
import type { Insertable } from 'kysely';

type Db = Kysely<Database>;
export type SearchDocInput = Omit<Insertable<SearchDocTable>, 'id'>;

export interface SearchHit {
  id: number;
  kind: SearchDocTable['kind'];
  url: string;
  title: string;
  body: string;
  published_at: string;
}

export async function replaceDocs(db: Db, kind: 'article' | 'doctor', refId: number, docs: SearchDocInput[]): Promise<void> {
  // An article's FAQ pairs are indexed with it and replaced with it.
  const kinds = kind === 'article' ? (['article', 'faq'] as const) : (['doctor'] as const);
  await db.deleteFrom('search_doc').where('ref_id', '=', refId).where('kind', 'in', [...kinds]).execute();
  if (docs.length) await db.insertInto('search_doc').values(docs).execute();
}

/**
 * Documents containing all the terms (or any, with mode 'any'), best first.
 * Terms are word characters only (see segment.ts), so quoting them is enough on both engines.
 */
export async function searchDocs(
  db: Db,
  terms: string[],
  mode: 'all' | 'any',
  limit: number,
  offset: number,
): Promise<{ total: number; hits: SearchHit[] }> {
  const cols = ['d.id', 'd.kind', 'd.url', 'd.title', 'd.body', 'd.published_at'] as const;
  if (dialectOf(db) === 'postgres') {
    const query = terms.join(mode === 'all' ? ' & ' : ' | ');
    const q = sql`to_tsquery('simple', ${query})`;
    const where = sql<boolean>`d.tsv @@ ${q}`;
    const [count, hits] = await Promise.all([
      db.selectFrom('search_doc as d').where(where).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      db
        .selectFrom('search_doc as d')
        .where(where)
        .select([...cols, sql<number>`ts_rank(d.tsv, ${q}, 1)`.as('rank')])
        .orderBy('rank', 'desc')
        .orderBy('d.published_at', 'desc')
        .orderBy('d.id')
        .limit(limit)
        .offset(offset)
        .execute(),
    ]);
    return { total: Number(count.n), hits: hits as SearchHit[] };
  }
  const match = terms.map((t) => `"${t}"`).join(mode === 'all' ? ' ' : ' OR ');
  const from = db
    .selectFrom('search_doc as d')
    .innerJoin(sql<{ rowid: number }>`search_fts`.as('search_fts'), (j) => j.onRef('search_fts.rowid' as any, '=', 'd.id'))
    .where(sql<boolean>`search_fts match ${match}`);
  const [count, hits] = await Promise.all([
    from.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    from
      .select([...cols, sql<number>`bm25(search_fts, 4.0, 1.0)`.as('rank')])
      .orderBy('rank', 'asc')
      .orderBy('d.published_at', 'desc')
      .orderBy('d.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return { total: Number(count.n), hits: hits as SearchHit[] };
}
