import type { Kysely } from 'kysely';
import { entryHash, GENESIS, type ChainedFields } from '../audit-hash.js';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Staff security (issue 11): two-factor sign-in, password reset, a hash-chained audit log, the
// author of each revision (separation of duties) and reviewer links awaiting a second person.
export async function up(db: Kysely<any>): Promise<void> {
  // TOTP secret, encrypted with the personal-data key; the last time step accepted (no replay).
  await db.schema.alterTable('staff_user').addColumn('totp_secret_enc', 'text').execute();
  await db.schema.alterTable('staff_user').addColumn('totp_enabled_at', 'text').execute();
  await db.schema.alterTable('staff_user').addColumn('totp_last_step', 'integer').execute();

  await createTableWithId(db, 'staff_recovery_code')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', nn)
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('staff_recovery_code_user_idx').on('staff_recovery_code').column('user_id').execute();

  // 'full', or a session that has passed the password but still owes a code ('mfa') or an enrolment ('enrol').
  await db.schema.alterTable('staff_session').addColumn('stage', 'text', (c) => c.notNull().defaultTo('full')).execute();

  await db.schema
    .createTable('staff_password_reset')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('staff_password_reset_user_idx').on('staff_password_reset').column('user_id').execute();

  await db.schema
    .createTable('reviewer_link_request')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('staff_user.id').onDelete('cascade'))
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id'))
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('staff_user.id'))
    .addColumn('requested_at', 'text', nn)
    .execute();

  await db.schema.alterTable('article_revision').addColumn('author_user_id', 'integer').execute();

  await db.schema.alterTable('audit_event').addColumn('outcome', 'text', (c) => c.notNull().defaultTo('success')).execute();
  await db.schema.alterTable('audit_event').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_event').addColumn('hash', 'text').execute();
  // One row: the newest entry's hash. Writers lock it, so concurrent writers cannot fork the chain;
  // base_hash is the hash the oldest kept entry links to (entries past retention are pruned).
  await db.schema
    .createTable('audit_chain')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('head_id', 'integer', nn)
    .addColumn('head_hash', 'text', nn)
    .addColumn('base_hash', 'text', nn)
    .execute();

  // Chain the entries written before this migration, oldest first.
  let prev = GENESIS;
  let headId = 0;
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_event').selectAll().where('id', '>', after).orderBy('id').limit(500).execute();
    if (!rows.length) break;
    for (const r of rows) {
      const hash = entryHash(prev, { ...(r as ChainedFields), outcome: 'success' });
      await db.updateTable('audit_event').set({ prev_hash: prev, hash }).where('id', '=', r.id).execute();
      prev = hash;
      headId = r.id;
    }
    after = rows[rows.length - 1]!.id;
  }
  await db.insertInto('audit_chain').values({ id: 1, head_id: headId, head_hash: prev, base_hash: GENESIS }).execute();
}
