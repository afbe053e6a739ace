import type { Insertable, Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
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

/** The audit chain's head, locked on PostgreSQL (FOR UPDATE) so writers queue instead of forking the chain. */
export function lockChainHead(trx: Db): Promise<{ head_hash: string } | undefined> {
  return (dialectOf(trx) === 'postgres'
    ? trx.selectFrom('audit_chain').select(['head_hash']).where('id', '=', 1).forUpdate()
    : trx.selectFrom('audit_chain').select(['head_hash']).where('id', '=', 1)
  ).executeTakeFirst();
}

export async function insertAuditEvent(trx: Db, values: Insertable<Database['audit_event']>): Promise<number> {
  const { id } = await trx.insertInto('audit_event').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function moveChainHead(trx: Db, headId: number, headHash: string): Promise<void> {
  await trx.updateTable('audit_chain').set({ head_id: headId, head_hash: headHash }).where('id', '=', 1).execute();
}

export async function startChain(trx: Db, headId: number, headHash: string, baseHash: string): Promise<void> {
  await trx.insertInto('audit_chain').values({ id: 1, head_id: headId, head_hash: headHash, base_hash: baseHash }).execute();
}

/** The chain row (head and base); with `lock`, locked on PostgreSQL (FOR UPDATE). */
export function chainRow(db: Db, lock = false) {
  const q = db.selectFrom('audit_chain').selectAll().where('id', '=', 1);
  return (lock && dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

/** Up to `limit` audit entries after id `after`, oldest first. */
export function auditEventsAfter(db: Db, after: number, limit: number) {
  return db.selectFrom('audit_event').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute();
}

/** The newest entry older than `cutoff`. */
export function newestEventBefore(trx: Db, cutoff: string): Promise<{ id: number; hash: string | null } | undefined> {
  return trx.selectFrom('audit_event').select(['id', 'hash']).where('at', '<', cutoff).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function deleteEventsUpTo(trx: Db, id: number): Promise<number> {
  const r = await trx.deleteFrom('audit_event').where('id', '<=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function setChainBase(trx: Db, baseHash: string): Promise<void> {
  await trx.updateTable('audit_chain').set({ base_hash: baseHash }).where('id', '=', 1).execute();
}

export function listAuditEvents(
  db: Db,
  filter: { actor?: number; action?: string; subjectType?: string; subjectId?: string; from?: string; to?: string },
  limit: number,
  offset: number,
  order: 'asc' | 'desc',
) {
  let q = db.selectFrom('audit_event').selectAll();
  if (filter.actor !== undefined) q = q.where('actor_user_id', '=', filter.actor);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  return q.orderBy('at', order).orderBy('id', order).limit(limit).offset(offset).execute();
}
