import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Search, second round (docs/decisions/0014-search-vocabulary.md):
// - search_synonym: editor-maintained words people type (lay, English, devices) → words the
//   articles use; read at query time, so an edit needs no reindex.
// - search_miss: searches that found nothing or little, per day and normalised query text only
//   (no address, agent or account), for the editors' report.
// - an impact-ordered index on the postings, so a query reads a bounded prefix of each term.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'search_synonym')
    .addColumn('term', 'text', nn)
    .addColumn('target', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addUniqueConstraint('search_synonym_pair_uq', ['term', 'target'])
    .execute();
  await db.schema
    .createTable('search_miss')
    .addColumn('day', 'text', nn)
    .addColumn('query', 'text', nn)
    .addColumn('searches', 'integer', nn)
    .addColumn('results', 'integer', nn)
    .addPrimaryKeyConstraint('search_miss_pk', ['day', 'query'])
    .execute();
  await sql`create index search_term_impact_idx on search_term (term, weight desc, doc_id)`.execute(db);
}
