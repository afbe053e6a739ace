import type { Kysely } from 'kysely';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';
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

/** Keyed hash of a contact: the same person's mobile or e-mail, whatever the case of the letters. */
export function contactHmac(crypto: PatientCrypto, contact: { kind: string; value: string }): string {
  return crypto.token('question-contact', contact.kind, contact.value.trim().toLowerCase());
}

export function formHmac(crypto: PatientCrypto, formKey: string): string {
  return crypto.token('question-form', formKey);
}

/**
 * The same question stored within the window by the same person: the same form submitted again
 * (its key), or the same contact. An address is no person (a clinic's Wi-Fi, a carrier's NAT), and
 * a question without a contact from another form is somebody else's: it is stored as their own.
 * `sameForm` true only for the form that stored it — the only case whose link may be given back.
 */
export async function findDuplicate(db: Db, hash: string, who: { contactHmac: string | null; formHmac: string | null }, now: Date) {
  if (!who.contactHmac && !who.formHmac) return undefined;
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom('question')
    .select(['id', 'created_at', 'dedupe_hash', 'source_hmac', 'contact_hmac', 'form_hmac'])
    .where('dedupe_hash', '=', hash)
    .where('created_at', '>', since)
    .where((eb) => {
      const same = [];
      if (who.formHmac) same.push(eb('form_hmac', '=', who.formHmac));
      if (who.contactHmac) same.push(eb('contact_hmac', '=', who.contactHmac));
      return eb.or(same);
    })
    .orderBy('id')
    .execute();
  const mine = rows.find((r) => who.formHmac !== null && r.form_hmac === who.formHmac);
  if (mine) return { row: mine, sameForm: true };
  return rows[0] ? { row: rows[0], sameForm: false } : undefined;
}
