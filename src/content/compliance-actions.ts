// Staff decisions about compliance findings, each in the caller's transaction with its audit event:
// an editor accepts one finding with a reason; an admin overrides the gate for one exact version
// with a reason and publishes it.

import type { Transaction } from 'kysely';
import { parseBlocks } from './content.service.js';
import { publish, WorkflowError, type PublishGate, type ReviewSchedule } from './editorial.service.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { audit, type Actor } from '../staff/audit.js';
import { reviewContent, type ComplianceReview } from './compliance-gate.js';
import { headRevisionForReview, insertAcceptance, insertOverride, updateAcceptance } from './editorial.repository.js';

type Trx = Transaction<Database>;

export const MIN_REASON = 4;
const MAX_REASON = 500;

function reasonOf(raw: unknown): string {
  const reason = typeof raw === 'string' ? raw.trim() : '';
  if ([...reason].length < MIN_REASON) throw new WorkflowError('reason', `请写明理由（至少 ${MIN_REASON} 个字），它会记入操作日志。`);
  return reason.slice(0, MAX_REASON);
}

/** The newest revision of an article and its compliance review. */
export async function reviewHead(db: Trx | import('kysely').Kysely<Database>, articleId: number): Promise<{ review: ComplianceReview; revisionId: number; contentHash: string }> {
  const a = await headRevisionForReview(db, articleId);
  if (!a) throw new AppError(404, 'article');
  const content = { title: a.title, summary: a.summary, bodyMd: a.body_md, blocks: parseBlocks(a.blocks_json) };
  const review = await reviewContent(db, { id: articleId, docType: a.doc_type, contentHash: a.content_hash }, content);
  return { review, revisionId: a.revision_id, contentHash: a.content_hash };
}

/**
 * Accepts one finding of the current version, with a reason. `asAdmin` (the compliance.override
 * permission) makes the acceptance settle an error-level finding; an admin may also confirm an
 * editor's earlier acceptance.
 */
export async function acceptFinding(trx: Trx, articleId: number, form: { key?: unknown; reason?: unknown }, actor: Actor, now: Date, asAdmin: boolean): Promise<void> {
  const key = typeof form.key === 'string' ? form.key : '';
  const { review, revisionId } = await reviewHead(trx, articleId);
  const finding = review.findings.find((f) => f.key === key);
  if (!finding) throw new WorkflowError('finding_gone', '这条提示在当前版本中已经不存在（句子可能已被修改），无需再接受。', 409);
  const reason = reasonOf(form.reason);
  if (finding.accepted && (finding.accepted.byAdmin || !asAdmin)) return;
  const row = { reason, user_id: actor.userId, user_name: actor.name, by_admin: asAdmin ? 1 : 0, accepted_at: now.toISOString() };
  if (finding.accepted) {
    await updateAcceptance(trx, articleId, finding.key, row);
  } else {
    await insertAcceptance(trx, { article_id: articleId, finding_key: finding.key, rule: finding.rule, text: finding.text, context: finding.context, ...row });
  }
  await audit(trx, actor, 'compliance.accept', { type: 'article', id: articleId }, now, {
    revision: revisionId,
    rule: finding.rule,
    severity: finding.severity,
    field: finding.field,
    text: finding.text,
    context: finding.context,
    reason,
    asAdmin,
  });
}

/** An admin lets this exact version through despite error-level findings, and publishes it. */
export async function overrideAndPublish(trx: Trx, articleId: number, form: { reason?: unknown }, actor: Actor, now: Date, gate: PublishGate, schedule: ReviewSchedule): Promise<void> {
  const reason = reasonOf(form.reason);
  const { review, revisionId, contentHash } = await reviewHead(trx, articleId);
  if (review.unresolved.length && !review.override) {
    const findings = review.unresolved.map((f) => ({ rule: f.rule, field: f.field, text: f.text, context: f.context }));
    await insertOverride(trx, { article_id: articleId, content_hash: contentHash, reason, findings_json: JSON.stringify(findings), user_id: actor.userId, user_name: actor.name, created_at: now.toISOString() });
    await audit(trx, actor, 'compliance.override', { type: 'article', id: articleId }, now, { revision: revisionId, hash: contentHash, reason, findings });
  }
  await publish(trx, articleId, actor, now, gate, schedule);
}
