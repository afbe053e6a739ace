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
import { findAnsweredBy, findFollowUp, findQuestion, insertAnswerVersion, insertQuestion, markPublicationAnswerChanged, replaceAnswer, type Question } from './questions.repository.js';
import { withdrawQa } from './qa.service.js';
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
  /** The doctor amended the answer (issue 17): the text says the answer was updated. */
  amended?: boolean;
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
  | { kind: 'duplicate'; token: string | undefined }
  /** A follow-up to an answer that has one already, or that cannot be followed up (issue 17). */
  | { kind: 'already' };

/** What a follow-up takes over from the question it follows. */
export type FollowedUp = Pick<Question, 'id' | 'category_id' | 'assigned_doctor_id' | 'age_range' | 'sex' | 'mobile_hmac'>;

/** A question can be followed up once, when it has been answered and is not itself a follow-up. */
export function canFollowUp(q: Pick<Question, 'status' | 'answer_enc' | 'follow_up_of'>): boolean {
  return q.status === 'answered' && q.answer_enc !== null && q.follow_up_of === null;
}

/** A unique index said no: the answer was followed up by another request a moment ago. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(String(e?.message));
}

/**
 * Stores a question, unless the address has sent too many this hour or the same person (the same
 * form, or the same contact) sent the same text in the last 24 hours. The checks and the insert
 * share one transaction.
 */
export async function submitQuestion(db: Db, rt: BookingRuntime, input: AskInput & { locale: Locale; ip: string; sourceArticleId?: number | null; followUpOf?: FollowedUp }, now: Date): Promise<Submitted> {
  try {
    return await storeQuestion(db, rt, input, now);
  } catch (err) {
    if (input.followUpOf && isUniqueViolation(err)) return { kind: 'already' };
    throw err;
  }
}

/**
 * A follow-up (issue 17) goes through the same checks as a first question — consent, rate limit,
 * duplicates, honeypot (in the route) — and into the same triage: it starts 'new', with the first
 * question's category and doctor offered, and is linked to it (one per answer, a unique index).
 */
async function storeQuestion(db: Db, rt: BookingRuntime, input: AskInput & { locale: Locale; ip: string; sourceArticleId?: number | null; followUpOf?: FollowedUp }, now: Date): Promise<Submitted> {
  const fu = input.followUpOf;
  const source = sourceHmac(rt.crypto, input.ip);
  const hash = dedupeHash(rt.crypto, input.body);
  const urgent = detectUrgent(input.body).urgent;
  // A form without a key gets one of its own: never matched again, but its link is still unique.
  const who = { contactHmac: input.contact ? contactHmac(rt.crypto, input.contact) : null, formHmac: formHmac(rt.crypto, input.formKey ?? randomBytes(16).toString('base64url')) };
  return db.transaction().execute(async (trx): Promise<Submitted> => {
    if (fu) {
      const original = await findQuestion(trx, fu.id);
      if (!original || !canFollowUp(original) || (await findFollowUp(trx, fu.id))) return { kind: 'already' };
    }
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
      age_range: fu ? fu.age_range : input.ageRange,
      sex: fu ? fu.sex : input.sex,
      contact_kind: input.contact?.kind ?? null,
      contact_enc: input.contact ? rt.crypto.encrypt(input.contact.value) : null,
      // A follow-up without a mobile number is still found with its first question on the data-rights pages.
      mobile_hmac: input.contact?.kind === 'mobile' ? rt.crypto.mobileHmac(input.contact.value) : (fu?.mobile_hmac ?? null),
      consent_health: 1,
      consent_publish: input.consentPublish ? 1 : 0,
      consent_json: JSON.stringify(consents),
      locale: input.locale,
      urgent: urgent ? 1 : 0,
      status: 'new',
      priority: urgent ? 'urgent' : 'normal',
      category_id: fu ? fu.category_id : null,
      assigned_doctor_id: fu ? fu.assigned_doctor_id : null,
      follow_up_of: fu ? fu.id : null,
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

export type Amended = { ok: true; version: number } | { ok: false; reason: 'not_found' | 'stale' | 'unchanged' } | { ok: false; reason: 'findings'; findings: Finding[] };

/**
 * A doctor corrects an answer already sent (issue 17): the same compliance check as a first answer,
 * the answer before it kept as a numbered version (staff see every version), the patient told that
 * the answer was updated, and a public Q&A made from the old answer taken down until an editor
 * publishes it again through the same checks — a corrected answer is one whose old words should no
 * longer be on the site. `version` is the one the doctor edited: a second amendment in between is
 * "stale", not silently overwritten. One transaction.
 */
export async function amendAnswer(db: Db, rt: BookingRuntime, id: number, doctorId: number, answer: string, version: number, actor: Actor, now: Date): Promise<Amended> {
  const findings = answerFindings(answer);
  if (findings.some((f) => f.severity === 'error')) return { ok: false, reason: 'findings', findings };
  return db.transaction().execute(async (trx): Promise<Amended> => {
    const q = await findAnsweredBy(trx, id, doctorId);
    if (!q || !q.answer_enc || !q.answered_at) return { ok: false, reason: 'not_found' };
    if (q.answer_version !== version) return { ok: false, reason: 'stale' };
    if (rt.crypto.decrypt(q.answer_enc) === answer) return { ok: false, reason: 'unchanged' };
    const at = now.toISOString();
    await insertAnswerVersion(trx, { question_id: q.id, version: q.answer_version, answer_enc: q.answer_enc, answered_by: q.answered_by, answered_at: q.answer_amended_at ?? q.answered_at, replaced_by: actor.userId, replaced_at: at });
    const updated = await replaceAnswer(trx, q.id, version, { answer_enc: rt.crypto.encrypt(answer), answered_by: actor.userId, answer_amended_at: at, updated_at: at });
    if (!updated) return { ok: false, reason: 'stale' };
    if (await markPublicationAnswerChanged(trx, q.id, at)) await withdrawQa(trx, q.id, actor, now, 'answer_amended');
    await audit(trx, actor, 'question.amend', { type: 'question', id }, now, { version: version + 1, warnings: findings.length });
    await tellPatient(trx, updated, now, true);
    return { ok: true, version: version + 1 };
  });
}

/** Queues the "your question has been dealt with" notice when the patient left a contact. */
async function tellPatient(trx: Db, q: Question, now: Date, amended = false): Promise<void> {
  if (q.contact_enc && (q.contact_kind === 'mobile' || q.contact_kind === 'email')) {
    const payload: NotifyPayload = { questionId: q.id, channel: q.contact_kind === 'mobile' ? 'sms' : 'email', ...(amended ? { amended: true } : {}) };
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
