import type { Kysely, Transaction } from 'kysely';
import {
  copyFeedbackMobileHmacFromBookings,
  copySmsHmacFromBookings,
  countRows,
  countRowsUpTo,
  deleteAllPrivacyCodes,
  deleteSiteStates,
  deleteSmsWithoutBooking,
  insertSiteState,
  rowsAfter,
  siteStateValue,
  updateRowById,
  updateSiteState,
} from './encrypted-columns.repository.js';
import { DATA_KEY_STATE, type PatientCrypto } from '../personal-data/patient-crypto.js';
import type { Database } from '../db/schema.js';

// Every column encrypted with the personal-data key, and every keyed hash made with it, is listed
// here; `clinicpress rotate-key` goes through this list and nothing else (docs/decisions/0013).
// A feature that adds an encrypted column registers it (registerEncryptedTable), e.g. the staff
// TOTP secret: `registerEncryptedTable({ table: 'staff_user', columns: ['totp_secret_enc'] })`.

type Row = Record<string, unknown>;

export interface EncryptedTable {
  table: string;
  /** The integer primary key, walked in order so a run can resume after the last row done. */
  id?: string;
  /** Columns holding PatientCrypto ciphertexts (null allowed). */
  columns: string[];
  /**
   * Keyed hashes of this row made again under the new key from the row's plaintexts (e.g. the
   * mobile number's HMAC, which look-ups and limits use). Returns the columns to set.
   */
  rehash?: (plain: Record<string, string | null>, row: Row, crypto: PatientCrypto) => Record<string, string | null | undefined>;
}

/** Runs once every table is done: hashes copied from other tables, short-lived rows dropped. Must be idempotent. */
export type RotationStep = { name: string; run: (trx: Transaction<Database>, crypto: PatientCrypto) => Promise<number> };

const mobileOf = (plain: string | null | undefined) => (plain ? plain : null);

export const ENCRYPTED_TABLES: EncryptedTable[] = [
  {
    table: 'booking',
    columns: ['name_enc', 'mobile_enc', 'email_enc', 'reason_enc', 'screening_enc'],
    // '' = a walk-in without a number; 'erased.…' = an erased booking: both stay as they are.
    rehash: (plain, row, c) => {
      const m = mobileOf(plain.mobile_enc);
      const h = String(row.mobile_hmac ?? '');
      return m && h !== '' && !h.startsWith('erased.') ? { mobile_hmac: c.mobileHmac(m) } : {};
    },
  },
  {
    table: 'waitlist_entry',
    columns: ['request_enc'],
    rehash: (plain, _row, c) => {
      const m = plain.request_enc ? (JSON.parse(plain.request_enc) as { mobile?: string }).mobile : undefined;
      return m ? { mobile_hmac: c.mobileHmac(m) } : {};
    },
  },
  {
    table: 'question',
    columns: ['body_enc', 'contact_enc', 'answer_enc'],
    rehash: (plain, row, c) => (row.mobile_hmac && row.contact_kind === 'mobile' && plain.contact_enc ? { mobile_hmac: c.mobileHmac(plain.contact_enc) } : {}),
  },
  // Issue 17: earlier versions of amended answers, and the originals of redacted texts.
  { table: 'question_answer_version', columns: ['answer_enc'] },
  { table: 'redaction', columns: ['original_enc'] },
  { table: 'privacy_session', columns: ['mobile_enc'], rehash: (plain, _row, c) => (plain.mobile_enc ? { mobile_hmac: c.mobileHmac(plain.mobile_enc) } : {}) },
  { table: 'privacy_request', columns: ['mobile_enc'], rehash: (plain, _row, c) => (plain.mobile_enc ? { mobile_hmac: c.mobileHmac(plain.mobile_enc) } : {}) },
  // Staff second factors (src/staff): the TOTP secret is encrypted with the same key.
  { table: 'staff_user', columns: ['totp_secret_enc'] },
];

export const ROTATION_STEPS: RotationStep[] = [
  {
    // A rating keeps the hash of its booking's number (for the data-rights pages).
    name: 'feedback.mobile_hmac',
    run: (trx) => copyFeedbackMobileHmacFromBookings(trx),
  },
  {
    // The recording provider's log of texts: re-keyed through the booking where there is one; a
    // text without a booking (a code, an answer notice) cannot be re-keyed and is dropped, or it
    // would escape the data-rights pages and the erasure.
    name: 'sms_message.to_hmac',
    run: async (trx) => {
      const up = await copySmsHmacFromBookings(trx);
      const del = await deleteSmsWithoutBooking(trx);
      return up + del;
    },
  },
  {
    // One-time codes live minutes and are hashed with the old key: they could not be checked any more.
    name: 'privacy_otp',
    run: (trx) => deleteAllPrivacyCodes(trx),
  },
];

export function registerEncryptedTable(t: EncryptedTable): void {
  if (!ENCRYPTED_TABLES.some((x) => x.table === t.table)) ENCRYPTED_TABLES.push(t);
}

export function registerRotationStep(s: RotationStep): void {
  if (!ROTATION_STEPS.some((x) => x.name === s.name)) ROTATION_STEPS.push(s);
}

interface Progress {
  from: string;
  to: string;
  table: string;
  lastId: number;
  rows: number;
}

export interface RotationReport {
  from: string;
  to: string;
  rows: number;
  resumed: boolean;
  alreadyDone: boolean;
}

export class RotationError extends Error {}

const BATCH = 200;

/**
 * Re-encrypts every registered column from `from` to `to`, batch by batch, each batch in one
 * transaction together with the progress it made (site_state 'key_rotation'), so an interrupted run
 * resumes where it stopped. A value already under the new key (by its key id) is left alone, so a
 * batch done twice changes nothing. Until the run ends the server refuses to start (patient-crypto).
 */
export async function rotateKey(
  db: Kysely<Database>,
  from: PatientCrypto,
  to: PatientCrypto,
  opts: { onProgress?: (table: string, done: number, total: number) => void; stopAfterBatches?: number } = {},
): Promise<RotationReport> {
  if (from.keyId === to.keyId) throw new RotationError('NEW_DATA_KEY is the same key as the current one.');
  const state = (key: string) => siteStateValue(db, key);
  const keyId = await state(DATA_KEY_STATE.id);
  const saved = await state(DATA_KEY_STATE.rotation);
  let progress: Progress;
  if (saved) {
    progress = JSON.parse(saved) as Progress;
    if (progress.to !== to.keyId || progress.from !== from.keyId) {
      throw new RotationError(`An unfinished rotation from key ${progress.from} to key ${progress.to} is recorded; run it again with those keys (these are ${from.keyId} and ${to.keyId}).`);
    }
  } else {
    if (keyId === to.keyId) return { from: from.keyId, to: to.keyId, rows: 0, resumed: false, alreadyDone: true };
    if (keyId && keyId !== from.keyId) throw new RotationError(`The current key (DATA_KEY, id ${from.keyId}) is not the key this database is encrypted with (id ${keyId}).`);
    progress = { from: from.keyId, to: to.keyId, table: ENCRYPTED_TABLES[0]!.table, lastId: 0, rows: 0 };
    await insertSiteState(db, DATA_KEY_STATE.rotation, JSON.stringify(progress));
  }
  const resumed = Boolean(saved);
  let batches = 0;
  const start = ENCRYPTED_TABLES.findIndex((t) => t.table === progress.table);
  for (const t of ENCRYPTED_TABLES.slice(Math.max(0, start))) {
    const id = t.id ?? 'id';
    if (progress.table !== t.table) progress = { ...progress, table: t.table, lastId: 0 };
    const total = await countRows(db, t.table);
    let done = await countRowsUpTo(db, t.table, id, progress.lastId);
    opts.onProgress?.(t.table, done, total);
    while (true) {
      if (opts.stopAfterBatches !== undefined && batches >= opts.stopAfterBatches) {
        throw new RotationError('stopped (as asked) before the rotation ended');
      }
      const rows = await rowsAfter(db, t.table, id, progress.lastId, BATCH);
      if (!rows.length) break;
      const last = Number(rows.at(-1)![id]);
      await db.transaction().execute(async (trx) => {
        for (const row of rows) {
          const values = t.columns.map((c) => row[c]).filter((v): v is string => typeof v === 'string' && v !== '');
          if (values.every((v) => to.owns(v))) continue;
          const plain: Record<string, string | null> = {};
          const set: Record<string, string | null> = {};
          for (const c of t.columns) {
            const v = row[c];
            if (typeof v !== 'string' || v === '') {
              plain[c] = null;
              continue;
            }
            try {
              plain[c] = to.owns(v) ? to.decrypt(v) : from.decrypt(v);
            } catch {
              throw new RotationError(`${t.table} ${id}=${String(row[id])}, ${c}: cannot be decrypted with the current key (${from.keyId}) or the new one (${to.keyId}).`);
            }
            set[c] = to.encrypt(plain[c]!);
          }
          for (const [k, v] of Object.entries(t.rehash?.(plain, row, to) ?? {})) if (v !== undefined) set[k] = v;
          await updateRowById(trx, t.table, id, Number(row[id]), set);
          progress.rows++;
        }
        progress.lastId = last;
        await updateSiteState(trx, DATA_KEY_STATE.rotation, JSON.stringify(progress));
      });
      batches++;
      done += rows.length;
      opts.onProgress?.(t.table, done, total);
    }
  }
  await db.transaction().execute(async (trx) => {
    for (const step of ROTATION_STEPS) await step.run(trx, to);
    // The data's key is now the new one; a key that was kept in the database goes with the rotation.
    await deleteSiteStates(trx, [DATA_KEY_STATE.key, DATA_KEY_STATE.id, DATA_KEY_STATE.rotation]);
    await insertSiteState(trx, DATA_KEY_STATE.id, to.keyId);
  });
  return { from: from.keyId, to: to.keyId, rows: progress.rows, resumed, alreadyDone: false };
}
