import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';
import { dropRedactions, insertRedaction, purgeDueRedactions, redactionsOf } from './redaction.repository.js';
import { scheduleRetention } from './questions.retention.js';
import type { RedactionSource } from './questions.tables.js';

// Redaction by a moderator (issue 17): spans of a comment or a public Q&A text are replaced by a
// marker before it is published. The text as it was is kept for staff, encrypted, for the
// questions' retention period, and the daily retention run then deletes it. The marker says that
// something was taken out, so a reader does not mistake the sentence for the patient's own words.

type Db = Kysely<Database>;

export const REDACTION_MARK = '［已隐去］';
/** At most this many phrases per request: each is looked for in a text of a few thousand characters. */
export const MAX_PHRASES = 20;
export const PHRASE_MAX = 100;

export interface Span {
  start: number;
  end: number;
}

/** A short fingerprint of the text the form was made from: offsets are only good for that text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** "12-15" → a span inside `text`, or undefined. */
export function parseSpan(raw: string, text: string): Span | undefined {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(raw);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= text.length ? { start, end } : undefined;
}

/** Phrases typed one a line, trimmed, without blanks; undefined when too many or too long. */
export function parsePhrases(raw: unknown): string[] | undefined {
  if (typeof raw !== 'string') return [];
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > MAX_PHRASES || lines.some((l) => [...l].length > PHRASE_MAX)) return undefined;
  return [...new Set(lines)];
}

/** Every occurrence of each phrase; the phrases not found at all are returned too (the form says so). */
export function spansOfPhrases(text: string, phrases: string[]): { spans: Span[]; missing: string[] } {
  const spans: Span[] = [];
  const missing: string[] = [];
  for (const p of phrases) {
    let at = text.indexOf(p);
    if (at < 0) missing.push(p);
    while (at >= 0) {
      spans.push({ start: at, end: at + p.length });
      at = text.indexOf(p, at + p.length);
    }
  }
  return { spans, missing };
}

/** The text with each span (overlapping ones merged) replaced by the marker; `count` is how many markers went in. */
export function redact(text: string, spans: Span[]): { text: string; count: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, s.start) + REDACTION_MARK;
    at = s.end;
  }
  return { text: out + text.slice(at), count: merged.length };
}

export interface KeptOriginal {
  source: RedactionSource;
  sourceId: number;
  field: string;
  original: string;
  spans: number;
}

/** Keeps the text as it was before a redaction (in the caller's transaction) and makes sure the daily purge is queued. */
export async function keepRedactedOriginal(trx: Db, crypto: PatientCrypto, config: Config, o: KeptOriginal, actorId: number | null, now: Date): Promise<void> {
  const purgeAfter = new Date(now.getTime() + config.questions.contactRetentionDays * 86_400_000).toISOString();
  await insertRedaction(trx, {
    source: o.source,
    source_id: o.sourceId,
    field: o.field,
    original_enc: crypto.encrypt(o.original),
    spans: o.spans,
    redacted_by: actorId,
    redacted_at: now.toISOString(),
    purge_after: purgeAfter,
  });
  await scheduleRetention(trx, config, now);
}

/** The originals still kept for one comment or Q&A, decrypted, oldest first (staff only; the caller audits the view). */
export async function redactedOriginals(db: Db, crypto: PatientCrypto, source: RedactionSource, sourceId: number) {
  const rows = await redactionsOf(db, source, sourceId);
  return rows.map((r) => ({ field: r.field, original: crypto.decrypt(r.original_enc), spans: r.spans, redactedAt: r.redacted_at, purgeAfter: r.purge_after }));
}

export { dropRedactions, purgeDueRedactions };
