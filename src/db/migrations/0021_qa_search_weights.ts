import { sql, type Kysely } from 'kysely';

// Issue 13: a public Q&A page's search words weigh half as much as an article's (KIND_SCALE in
// src/search/search.repository.ts), so that a short answer no longer comes first for a question
// its article answers in full. New rows are written scaled; the rows an existing site already
// holds are scaled here the same way (halved, rounded half up, at least 1), so no reindex is
// needed. The content version moves so that every instance reads its in-memory postings again.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update search_term set weight = case when weight < 2 then 1 else cast(round(weight * 0.5) as integer) end
    where doc_id in (select id from search_doc where kind = 'qa')`.execute(db);
  await db
    .updateTable('site_state')
    .set((eb) => ({ value: eb.cast(eb(eb.cast<number>('value', 'integer'), '+', 1), 'text') }))
    .where('key', '=', 'content_version')
    .execute();
}
