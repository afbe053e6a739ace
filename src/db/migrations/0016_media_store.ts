import { sql, type Kysely } from 'kysely';
import { dialectOf, notNull as nn } from '../dialect.js';

// The shared media store (docs/decisions/0019-media-store-and-backups.md): every stored file is a
// content-addressed blob cut into chunks, and a public path (what /uploads/… URLs name) points at
// a blob. Every instance on the same database sees every file.
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = dialectOf(db) === 'postgres' ? 'bytea' : 'blob';
  await db.schema
    .createTable('media_blob')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', nn)
    .addColumn('size', 'integer', nn)
    .addColumn('chunk_size', 'integer', nn)
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('media_blob_hash_ck', sql`length(hash) = 64`)
    .execute();
  await db.schema
    .createTable('media_blob_chunk')
    .addColumn('hash', 'text', (c) => c.notNull().references('media_blob.hash').onDelete('cascade'))
    .addColumn('seq', 'integer', nn)
    .addColumn('data', sql.raw(bytes), nn)
    .addPrimaryKeyConstraint('media_blob_chunk_pk', ['hash', 'seq'])
    .execute();
  await db.schema
    .createTable('media_file')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().references('media_blob.hash'))
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .execute();
  await db.schema.createIndex('media_file_hash_idx').on('media_file').column('hash').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_file').execute();
  await db.schema.dropTable('media_blob_chunk').execute();
  await db.schema.dropTable('media_blob').execute();
}
