import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Actor {
  userId: number | null;
  name: string;
  ip: string;
  userAgent: string;
}

/**
 * Records one staff action. Call it with the transaction that makes the change, so the change
 * and its record commit together or not at all.
 */
export async function audit(
  db: Kysely<Database>,
  actor: Actor,
  action: string,
  subject: { type: string; id: string | number },
  at: Date,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: at.toISOString(),
      actor_user_id: actor.userId,
      actor_name: actor.name,
      action,
      subject_type: subject.type,
      subject_id: String(subject.id),
      ip: actor.ip.slice(0, 64),
      user_agent: actor.userAgent.slice(0, 300),
      detail_json: JSON.stringify(detail),
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Database>,
  filter: { actor?: number; action?: string; subjectType?: string; subjectId?: string; from?: string; to?: string },
  limit: number,
  offset: number,
) {
  let q = db.selectFrom('audit_event').selectAll();
  if (filter.actor !== undefined) q = q.where('actor_user_id', '=', filter.actor);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}
