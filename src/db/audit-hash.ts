import { createHash } from 'node:crypto';

/** The fields of an audit entry that its hash covers (everything but the id, which the engine assigns). */
export interface ChainedFields {
  at: string;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  outcome: string;
  subject_type: string;
  subject_id: string;
  ip: string;
  user_agent: string;
  detail_json: string;
}

/** The hash before the first entry of a chain. */
export const GENESIS = '0'.repeat(64);

/**
 * sha256 over the previous entry's hash and this entry's fields in a fixed order, so changing,
 * removing or reordering any entry changes every hash after it.
 */
export function entryHash(prev: string, e: ChainedFields): string {
  const fields = [e.at, e.actor_user_id ?? '', e.actor_name, e.action, e.outcome, e.subject_type, e.subject_id, e.ip, e.user_agent, e.detail_json];
  return createHash('sha256').update(JSON.stringify([prev, ...fields])).digest('hex');
}
