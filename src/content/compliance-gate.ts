// The compliance side of the publish gate: which findings of an article's content block
// publication, given the editors' acceptances and an admin's override of that exact version.
//
// - An error-level finding blocks publishing until the text changes, an admin accepts that finding
//   (with a reason), or an admin overrides the gate for this exact version (with a reason). An
//   editor may accept any finding with a reason: that settles a warning, and on an error it records
//   the editor's view for the admin. Every decision is audited.
// - An acceptance is keyed by article + rule + the matched text + the sentence around it: it holds
//   while that sentence is unchanged and lapses as soon as the sentence is edited.

import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseBlocks } from './content.service.js';
import type { Database } from '../db/schema.js';
import { articleFields, checkArticle, checkArticleAsync, sentencesOf, type ArticleText, type FieldFinding } from './compliance-article.js';
import { DOC_TYPES, type DocType } from '../compliance/index.js';
import { acceptancesOf, overrideOf, revisionContentForGate } from './editorial.repository.js';

export interface Acceptance {
  reason: string;
  userName: string;
  acceptedAt: string;
  byAdmin: boolean;
}

export interface GateFinding extends FieldFinding {
  /** Stable identity of this finding while its sentence is unchanged. */
  key: string;
  /** The sentence around the finding, in the field's original text. */
  context: string;
  accepted?: Acceptance;
}

export interface ComplianceReview {
  docType: DocType;
  findings: GateFinding[];
  /** Error-level findings not settled by an admin's acceptance. */
  unresolved: GateFinding[];
  /** The admin override of this exact content, if any. */
  override?: { reason: string; userName: string; createdAt: string };
  /** Unresolved errors and no override: publishing is refused. */
  blocked: boolean;
}

export function findingKey(rule: string, text: string, context: string): string {
  return `sha256:${createHash('sha256').update(`${rule}\u0000${text}\u0000${context}`).digest('hex')}`;
}

export function asDocType(v: string): DocType {
  return (DOC_TYPES as readonly string[]).includes(v) ? (v as DocType) : 'kepu';
}

function keyed(content: ArticleText, findings: FieldFinding[]): GateFinding[] {
  const texts = new Map(articleFields(content).map((f) => [f.id, sentencesOf(f.text)]));
  return findings.map((f) => {
    const context = texts.get(f.field)?.around(f.start, f.end) ?? '';
    return { ...f, key: findingKey(f.rule, f.text, context), context };
  });
}

/** Findings of the content with their keys and sentence context (no database). */
export function keyedFindings(content: ArticleText, docType: DocType): GateFinding[] {
  return keyed(content, checkArticle(content, docType));
}

export async function reviewContent(
  db: Kysely<Database>,
  article: { id: number | undefined; docType: string; contentHash?: string | null },
  content: ArticleText,
): Promise<ComplianceReview> {
  const docType = asDocType(article.docType);
  // The web paths check in slices (checkArticleAsync) so that a long text does not hold up every
  // other request.
  const findings = keyed(content, await checkArticleAsync(content, docType));
  if (article.id !== undefined && findings.length) {
    // The article's acceptances, matched in memory: an IN list of every finding's key would grow
    // with the findings (and past the databases' limits on bound parameters).
    const rows = await acceptancesOf(db, article.id);
    const byKey = new Map(rows.map((r) => [r.finding_key, r]));
    for (const f of findings) {
      const r = byKey.get(f.key);
      if (r) f.accepted = { reason: r.reason, userName: r.user_name, acceptedAt: r.accepted_at, byAdmin: r.by_admin === 1 };
    }
  }
  let override: ComplianceReview['override'];
  if (article.id !== undefined && article.contentHash) {
    const o = await overrideOf(db, article.id, article.contentHash);
    if (o) override = { reason: o.reason, userName: o.user_name, createdAt: o.created_at };
  }
  const unresolved = findings.filter((f) => f.severity === 'error' && !f.accepted?.byAdmin);
  return { docType, findings, unresolved, override, blocked: unresolved.length > 0 && !override };
}

/** A one-line summary of blocking findings, for the refusal message. */
export function describeBlocking(unresolved: GateFinding[]): string {
  const shown = unresolved.slice(0, 3).map((f) => `${f.fieldLabel}「${f.text}」`);
  return `${shown.join('、')}${unresolved.length > 3 ? ` 等 ${unresolved.length} 处` : ''}`;
}

/**
 * For the publish gate (content/editorial.service.ts): the refusal message when the revision's
 * content has unresolved error-level findings and no admin override, else undefined.
 */
export async function complianceRefusal(db: Kysely<Database>, articleId: number, docType: string, revisionId: number): Promise<string | undefined> {
  const rev = await revisionContentForGate(db, revisionId);
  const content: ArticleText = { title: rev.title, summary: rev.summary, bodyMd: rev.body_md, blocks: parseBlocks(rev.blocks_json) };
  const review = await reviewContent(db, { id: articleId, docType, contentHash: rev.content_hash }, content);
  if (!review.blocked) return undefined;
  return `合规检查发现 ${review.unresolved.length} 处错误级问题（${describeBlocking(review.unresolved)}），不能发布。请修改后重新提交审核；确需保留的，可由编辑逐条说明理由后接受，或由管理员说明理由后放行。`;
}
