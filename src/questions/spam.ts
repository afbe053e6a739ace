import type { Kysely } from 'kysely';
import type { PatientCrypto } from '../booking/patient-crypto.js';
import type { Database } from '../db/schema.js';
import { normaliseForMatch } from './urgent.js';

// Spam defences that need no third party: a honeypot field, a per-address rate limit counted in
// the database (so several instances agree), and duplicate detection on the normalised text.
// Both hashes are keyed (PatientCrypto), so neither an address nor a short question can be
// recovered from the database by trying likely values.

type Db = Kysely<Database>;

export const DUPLICATE_WINDOW_MS = 24 * 3600_000;
export const RATE_WINDOW_MS = 3600_000;

/** The honeypot is hidden from people (visually, from the tab order and from screen readers): only bots fill it. */
export function honeypotFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

export function sourceHmac(crypto: PatientCrypto, ip: string): string {
  return crypto.token('question-source', ip);
}

/** Same words, whatever the spacing or full-/half-width forms: "胸 痛" and "胸痛" are one question. */
export function dedupeHash(crypto: PatientCrypto, body: string): string {
  return crypto.token('question-dedupe', normaliseForMatch(body));
}

/** Questions stored from this address within the last hour. */
export async function recentFromSource(db: Db, source: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - RATE_WINDOW_MS).toISOString();
  const row = await db
    .selectFrom('question')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('source_hmac', '=', source)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The same question stored within the window, the same sender's first (whose link we may give back). */
export async function findDuplicate(db: Db, hash: string, source: string, now: Date) {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom('question')
    .select(['id', 'created_at', 'dedupe_hash', 'source_hmac'])
    .where('dedupe_hash', '=', hash)
    .where('created_at', '>', since)
    .orderBy('id')
    .execute();
  return rows.find((r) => r.source_hmac === source) ?? rows[0];
}
