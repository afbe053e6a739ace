import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

/** What the audit log can be filtered by: every staff member, action and subject type that occurs. */
export function auditFilterChoices(db: Db) {
  return Promise.all([
    db.selectFrom('staff_user').select(['id', 'name', 'email']).orderBy('name').orderBy('id').execute(),
    db.selectFrom('audit_event').select('action').distinct().orderBy('action').execute(),
    db.selectFrom('audit_event').select('subject_type').distinct().orderBy('subject_type').execute(),
  ]);
}
