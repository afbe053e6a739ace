import type { Kysely } from 'kysely';
import { checkText, type Finding } from '../compliance/index.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { audit, type Actor } from '../staff/audit.js';
import { findPii, PII_LABELS, type PiiFinding } from '../personal-data/pii.js';
import {
  ANSWERED,
  doctorNames,
  findPublication,
  insertPublicationDraft,
  lockedQuestionForQa,
  qaSlug,
  setPublicationStatus,
  updatePublication,
  updatePublicationTexts,
  withdrawPublished,
} from './qa.repository.js';
import { indexQa, unindexQa } from './qa.search.js';
import type { Config } from '../config.js';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';
import { keepRedactedOriginal, parsePhrases, parseSpan, redact, spansOfPhrases, textHash, type Span } from './redaction.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

type Db = Kysely<Database>;

// The editor's side of the public Q&A: a draft of the de-identified text, publishing (which
// re-reads the patient's consent and re-checks the text inside its own transaction, so neither a
// route nor a direct call nor a consent withdrawn a moment earlier can publish), and withdrawal.

export const QA_FIELDS = ['title', 'question_public', 'answer_public'] as const;
export type QaField = (typeof QA_FIELDS)[number];
export const QA_FIELD_LABELS: Record<QaField | 'category_id', string> = {
  title: '标题',
  question_public: '公开的问题',
  answer_public: '公开的回答',
  category_id: '分类',
};
const LIMITS: Record<QaField, [number, number]> = { title: [4, 60], question_public: [10, 2000], answer_public: [10, 5000] };

export interface QaDraft {
  title: string;
  question_public: string;
  answer_public: string;
  category_id: number | null;
}

export interface FieldProblem {
  field: QaField | 'category_id';
  /** In Chinese; a staff page in another language words it from the field and `length`. */
  message: string;
  length?: { min: number; max: number; n: number };
}

/** The form as posted: strings trimmed, the category an id or null; problems of shape only. */
export function parseDraft(body: unknown): { draft: QaDraft; problems: FieldProblem[] } {
  const b = (body ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '').replace(/\r\n/g, '\n').trim();
  const cat = str('category_id');
  const draft: QaDraft = {
    title: str('title'),
    question_public: str('question_public'),
    answer_public: str('answer_public'),
    category_id: /^[1-9]\d{0,8}$/.test(cat) ? Number(cat) : null,
  };
  const problems: FieldProblem[] = [];
  for (const f of QA_FIELDS) {
    const n = [...draft[f]].length;
    const [min, max] = LIMITS[f];
    if (n < min || n > max) problems.push({ field: f, message: `${QA_FIELD_LABELS[f]}需要 ${min}–${max} 个字（现在 ${n} 个）。`, length: { min, max, n } });
  }
  if (cat && draft.category_id === null) problems.push({ field: 'category_id', message: '请选择一个分类。' });
  return { draft, problems };
}

export interface TextReview {
  pii: { field: QaField; finding: PiiFinding }[];
  compliance: { field: QaField; finding: Finding }[];
}

/** Personal details and compliance errors in the public text: either one blocks publishing. */
export function reviewDraft(draft: Pick<QaDraft, QaField>, allowNames: readonly string[]): TextReview {
  const out: TextReview = { pii: [], compliance: [] };
  for (const field of QA_FIELDS) {
    const pii = findPii(draft[field], { allowNames });
    for (const finding of pii) out.pii.push({ field, finding });
    // The checker's own privacy and contact rules see the same phone or address: list it once.
    for (const finding of checkText(draft[field], { docType: 'kepu' })) {
      if (finding.severity !== 'error') continue;
      if (pii.some((p) => p.start < finding.end && finding.start < p.end)) continue;
      out.compliance.push({ field, finding });
    }
  }
  return out;
}

/** One line per problem, for the refusal message and the audit detail. */
export function reviewReasons(r: TextReview): string[] {
  return [
    ...r.pii.map((p) => `${QA_FIELD_LABELS[p.field]}中有${PII_LABELS[p.finding.kind]}（“${p.finding.text}”），请删去或改写。`),
    ...r.compliance.map((c) => `${QA_FIELD_LABELS[c.field]}：${c.finding.message}（“${c.finding.text}”）`),
  ];
}

/** A refusal the editor can act on; `reasons` are shown on the page. */
export class QaRefused extends AppError {
  constructor(
    status: 404 | 409 | 422,
    code: string,
    readonly reasons: string[],
  ) {
    super(status, code, reasons.join(' '));
  }
}

/**
 * The question, read (and on PostgreSQL locked) inside the caller's transaction: a publication
 * consent withdrawn by a transaction that committed first is seen here, one that comes later waits.
 */
async function lockQuestion(trx: Db, questionId: number) {
  const row = await lockedQuestionForQa(trx, questionId);
  if (!row) throw new QaRefused(404, 'qa_question', ['没有这个问题。']);
  return row;
}

function requirePublishable(q: { consent_publish: number; status: string }): void {
  if (q.consent_publish !== 1) throw new QaRefused(409, 'qa_no_consent', ['患者没有同意公开发布这个问题（或已撤回同意），不能准备或发布公开版本。']);
  if (!(ANSWERED as readonly string[]).includes(q.status)) throw new QaRefused(409, 'qa_not_answered', ['这个问题还没有医生回答，不能发布。']);
}

async function writeDraft(trx: Db, questionId: number, draft: QaDraft, doctorId: number | null, actor: Actor, now: Date): Promise<'created' | 'updated'> {
  const existing = await findPublication(trx, questionId);
  const at = now.toISOString();
  if (!existing) {
    await insertPublicationDraft(trx, { question_id: questionId, slug: qaSlug(questionId), ...draft, doctor_id: doctorId, status: 'draft', prepared_by: actor.userId, created_at: at, updated_at: at });
    return 'created';
  }
  // A draft saved after the answer changed was written from the corrected answer (shown in its place).
  await updatePublication(trx, existing.id, { ...draft, doctor_id: doctorId, prepared_by: actor.userId, answer_changed_at: null, updated_at: at });
  return 'updated';
}

/** Saves the editor's draft. A live publication is not edited in place: its changes go through publish, which checks them. */
export async function saveQaDraft(trx: Db, questionId: number, draft: QaDraft, actor: Actor, now: Date): Promise<void> {
  const q = await lockQuestion(trx, questionId);
  requirePublishable(q);
  const existing = await findPublication(trx, questionId);
  if (existing?.status === 'published') {
    throw new QaRefused(409, 'qa_live', ['这条问答已经公开：修改后请点“检查并发布”（会重新检查），或先撤下。']);
  }
  const how = await writeDraft(trx, questionId, draft, q.answerer_doctor_id ?? q.assigned_doctor_id, actor, now);
  if (existing && existing.status === 'withdrawn') await setPublicationStatus(trx, existing.id, 'draft');
  await audit(trx, actor, 'qa.save', { type: 'question', id: questionId }, now, { how });
}

/**
 * Publishes the public version (after saving `draft`, when given) — only with the patient's
 * consent, read in this transaction, and only when no personal detail and no compliance error
 * remains. A refusal throws, so the caller's transaction rolls back and nothing is half-written.
 */
export async function publishQa(trx: Db, questionId: number, draft: QaDraft | undefined, actor: Actor, now: Date): Promise<{ slug: string }> {
  const q = await lockQuestion(trx, questionId);
  requirePublishable(q);
  const doctorId = q.answerer_doctor_id ?? q.assigned_doctor_id;
  if (draft) await writeDraft(trx, questionId, draft, doctorId, actor, now);
  const pub = await findPublication(trx, questionId);
  if (!pub) throw new QaRefused(409, 'qa_no_draft', ['还没有准备公开版本，请先填写并保存。']);
  const shape = parseDraft({ ...pub, category_id: pub.category_id === null ? '' : String(pub.category_id) }).problems;
  if (shape.length) throw new QaRefused(422, 'qa_invalid', shape.map((p) => p.message));
  const review = reviewDraft(pub, await doctorNames(trx));
  if (review.pii.length || review.compliance.length) throw new QaRefused(422, review.pii.length ? 'qa_pii' : 'qa_compliance', reviewReasons(review));
  const at = now.toISOString();
  const publishedAt = pub.published_at ?? at;
  await updatePublication(trx, pub.id, { status: 'published', published_by: actor.userId, published_at: publishedAt, doctor_id: doctorId, answer_changed_at: null, updated_at: at });
  await indexQa(trx, { ...pub, published_at: publishedAt });
  await bumpContentVersion(trx);
  await audit(trx, actor, 'qa.publish', { type: 'question', id: questionId }, now, { slug: pub.slug, republished: pub.published_at !== null });
  return { slug: pub.slug };
}

/**
 * Takes a publication off the site, the search index and the sitemap in one transaction (the
 * content version moves, so every instance drops its cached pages). Returns false when nothing
 * was live. Other features call this too, e.g. when a patient withdraws consent.
 */
export async function withdrawQa(trx: Db, questionId: number, actor: Actor, now: Date, reason = 'editor'): Promise<boolean> {
  const row = await withdrawPublished(trx, questionId, now);
  if (!row) return false;
  await unindexQa(trx, questionId);
  await bumpContentVersion(trx);
  await audit(trx, actor, 'qa.withdraw', { type: 'question', id: questionId }, now, { reason });
  return true;
}

/** The fingerprint of a draft's three texts: a redaction form is good only for the text it showed. */
export const draftHash = (d: Pick<QaDraft, QaField>) => textHash(QA_FIELDS.map((f) => d[f]).join('\u0000'));

export interface QaRedaction {
  /** "field:start-end" of flagged details the editor ticked. */
  spans: string[];
  /** Further words to hide per field, one a line. */
  phrases: Partial<Record<QaField, unknown>>;
  hash: string;
}

/**
 * Redacts parts of a saved (not live) public version (issue 17): each span becomes the marker, the
 * text as it was is kept encrypted for staff until the retention run purges it, and the editor's
 * action is audited without the words. Publishing then runs the same checks as ever.
 */
export async function redactQaDraft(trx: Db, crypto: PatientCrypto, config: Config, questionId: number, r: QaRedaction, actor: Actor, now: Date): Promise<number> {
  const q = await lockQuestion(trx, questionId);
  requirePublishable(q);
  const pub = await findPublication(trx, questionId);
  if (!pub) throw new QaRefused(409, 'qa_no_draft', ['请先保存草稿，再隐去其中的内容。']);
  if (pub.status === 'published') throw new QaRefused(409, 'qa_live', ['这条问答已经公开：请先撤下，或直接修改后“检查并发布”。']);
  if (draftHash(pub) !== r.hash) throw new QaRefused(409, 'qa_redact_stale', ['草稿在你查看后有改动（或还没保存），请保存后在最新内容上重新选择。']);
  const set: Partial<Record<QaField, string>> = {};
  let total = 0;
  for (const field of QA_FIELDS) {
    const text = pub[field];
    const ticked: Span[] = [];
    for (const raw of r.spans) {
      if (!raw.startsWith(`${field}:`)) continue;
      const span = parseSpan(raw.slice(field.length + 1), text);
      if (!span) throw new QaRefused(409, 'qa_redact_stale', ['选择的位置与草稿不符，请重新打开页面后再选。']);
      ticked.push(span);
    }
    const phrases = parsePhrases(r.phrases[field]);
    if (!phrases) throw new QaRefused(422, 'qa_redact_phrases', ['要隐去的文字每处最多 20 段、每段不超过 100 字。']);
    const found = spansOfPhrases(text, phrases);
    if (found.missing.length) throw new QaRefused(422, 'qa_redact_missing', [`${QA_FIELD_LABELS[field]}中找不到：${found.missing.map((m) => `“${m}”`).join('、')}（请按原文复制）。`]);
    const spans = [...ticked, ...found.spans];
    if (!spans.length) continue;
    const out = redact(text, spans);
    set[field] = out.text;
    total += out.count;
    await keepRedactedOriginal(trx, crypto, config, { source: 'qa', sourceId: questionId, field, original: text, spans: out.count }, actor.userId, now);
  }
  if (!total) throw new QaRefused(422, 'qa_redact_nothing', ['请勾选要隐去的内容，或填写要隐去的文字。']);
  await updatePublicationTexts(trx, pub.id, set, actor.userId, now.toISOString());
  await audit(trx, actor, 'qa.redact', { type: 'question', id: questionId }, now, { spans: total, fields: Object.keys(set) });
  return total;
}
