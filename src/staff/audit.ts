import type { Kysely } from 'kysely';
import { inTransaction } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { entryHash, GENESIS } from '../db/audit-hash.js';
import {
  auditEventsAfter,
  chainRow,
  deleteEventsUpTo,
  insertAuditEvent,
  listAuditEvents,
  lockChainHead,
  moveChainHead,
  newestEventBefore,
  setChainBase,
  startChain,
} from './audit.repository.js';

export interface Actor {
  userId: number | null;
  name: string;
  ip: string;
  userAgent: string;
}

export type Outcome = 'success' | 'failure';

/**
 * Records one staff action. Call it with the transaction that makes the change, so the change
 * and its record commit together or not at all. Each entry stores the hash of the one before
 * (a chain, checked by `clinicpress audit-verify`): the chain's head row is locked while the
 * entry is added, so writers on PostgreSQL queue instead of forking the chain (SQLite runs one
 * transaction at a time anyway).
 */
export async function audit(
  db: Kysely<Database>,
  actor: Actor,
  action: string,
  subject: { type: string; id: string | number },
  at: Date,
  detail: Record<string, unknown> = {},
  outcome: Outcome = 'success',
): Promise<void> {
  const fields = {
    at: at.toISOString(),
    actor_user_id: actor.userId,
    actor_name: actor.name.slice(0, 200),
    action,
    outcome,
    subject_type: subject.type,
    subject_id: String(subject.id).slice(0, 100),
    ip: actor.ip.slice(0, 64),
    user_agent: actor.userAgent.slice(0, 300),
    detail_json: JSON.stringify(detail),
  };
  const write = async (trx: Kysely<Database>) => {
    const head = await lockChainHead(trx);
    const prev = head?.head_hash ?? GENESIS;
    const hash = entryHash(prev, fields);
    const id = await insertAuditEvent(trx, { ...fields, prev_hash: prev, hash });
    if (head) await moveChainHead(trx, id, hash);
    else await startChain(trx, id, hash, GENESIS);
  };
  if (inTransaction(db)) await write(db);
  else await db.transaction().execute(write);
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** The id of the first entry whose link or content does not match, and why. */
  broken?: { id: number; reason: string };
}

/** Walks the chain oldest first and recomputes every hash. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainCheck> {
  const chain = await chainRow(db);
  let prev = chain?.base_hash ?? GENESIS;
  let checked = 0;
  let after = 0;
  let lastId = 0;
  for (;;) {
    const rows = await auditEventsAfter(db, after, 1000);
    if (!rows.length) break;
    for (const r of rows) {
      if (r.prev_hash !== prev) return { ok: false, checked, broken: { id: r.id, reason: 'its link to the previous entry does not match (an entry before it was removed, added or changed)' } };
      if (r.hash !== entryHash(prev, r)) return { ok: false, checked, broken: { id: r.id, reason: 'its content does not match its hash (the entry was changed)' } };
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    after = rows[rows.length - 1]!.id;
  }
  if (chain && (chain.head_hash !== prev || chain.head_id !== lastId)) {
    return { ok: false, checked, broken: { id: chain.head_id, reason: 'the newest entries are missing (the chain head names an entry that is not there)' } };
  }
  return { ok: true, checked };
}

/**
 * Removes entries older than the retention (never less than 180 days); the chain then starts at
 * the oldest kept entry, whose link is kept as the chain's base.
 */
export async function pruneAudit(db: Kysely<Database>, retentionDays: number, now: Date): Promise<number> {
  if (retentionDays < 180) throw new Error('Audit retention must be at least 180 days');
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const run = (f: (trx: Kysely<Database>) => Promise<number>) => (db.isTransaction ? f(db) : db.transaction().execute(f));
  return run(async (trx) => {
    const chain = await chainRow(trx, true);
    const last = await newestEventBefore(trx, cutoff);
    // The head entry stays whatever its age, so the chain never loses its newest link.
    if (!chain || !last || !last.hash || last.id >= chain.head_id) return 0;
    const deleted = await deleteEventsUpTo(trx, last.id);
    await setChainBase(trx, last.hash);
    return deleted;
  });
}


export async function listAudit(
  db: Kysely<Database>,
  filter: { actor?: number; action?: string; subjectType?: string; subjectId?: string; from?: string; to?: string },
  limit: number,
  offset: number,
  order: 'asc' | 'desc' = 'desc',
) {
  return listAuditEvents(db, filter, limit, offset, order);
}

/** One CSV cell: quoted, and a leading = + - @ (or tab, CR) defused so a spreadsheet shows text, not a formula. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor_user_id', 'actor_name', 'action', 'outcome', 'subject_type', 'subject_id', 'ip', 'user_agent', 'detail_json', 'prev_hash', 'hash'] as const;
