import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findBooking, inWriteTransaction, sessionWithDoctor, type SessionRow } from '../booking/index.js';
import type { Booking } from '../booking/index.js';
import { hashToken } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { checkText, type Finding } from '../compliance/index.js';
import type { Database } from '../db/schema.js';
import { audit, type Actor } from '../staff/audit.js';
import { cancelQueued, enqueueOnce } from '../jobs/jobs.js';
import type { Config } from '../config.js';
import { keepRedactedOriginal, parsePhrases, parseSpan, redact, spansOfPhrases, textHash, type Span } from '../questions/index.js';
import {
  bookingByRef,
  claimCode,
  insertCode,
  insertFeedback,
  setCommentStatus,
  switchShowComments,
  feedbackOfBooking,
  findCodeByHash, findFeedback, publicComments, ratingTotals, setRedactedComment, showCommentsSetting } from './feedback.repository.js';
import type { CommentStatus, Feedback, FeedbackCode } from './feedback.tables.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';
import { findPii } from '../personal-data/pii.js';

type Db = Kysely<Database>;
const DAY = 86_400_000;

/** How long after the visit (session end) the private feedback link works. */
export const FEEDBACK_WINDOW_DAYS = 30;
/** How long a staff-issued code stays valid. */
export const CODE_VALID_DAYS = 30;
/**
 * Aggregates are shown only from this many ratings on: with one or two, a patient (or the doctor,
 * who knows who came) could tell how one person rated.
 */
export const MIN_RATINGS_SHOWN = 3;
export const COMMENT_MAX = 500;
/** Newest approved comments on a doctor page. */
export const COMMENTS_SHOWN = 5;
export const CONSENT_VERSION = 'feedback-publish-v1';
export const THANKS_JOB = 'feedback.thanks';

export type FeedbackRefusal = 'not_checked_in' | 'already' | 'expired' | 'code_unknown' | 'code_used' | 'code_expired';
export class FeedbackRefused extends Error {
  constructor(readonly code: FeedbackRefusal) {
    super(code);
  }
}

export interface Ratings {
  explain: number;
  attitude: number;
  wait: number;
}

export interface FeedbackInput {
  ratings: Ratings;
  comment: string | null;
  consentPublish: boolean;
  locale: 'zh-CN' | 'en';
}

// ---- the private link of a booking ----

/**
 * `<ref_code>.<hmac>`: the reference code finds the booking (it is random, unlike the id, so the
 * link says nothing about how many bookings there are); the HMAC part (132 bits, made again from
 * the booking id by PatientCrypto) is what proves the link was ours. Nothing new is stored.
 */
export function feedbackToken(rt: BookingRuntime, b: Pick<Booking, 'id' | 'ref_code'>): string {
  return `${b.ref_code}.${rt.crypto.token('feedback', b.id)}`;
}

export async function bookingForToken(db: Db, rt: BookingRuntime, token: string): Promise<{ booking: Booking; session: SessionRow } | undefined> {
  const m = /^([2-9A-Z]{8})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return undefined;
  const booking = await bookingByRef(db, m[1]!);
  if (!booking) return undefined;
  const expected = Buffer.from(rt.crypto.token('feedback', booking.id));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const session = await sessionWithDoctor(db, booking.session_id);
  return session ? { booking, session } : undefined;
}

/** Why this booking cannot be rated now; null when it can. */
export function bookingRefusal(b: Booking, s: SessionRow, existing: Feedback | undefined, now: Date): FeedbackRefusal | null {
  if (existing) return 'already';
  if (b.status !== 'checked_in') return 'not_checked_in';
  if (now.getTime() > Date.parse(s.ends_at) + FEEDBACK_WINDOW_DAYS * DAY) return 'expired';
  return null;
}

function findingsOf(comment: string | null): Finding[] {
  // Comments may appear on the doctor's page, so they are judged like patient-education text:
  // cure and efficacy claims (治好了, 根治, 有效率…) are error-level there.
  return comment ? checkText(comment, { docType: 'kepu' }) : [];
}

function row(input: FeedbackInput, now: Date) {
  const iso = now.toISOString();
  const consent = input.comment !== null && input.consentPublish;
  return {
    rating_explain: input.ratings.explain,
    rating_attitude: input.ratings.attitude,
    rating_wait: input.ratings.wait,
    comment: input.comment,
    findings_json: JSON.stringify(findingsOf(input.comment)),
    consent_publish: consent ? 1 : 0,
    consent_json: JSON.stringify(consent ? [{ purpose: 'publish_comment', version: CONSENT_VERSION, at: iso, withdrawn_at: null }] : []),
    comment_status: (input.comment === null ? 'none' : 'pending') as CommentStatus,
    moderated_by: null,
    moderated_at: null,
    locale: input.locale,
    created_at: iso,
  };
}

/** A unique index said no: someone rated the same visit (or used the same code) a moment ago. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(String(e?.message));
}

/** Rates a checked-in booking once. Ratings change the public aggregates, so the page caches are dropped. */
export async function rateBooking(db: Db, bookingId: number, input: FeedbackInput, now: Date): Promise<Feedback> {
  try {
    return await inWriteTransaction(db, async (trx) => {
      const b = await findBooking(trx, bookingId);
      const s = b ? await sessionWithDoctor(trx, b.session_id) : undefined;
      if (!b || !s) throw new FeedbackRefused('not_checked_in');
      const refusal = bookingRefusal(b, s, await feedbackOfBooking(trx, b.id), now);
      if (refusal) throw new FeedbackRefused(refusal);
      const saved = await insertFeedback(trx, { ...row(input, now), doctor_id: s.doctor_id, booking_id: b.id, code_id: null, mobile_hmac: b.mobile_hmac || null });
      await bumpContentVersion(trx);
      return saved;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new FeedbackRefused('already');
    throw err;
  }
}

// ---- staff-issued codes ----

// No 0/O, 1/I/L: codes are read out and typed on phones.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** 'abcde 23456', 'ABCDE-23456' → 'ABCDE23456'; null when it cannot be a code. */
export function normaliseCode(raw: string): string | null {
  const c = raw.toUpperCase().replace(/[\s\-–—_]/g, '');
  return new RegExp(`^[${ALPHABET}]{10}$`).test(c) ? c : null;
}

export function codeRefusal(code: FeedbackCode | undefined, now: Date): FeedbackRefusal | null {
  if (!code) return 'code_unknown';
  if (code.used_at) return 'code_used';
  if (Date.parse(code.expires_at) <= now.getTime()) return 'code_expired';
  return null;
}

/** The code row for a typed code, or the reason it cannot be used. */
export async function usableCode(db: Db, normalised: string, now: Date): Promise<{ code: FeedbackCode } | { refusal: FeedbackRefusal }> {
  const code = await findCodeByHash(db, hashToken(normalised));
  const refusal = codeRefusal(code, now);
  return refusal ? { refusal } : { code: code! };
}

/** Issues a one-use code (audited); only its hash is kept, so the code is shown once. */
export async function issueCode(db: Db, actor: Actor, doctorId: number, visitDate: string | null, now: Date): Promise<{ code: string; id: number }> {
  const code = newCode();
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertCode(trx, {
      code_hash: hashToken(normaliseCode(code)!),
      doctor_id: doctorId,
      visit_date: visitDate,
      issued_by: actor.userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CODE_VALID_DAYS * DAY).toISOString(),
      used_at: null,
    });
    await audit(trx, actor, 'feedback.code_issued', { type: 'feedback_code', id }, now, { doctorId, visitDate });
    return id;
  });
  return { code, id };
}

/** Rates the visit of a code and uses the code up, in one transaction. */
export async function rateWithCode(db: Db, normalised: string, input: FeedbackInput, now: Date): Promise<Feedback> {
  try {
    return await inWriteTransaction(db, async (trx) => {
      const found = await usableCode(trx, normalised, now);
      if ('refusal' in found) throw new FeedbackRefused(found.refusal);
      // The conditional update is the claim: of two submissions at once, one finds the code unused.
      const claimed = await claimCode(trx, found.code.id, now);
      if (!claimed) throw new FeedbackRefused('code_used');
      const saved = await insertFeedback(trx, { ...row(input, now), doctor_id: found.code.doctor_id, booking_id: null, code_id: found.code.id, mobile_hmac: null });
      await bumpContentVersion(trx);
      return saved;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new FeedbackRefused('code_used');
    throw err;
  }
}

// ---- moderation ----

export type ModerationAction = 'approve' | 'private' | 'reject';
export type ModerationRefusal = 'not_found' | 'no_comment' | 'has_errors' | 'no_consent' | 'has_pii';

export function errorFindings(f: Pick<Feedback, 'findings_json'>): Finding[] {
  return (JSON.parse(f.findings_json) as Finding[]).filter((x) => x.severity === 'error');
}

/** Why a comment may not be approved for publication as it is; null when it may. */
export function approvalRefusal(f: Feedback): ModerationRefusal | null {
  if (!f.comment) return 'no_comment';
  if (errorFindings(f).length) return 'has_errors';
  if (f.consent_publish !== 1) return 'no_consent';
  return null;
}

const STATUS_OF: Record<ModerationAction, CommentStatus> = { approve: 'approved', private: 'private', reject: 'rejected' };

/**
 * Personal details in a comment (names, phone numbers, addresses…), found as in questions; the
 * clinic's doctors are public and not flagged. A flagged comment is approved only after the
 * moderator redacts the details or confirms that what is marked is no personal detail.
 */
export function commentPii(comment: string, doctorNames: readonly string[]) {
  return findPii(comment, { allowNames: doctorNames });
}

export interface ModerationOptions {
  doctorNames?: readonly string[];
  /** The moderator ticked "what is marked is no personal detail". */
  piiChecked?: boolean;
}

/** Approves, keeps private or rejects a comment; audited, and the public pages are refreshed. */
export async function moderate(db: Db, id: number, action: ModerationAction, actor: Actor, now: Date, opts: ModerationOptions = {}): Promise<ModerationRefusal | null> {
  return db.transaction().execute(async (trx) => {
    const f = await findFeedback(trx, id);
    if (!f) return 'not_found';
    if (!f.comment) return 'no_comment';
    if (action === 'approve') {
      const refusal = approvalRefusal(f);
      if (refusal) return refusal;
      if (!opts.piiChecked && commentPii(f.comment, opts.doctorNames ?? []).length) return 'has_pii';
    }
    const to = STATUS_OF[action];
    await setCommentStatus(trx, id, to, actor.userId, now);
    await audit(trx, actor, `feedback.${action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'kept_private'}`, { type: 'feedback', id }, now, {
      from: f.comment_status,
      to,
      doctorId: f.doctor_id,
      errors: errorFindings(f).map((x) => x.rule),
    });
    await bumpContentVersion(trx);
    return null;
  });
}

export interface RedactionRequest {
  /** "start-end" offsets of flagged details the moderator ticked. */
  spans: string[];
  /** Further phrases to hide, one a line, as typed. */
  phrases: unknown;
  /** textHash() of the comment the form showed: offsets are only good for that text. */
  hash: string;
}

export type Redacted = { ok: true; count: number } | { ok: false; reason: 'not_found' | 'stale' | 'nothing' | 'too_many' } | { ok: false; reason: 'missing'; missing: string[] };

/**
 * A moderator hides parts of a comment (issue 17): each span becomes the redaction marker, the
 * comment's compliance findings are made again on the new text, and the text as it was is kept
 * encrypted for staff until the questions' retention run purges it. Audited without the words;
 * a comment already public is refreshed on the site at once. One transaction.
 */
export async function redactComment(db: Db, rt: BookingRuntime, config: Config, id: number, r: RedactionRequest, actor: Actor, now: Date): Promise<Redacted> {
  return db.transaction().execute(async (trx): Promise<Redacted> => {
    const f = await findFeedback(trx, id);
    if (!f || !f.comment) return { ok: false, reason: 'not_found' };
    const comment = f.comment;
    if (textHash(comment) !== r.hash) return { ok: false, reason: 'stale' };
    const ticked = r.spans.map((s) => parseSpan(s, comment));
    if (ticked.some((s) => !s)) return { ok: false, reason: 'stale' };
    const phrases = parsePhrases(r.phrases);
    if (!phrases) return { ok: false, reason: 'too_many' };
    const found = spansOfPhrases(comment, phrases);
    if (found.missing.length) return { ok: false, reason: 'missing', missing: found.missing };
    const spans = [...(ticked as Span[]), ...found.spans];
    if (!spans.length) return { ok: false, reason: 'nothing' };
    const out = redact(comment, spans);
    await setRedactedComment(trx, id, out.text, JSON.stringify(findingsOf(out.text)), now.toISOString());
    await keepRedactedOriginal(trx, rt.crypto, config, { source: 'feedback', sourceId: id, field: 'comment', original: comment, spans: out.count }, actor.userId, now);
    await audit(trx, actor, 'feedback.redacted', { type: 'feedback', id }, now, { spans: out.count, status: f.comment_status });
    if (f.comment_status === 'approved') await bumpContentVersion(trx);
    return { ok: true, count: out.count };
  });
}

/** The clinic setting: show approved comments on doctor pages. Audited like the other site settings. */
export async function setShowComments(db: Db, on: boolean, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await switchShowComments(trx, on, now);
    if (!changed) return false;
    await audit(trx, actor, 'site.updated', { type: 'site_profile', id: 1 }, now, { changed: ['show_feedback_comments'], show_feedback_comments: on });
    await bumpContentVersion(trx);
    return true;
  });
}

// ---- public ----

export interface DoctorFeedbackSummary {
  count: number;
  /** Averages to one decimal; undefined below MIN_RATINGS_SHOWN. */
  averages?: Ratings;
  /** Approved comments with only the month (YYYY-MM) of the rating; empty unless the clinic shows comments. */
  comments: { text: string; month: string }[];
}

const avg = (sum: number, n: number) => Math.round((sum / n) * 10) / 10;

export async function doctorFeedback(db: Db, doctorId: number, showComments: boolean, timeZone: string): Promise<DoctorFeedbackSummary> {
  const totals = await ratingTotals(db, doctorId);
  const averages = totals.count >= MIN_RATINGS_SHOWN ? { explain: avg(totals.explain, totals.count), attitude: avg(totals.attitude, totals.count), wait: avg(totals.wait, totals.count) } : undefined;
  const rows = showComments ? await publicComments(db, doctorId, COMMENTS_SHOWN) : [];
  const f = rows.length ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }) : undefined;
  const month = (iso: string) => f!.format(new Date(iso)).slice(0, 7);
  return { count: totals.count, averages, comments: rows.map((r) => ({ text: r.comment!, month: month(r.created_at) })) };
}

/** What a doctor's public page shows: the clinic setting decides whether comments are loaded at all. */
export async function doctorFeedbackFor(db: Db, doctorId: number, timeZone: string): Promise<DoctorFeedbackSummary> {
  return doctorFeedback(db, doctorId, await showCommentsSetting(db), timeZone);
}

// ---- the thank-you text after check-in ----

/** Queued in the check-in's own transaction; sent after the session ends, re-checked then. */
export async function enqueueThanks(trx: Db, bookingId: number, sessionEndsAt: string, now: Date): Promise<void> {
  const runAt = new Date(Math.max(now.getTime(), Date.parse(sessionEndsAt)));
  // Once per booking: a check-in undone after the text went out and made again must not send it
  // twice (nor fail on the job's unique key).
  await enqueueOnce(trx, THANKS_JOB, { bookingId }, runAt, now, thanksKey(bookingId));
}

const thanksKey = (bookingId: number) => `feedback-thanks:${bookingId}`;

/**
 * An undone check-in takes its thank-you text back while it is still queued (the job re-checks the
 * status too, for a worker that claimed it a moment before). Returns whether one was taken back.
 */
export async function cancelThanks(trx: Db, bookingId: number): Promise<boolean> {
  return cancelQueued(trx, thanksKey(bookingId));
}
