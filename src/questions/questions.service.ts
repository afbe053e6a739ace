import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashToken } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { checkText, type Finding } from '../compliance/index.js';
import type { Database } from '../db/schema.js';
import { enqueue } from '../jobs/jobs.js';
import { audit, type Actor } from '../staff/audit.js';
import type { Locale } from '../web/i18n.js';
import type { AskInput } from './questions.form.js';
import { insertQuestion, type Question } from './questions.repository.js';
import type { CloseReason, QuestionPriority } from './questions.tables.js';
import { scheduleRetention } from './questions.retention.js';
import { contactHmac, dedupeHash, findDuplicate, formHmac, recentFromSource, sourceHmac } from './spam.js';
import { detectUrgent } from './urgent.js';

type Db = Kysely<Database>;

export const NOTIFY_JOB = 'questions.notify';
export const CONSENT_VERSIONS = { health: 'question-health-v1', publish: 'question-publish-v1' } as const;
export const ANSWER_MAX = 5000;

export interface NotifyPayload {
  questionId: number;
  channel: 'sms' | 'email';
}

export interface ConsentRecord {
  purpose: 'health' | 'publish';
  version: string;
  at: string;
  withdrawn_at?: string;
}

/**
 * The private link's token. Made again from what is stored (so a repeated submission can be given
 * the same link) with the data key; the database keeps only its hash.
 */
export function questionToken(rt: BookingRuntime, q: Pick<Question, 'created_at' | 'dedupe_hash' | 'source_hmac' | 'form_hmac'>): string {
  // The form's key makes two people's identical questions from one address at one instant two links.
  return q.form_hmac ? rt.crypto.token('question', q.created_at, q.dedupe_hash, q.source_hmac, q.form_hmac) : rt.crypto.token('question', q.created_at, q.dedupe_hash, q.source_hmac);
}

export type Submitted =
  | { kind: 'stored'; token: string; question: Question }
  | { kind: 'rate_limited' }
  /** token: the earlier question's link, only when this very form stored it (a double submission). */
  | { kind: 'duplicate'; token: string | undefined };

/**
 * Stores a question, unless the address has sent too many this hour or the same person (the same
 * form, or the same contact) sent the same text in the last 24 hours. The checks and the insert
 * share one transaction.
 */
export async function submitQuestion(db: Db, rt: BookingRuntime, input: AskInput & { locale: Locale; ip: string; sourceArticleId?: number | null }, now: Date): Promise<Submitted> {
  const source = sourceHmac(rt.crypto, input.ip);
  const hash = dedupeHash(rt.crypto, input.body);
  const urgent = detectUrgent(input.body).urgent;
  // A form without a key gets one of its own: never matched again, but its link is still unique.
  const who = { contactHmac: input.contact ? contactHmac(rt.crypto, input.contact) : null, formHmac: formHmac(rt.crypto, input.formKey ?? randomBytes(16).toString('base64url')) };
  return db.transaction().execute(async (trx): Promise<Submitted> => {
    const dup = await findDuplicate(trx, hash, who, now);
    if (dup) return { kind: 'duplicate', token: dup.sameForm ? questionToken(rt, dup.row) : undefined };
    if ((await recentFromSource(trx, source, now)) >= rt.config.questions.ratePerHour) return { kind: 'rate_limited' };
    const at = now.toISOString();
    const consents: ConsentRecord[] = [{ purpose: 'health', version: CONSENT_VERSIONS.health, at }];
    if (input.consentPublish) consents.push({ purpose: 'publish', version: CONSENT_VERSIONS.publish, at });
    const keys = { created_at: at, dedupe_hash: hash, source_hmac: source, form_hmac: who.formHmac };
    const token = questionToken(rt, keys);
    const question = await insertQuestion(trx, {
      ...keys,
      token_hash: hashToken(token),
      body_enc: rt.crypto.encrypt(input.body),
      age_range: input.ageRange,
      sex: input.sex,
      contact_kind: input.contact?.kind ?? null,
      contact_enc: input.contact ? rt.crypto.encrypt(input.contact.value) : null,
      mobile_hmac: input.contact?.kind === 'mobile' ? rt.crypto.mobileHmac(input.contact.value) : null,
      consent_health: 1,
      consent_publish: input.consentPublish ? 1 : 0,
      consent_json: JSON.stringify(consents),
      locale: input.locale,
      urgent: urgent ? 1 : 0,
      status: 'new',
      priority: urgent ? 'urgent' : 'normal',
      category_id: null,
      assigned_doctor_id: null,
      answer_enc: null,
      answered_by: null,
      answered_at: null,
      contact_erased_at: null,
      source_article_id: input.sourceArticleId ?? null,
      contact_hmac: who.contactHmac,
      updated_at: at,
    });
    return { kind: 'stored', token, question };
  });
}

export interface Triage {
  categoryId: number | null;
  priority: QuestionPriority;
  doctorId: number;
}

/** Category, priority and doctor; an answered question keeps its answer and is not re-triaged. */
export async function triageQuestion(db: Db, id: number, t: Triage, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('question')
      .set({ category_id: t.categoryId, priority: t.priority, assigned_doctor_id: t.doctorId, status: 'triaged', updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', 'in', ['new', 'triaged'])
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await audit(trx, actor, 'question.triage', { type: 'question', id }, now, { categoryId: t.categoryId, priority: t.priority, doctorId: t.doctorId });
    return true;
  });
}

export type Answered = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'findings'; findings: Finding[] };

/** Compliance findings that refuse an answer: the doctor rewrites them. */
export function answerFindings(answer: string): Finding[] {
  return checkText(answer, { docType: 'kepu' });
}

/**
 * A doctor's answer to a question assigned to them: checked (error-level findings refuse it),
 * stored encrypted, audited, and the patient's notification queued — all in one transaction.
 */
export async function answerQuestion(db: Db, rt: BookingRuntime, id: number, doctorId: number, answer: string, actor: Actor, now: Date): Promise<Answered> {
  const findings = answerFindings(answer);
  if (findings.some((f) => f.severity === 'error')) return { ok: false, reason: 'findings', findings };
  return db.transaction().execute(async (trx): Promise<Answered> => {
    const q = await trx
      .updateTable('question')
      .set({ answer_enc: rt.crypto.encrypt(answer), status: 'answered', answered_by: actor.userId, answered_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('assigned_doctor_id', '=', doctorId)
      .where('status', '=', 'triaged')
      .returningAll()
      .executeTakeFirst();
    if (!q) return { ok: false, reason: 'not_found' };
    await audit(trx, actor, 'question.answer', { type: 'question', id }, now, { warnings: findings.length });
    await tellPatient(trx, q, now);
    await scheduleRetention(trx, rt.config, now);
    return { ok: true };
  });
}

/** Queues the "your question has been dealt with" notice when the patient left a contact. */
async function tellPatient(trx: Db, q: Question, now: Date): Promise<void> {
  if (q.contact_enc && (q.contact_kind === 'mobile' || q.contact_kind === 'email')) {
    const payload: NotifyPayload = { questionId: q.id, channel: q.contact_kind === 'mobile' ? 'sms' : 'email' };
    await enqueue(trx, NOTIFY_JOB, payload, now, now);
  }
}

export const CLOSE_REASONS: CloseReason[] = ['visit', 'duplicate', 'unrelated', 'spam'];

/**
 * Closes a question that will get no answer online: it needs a visit, it was asked twice, it is
 * outside the clinic's field, or it is spam. The patient's private link then says so (and, except
 * for spam, they are told as for an answer); the contact is erased on the same schedule as after
 * an answer; it can never be answered or published. One transaction with its audit record.
 */
export async function closeQuestion(db: Db, rt: BookingRuntime, id: number, reason: CloseReason, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const q = await trx
      .updateTable('question')
      .set({ status: 'closed', closed_at: now.toISOString(), close_reason: reason, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', 'in', ['new', 'triaged'])
      .returningAll()
      .executeTakeFirst();
    if (!q) return false;
    await audit(trx, actor, 'question.close', { type: 'question', id }, now, { reason });
    if (reason !== 'spam') await tellPatient(trx, q, now);
    await scheduleRetention(trx, rt.config, now);
    return true;
  });
}
