import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

// The queries of the database blob store and of the public paths (store.ts).

/**
 * Adds a blob's row unless the same content is stored already (ON CONFLICT DO NOTHING: as the
 * content is the name, what the first writer stored is exactly the same). True when it was added.
 */
export async function insertBlobIfNew(trx: Db, blob: { hash: string; mime: string; size: number; chunkSize: number; createdAt: string }): Promise<boolean> {
  const inserted = await trx
    .insertInto('media_blob')
    .values({ hash: blob.hash, mime: blob.mime, size: blob.size, chunk_size: blob.chunkSize, created_at: blob.createdAt })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning('hash')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertBlobChunk(trx: Db, hash: string, seq: number, data: Buffer): Promise<void> {
  await trx.insertInto('media_blob_chunk').values({ hash, seq, data }).execute();
}

export function blobInfo(db: Db, hash: string) {
  return db.selectFrom('media_blob').select(['hash', 'mime', 'size']).where('hash', '=', hash).executeTakeFirst();
}

export function blobChunk(db: Db, hash: string, seq: number) {
  return db.selectFrom('media_blob_chunk').select('data').where('hash', '=', hash).where('seq', '=', seq).executeTakeFirst();
}

/** Deletes a blob's chunks, then its row; true when there was a row. */
export async function deleteBlob(trx: Db, hash: string): Promise<boolean> {
  await trx.deleteFrom('media_blob_chunk').where('hash', '=', hash).execute();
  const r = await trx.deleteFrom('media_blob').where('hash', '=', hash).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export function fileAtPath(trx: Db, publicPath: string): Promise<{ hash: string } | undefined> {
  return trx.selectFrom('media_file').select('hash').where('path', '=', publicPath).executeTakeFirst();
}

export async function repointFile(trx: Db, publicPath: string, hash: string, at: string): Promise<void> {
  await trx.updateTable('media_file').set({ hash, updated_at: at }).where('path', '=', publicPath).execute();
}

export async function insertFile(trx: Db, publicPath: string, hash: string, at: string): Promise<void> {
  await trx.insertInto('media_file').values({ path: publicPath, hash, created_at: at, updated_at: at }).execute();
}

/** The blob a public path points at. */
export function blobAtPath(db: Db, publicPath: string) {
  return db
    .selectFrom('media_file')
    .innerJoin('media_blob', 'media_blob.hash', 'media_file.hash')
    .select(['media_blob.hash', 'media_blob.mime', 'media_blob.size'])
    .where('media_file.path', '=', publicPath)
    .executeTakeFirst();
}
