import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { countSmsUnderBudget, insertSmsMessage, smsCountOn } from './sms.repository.js';

// SMS behind one interface: a recording provider (tests, demo) that keeps every text in the
// sms_message table, and an HTTP provider that posts to the clinic's SMS gateway.

export interface Sms {
  /** The full number, e.g. 13812345678. */
  to: string;
  /** Its keyed hash and masked form, for the record (the recording provider stores no full number). */
  toHmac: string;
  toMasked: string;
  text: string;
  kind: string;
  bookingId: number | null;
}

export interface SmsProvider {
  /** Sends one text; throws when it was not accepted (the job is then retried). */
  send(db: Kysely<Database>, sms: Sms, now: Date): Promise<void>;
}

/**
 * Codes and private links in a text, hidden: six-digit runs (one-time codes) and long base64url
 * runs (link tokens). Anyone who can read the table (a backup, a support session) could otherwise
 * confirm a stranger's booking or open their private page.
 */
export function maskSecrets(text: string): string {
  return text.replace(/[A-Za-z0-9_-]{16,}/g, '…').replace(/(?<![0-9])[0-9]{6}(?![0-9])/g, '******');
}

export class RecordingSmsProvider implements SmsProvider {
  /** plain: keep the text as sent (development and tests read codes from it); otherwise secrets are masked. */
  constructor(private readonly plain = false) {}

  async send(db: Kysely<Database>, sms: Sms, now: Date): Promise<void> {
    await insertSmsMessage(db, { to_hmac: sms.toHmac, to_masked: sms.toMasked, body: this.plain ? sms.text : maskSecrets(sms.text), kind: sms.kind, booking_id: sms.bookingId, sent_at: now.toISOString() });
  }
}

/** The site's daily SMS budget is spent: nothing more is sent today. */
export class SmsBudgetReached extends Error {
  constructor() {
    super('daily SMS budget reached');
  }
}

/**
 * Takes one text from the day's budget with ONE statement (an insert, or an increment only while
 * under the budget), so however many instances send at once the count never passes it.
 */
export async function takeSmsBudget(db: Kysely<Database>, day: string, budget: number): Promise<boolean> {
  return countSmsUnderBudget(db, day, budget);
}

export async function smsSentOn(db: Kysely<Database>, day: string): Promise<number> {
  return smsCountOn(db, day);
}

/** Any provider, within the site's daily budget (`dayOf` gives the clinic-local day of an instant). */
export class BudgetedSmsProvider implements SmsProvider {
  constructor(
    private readonly inner: SmsProvider,
    private readonly budget: number,
    private readonly dayOf: (now: Date) => string,
  ) {}

  async send(db: Kysely<Database>, sms: Sms, now: Date): Promise<void> {
    if (!(await takeSmsBudget(db, this.dayOf(now), this.budget))) throw new SmsBudgetReached();
    await this.inner.send(db, sms, now);
  }
}

/** Posts `{ to, text, kind }` as JSON with a bearer token; any 2xx counts as accepted. */
export class HttpSmsProvider implements SmsProvider {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 5000,
  ) {}

  async send(_db: Kysely<Database>, sms: Sms): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ to: sms.to, text: sms.text, kind: sms.kind }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`SMS gateway answered HTTP ${res.status}`);
    await res.body?.cancel();
  }
}

// GSM 03.38 basic characters: a text made only of these is sent 7-bit (160 per segment).
const GSM7 = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXT = new Set('^{}\\[~]|€');

/**
 * How many segments a text takes. Any Chinese character makes the whole text UCS-2: 70 characters
 * in one segment, 67 in each part of a longer one. Pure GSM-7 text: 160, or 153 per part.
 */
export function smsSegments(text: string): { encoding: 'gsm7' | 'ucs2'; units: number; segments: number } {
  const chars = [...text];
  if (chars.every((c) => GSM7.has(c) || GSM7_EXT.has(c))) {
    const units = chars.reduce((n, c) => n + (GSM7_EXT.has(c) ? 2 : 1), 0);
    return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units: a character outside the BMP takes two.
  const units = text.length;
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Texts are kept to two segments: the clinic pays per segment and long texts arrive split. */
export const SMS_MAX_SEGMENTS = 2;

/** The first of the candidate texts (longest first) that fits; the shortest when none does. */
export function fittingSms(candidates: string[]): string {
  return candidates.find((t) => smsSegments(t).segments <= SMS_MAX_SEGMENTS) ?? candidates[candidates.length - 1]!;
}
