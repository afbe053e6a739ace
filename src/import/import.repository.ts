import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ImportOutcome } from './import.tables.js';

// The import's SQL. Functions take a Kysely or a Transaction: the caller owns the transaction.

type Db = Kysely<Database> | Transaction<Database>;

export async function createBatch(db: Db, kind: string, source: string, now: Date): Promise<number> {
  const { id } = await db
    .insertInto('import_batch')
    .values({ source_kind: kind, source, status: 'running', counts_json: '{}', started_at: now.toISOString(), finished_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateBatch(db: Db, id: number, patch: { status?: 'running' | 'done' | 'interrupted'; total?: number; done?: number; counts?: Record<string, number>; finishedAt?: Date }): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.total !== undefined ? { total: patch.total } : {}),
      ...(patch.done !== undefined ? { done: patch.done } : {}),
      ...(patch.counts ? { counts_json: JSON.stringify(patch.counts) } : {}),
      ...(patch.finishedAt ? { finished_at: patch.finishedAt.toISOString() } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function findItem(db: Db, kind: 'article' | 'doctor', sourceUrl: string) {
  return db.selectFrom('import_item').selectAll().where('kind', '=', kind).where('source_url', '=', sourceUrl).executeTakeFirst();
}

export interface ItemRow {
  batchId: number;
  kind: 'article' | 'doctor';
  sourceUrl: string;
  oldPath: string | null;
  contentHash: string;
  title: string;
  articleId: number | null;
  doctorId: number | null;
  importedRevisionId: number | null;
  outcome: ImportOutcome;
  errors: number;
  warnings: number;
  findings: unknown[];
  problems: unknown[];
}

/** One row per source: inserted the first time, replaced on later runs (never duplicated). */
export async function saveItem(db: Db, r: ItemRow, now: Date): Promise<void> {
  const values = {
    batch_id: r.batchId,
    kind: r.kind,
    source_url: r.sourceUrl,
    old_path: r.oldPath,
    content_hash: r.contentHash,
    title: r.title,
    article_id: r.articleId,
    doctor_id: r.doctorId,
    imported_revision_id: r.importedRevisionId,
    outcome: r.outcome,
    errors: r.errors,
    warnings: r.warnings,
    findings_json: JSON.stringify(r.findings),
    problems_json: JSON.stringify(r.problems),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('import_item')
    .values(values)
    .onConflict((oc) => oc.columns(['kind', 'source_url']).doUpdateSet(values))
    .execute();
}

/** Only the outcome and batch move when a re-run finds nothing new (the draft is not touched). */
export async function markSeen(db: Db, id: number, batchId: number, outcome: ImportOutcome, now: Date): Promise<void> {
  await db.updateTable('import_item').set({ batch_id: batchId, outcome, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function headRevision(db: Db, articleId: number) {
  return db.selectFrom('article').select(['id', 'head_revision_id', 'slug', 'category_id', 'doc_type', 'source', 'author_doctor_id', 'status']).where('id', '=', articleId).executeTakeFirst();
}

export async function listBatches(db: Db) {
  return db.selectFrom('import_batch').selectAll().orderBy('id', 'desc').limit(50).execute();
}

export async function findBatch(db: Db, id: number) {
  return db.selectFrom('import_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The queue: a batch's imported articles, worst first (errors, then warnings), with their state. */
export async function queue(db: Db, batchId: number) {
  return db
    .selectFrom('import_item as i')
    .leftJoin('article as a', 'a.id', 'i.article_id')
    .select(['i.id', 'i.title', 'i.source_url', 'i.old_path', 'i.outcome', 'i.errors', 'i.warnings', 'i.findings_json', 'i.problems_json', 'i.article_id', 'a.status', 'a.slug'])
    .where('i.batch_id', '=', batchId)
    .where('i.kind', '=', 'article')
    .orderBy('i.errors', 'desc')
    .orderBy('i.warnings', 'desc')
    .orderBy('i.id')
    .execute();
}

export async function categories(db: Db) {
  return db.selectFrom('category').select(['id', 'slug', 'name']).orderBy('position').orderBy('id').execute();
}

export async function doctorSlugTaken(db: Db, slug: string): Promise<boolean> {
  return !!(await db.selectFrom('doctor').select('id').where('slug', '=', slug).executeTakeFirst());
}

export async function insertDoctor(db: Db, d: { slug: string; name: string; title: string; specialties: string[]; bioMd: string; photoPath: string; photoAlt: string }): Promise<number> {
  const last = await db.selectFrom('doctor').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  const { id } = await db
    .insertInto('doctor')
    .values({
      slug: d.slug,
      name: d.name,
      title: d.title,
      specialties_json: JSON.stringify(d.specialties),
      bio_md: d.bioMd,
      licence_no: '',
      photo_path: d.photoPath,
      photo_alt: d.photoAlt,
      position: Number(last?.p ?? -1) + 1,
      // A draft profile: not shown until an administrator checks it and turns it on.
      active: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
