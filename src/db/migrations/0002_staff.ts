import type { Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'staff_user')
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', nn)
    .addColumn('password_hash', 'text')
    .addColumn('doctor_id', 'integer', (c) => c.references('doctor.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .execute();

  await db.schema
    .createTable('staff_role')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('role', 'text', nn)
    .addPrimaryKeyConstraint('staff_role_pk', ['user_id', 'role'])
    .execute();

  // Sessions live in the database so every app instance shares them; the id is a hash of the token.
  await db.schema
    .createTable('staff_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', nn)
    .addColumn('last_seen_at', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .addColumn('ip', 'text', nn)
    .addColumn('user_agent', 'text', nn)
    .execute();
  await db.schema.createIndex('staff_session_user_idx').on('staff_session').column('user_id').execute();

  await db.schema
    .createTable('staff_invite')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', nn)
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', nn)
    .addColumn('window_started_at', 'text', nn)
    .addColumn('locked_until', 'text')
    .execute();

  await createTableWithId(db, 'audit_event')
    .addColumn('at', 'text', nn)
    .addColumn('actor_user_id', 'integer', (c) => c.references('staff_user.id'))
    .addColumn('actor_name', 'text', nn)
    .addColumn('action', 'text', nn)
    .addColumn('subject_type', 'text', nn)
    .addColumn('subject_id', 'text', nn)
    .addColumn('ip', 'text', nn)
    .addColumn('user_agent', 'text', nn)
    .addColumn('detail_json', 'text', nn)
    .execute();
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_subject_idx').on('audit_event').columns(['subject_type', 'subject_id']).execute();
  await db.schema.createIndex('audit_event_actor_idx').on('audit_event').column('actor_user_id').execute();

  await createTableWithId(db, 'job')
    .addColumn('kind', 'text', nn)
    .addColumn('payload_json', 'text', nn)
    .addColumn('run_at', 'text', nn)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('locked_until', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', nn)
    .addColumn('done_at', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('job_due_idx').on('job').columns(['done_at', 'run_at']).execute();

  await createTableWithId(db, 'media')
    .addColumn('file_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', nn)
    .addColumn('width', 'integer', nn)
    .addColumn('height', 'integer', nn)
    .addColumn('bytes', 'integer', nn)
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('original_name', 'text', nn)
    .addColumn('variants_json', 'text', nn)
    .addColumn('created_by', 'integer', (c) => c.references('staff_user.id'))
    .addColumn('created_at', 'text', nn)
    .execute();

  await db.schema.alterTable('article').addColumn('head_revision_id', 'integer').execute();
  await db.schema.alterTable('article').addColumn('scheduled_at', 'text').execute();
  await db.schema.alterTable('review_approval').addColumn('reviewer_user_id', 'integer', (c) => c.references('staff_user.id')).execute();
  await db.executeQuery(
    db.updateTable('article').set((eb) => ({ head_revision_id: eb.ref('published_revision_id') })).compile(),
  );
}
