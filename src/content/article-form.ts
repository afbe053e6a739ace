import { z } from 'zod';
import { blocks as blocksSchema, type Block } from './blocks.js';
import type { ArticleMeta } from './editorial.service.js';
import type { RevisionContent } from './content.service.js';
import { articlesT, type ArticlesKey } from './articles.admin.i18n.js';
import type { Locale, Translate } from '../web/i18n.js';

// The editor is a plain HTML form (it works without JavaScript), so typed blocks arrive as flat
// fields: b{i}_type, b{i}_title, and text areas with one item per line. This file turns them into
// validated data, with messages an editor can act on.

export type FormBody = Record<string, string | string[] | undefined>;
export type BlockType = Block['type'];
export const BLOCK_TYPES: BlockType[] = ['keyFacts', 'tips', 'contraindications', 'faq'];
export const BLOCK_LABELS: Record<BlockType, string> = { keyFacts: '要点表格', tips: '温馨提示', contraindications: '不适合人群', faq: '常见问答' };

/** A block as the form shows it: every field a string, possibly empty or invalid. */
export interface BlockDraft {
  type: BlockType;
  id: string;
  title: string;
  columns: string;
  rows: string;
  items: string;
  intro: string;
  faq: string;
}

export interface ArticleDraft {
  slug: string;
  categoryId: string;
  docType: string;
  source: string;
  authorDoctorId: string;
  title: string;
  summary: string;
  bodyMd: string;
  blocks: BlockDraft[];
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function blockToDraft(b: Block): BlockDraft {
  const empty = { columns: '', rows: '', items: '', intro: '', faq: '' };
  switch (b.type) {
    case 'keyFacts':
      return { ...empty, type: b.type, id: b.id, title: b.title, columns: b.columns.join(' | '), rows: b.rows.map((r) => r.join(' | ')).join('\n') };
    case 'tips':
      return { ...empty, type: b.type, id: b.id, title: b.title, items: b.items.join('\n') };
    case 'contraindications':
      return { ...empty, type: b.type, id: b.id, title: b.title, intro: b.intro ?? '', items: b.items.join('\n') };
    case 'faq':
      return { ...empty, type: b.type, id: b.id, title: b.title, faq: b.items.map((i) => `问：${i.question}\n答：${i.answer}`).join('\n\n') };
  }
}

export function emptyBlock(type: BlockType, existing: BlockDraft[]): BlockDraft {
  const base = type.toLowerCase();
  let n = 1;
  while (existing.some((b) => b.id === `${base}-${n}`)) n++;
  return { type, id: `${base}-${n}`, title: BLOCK_LABELS[type], columns: '', rows: '', items: '', intro: '', faq: '' };
}

export function readDraft(body: FormBody): ArticleDraft {
  const count = Math.min(40, Math.max(0, Number.parseInt(one(body.block_count), 10) || 0));
  const blocks: BlockDraft[] = [];
  for (let i = 0; i < count; i++) {
    const type = one(body[`b${i}_type`]) as BlockType;
    if (!BLOCK_TYPES.includes(type) || one(body[`b${i}_remove`]) === 'on') continue;
    blocks.push({
      type,
      id: one(body[`b${i}_id`]).trim(),
      title: one(body[`b${i}_title`]),
      columns: one(body[`b${i}_columns`]),
      rows: one(body[`b${i}_rows`]),
      items: one(body[`b${i}_items`]),
      intro: one(body[`b${i}_intro`]),
      faq: one(body[`b${i}_faq`]),
    });
  }
  return {
    slug: one(body.slug).trim(),
    categoryId: one(body.category_id),
    docType: one(body.doc_type),
    source: one(body.source),
    authorDoctorId: one(body.author_doctor_id),
    title: one(body.title),
    summary: one(body.summary),
    bodyMd: one(body.body_md).replace(/\r\n/g, '\n'),
    blocks,
  };
}

function parseFaq(text: string): { question: string; answer: string }[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((chunk) => lines(chunk))
    .filter((l) => l.length)
    .map(([q, ...a]) => ({ question: q!.replace(/^(问|Q)[:：]\s*/i, ''), answer: a.join('\n').replace(/^(答|A)[:：]\s*/i, '') }));
}

export function draftToBlock(d: BlockDraft): unknown {
  const common = { type: d.type, id: d.id, title: d.title.trim() };
  switch (d.type) {
    case 'keyFacts':
      return { ...common, columns: d.columns.split('|').map((c) => c.trim()), rows: lines(d.rows).map((r) => r.split('|').map((c) => c.trim())) };
    case 'tips':
      return { ...common, items: lines(d.items) };
    case 'contraindications':
      return { ...common, ...(d.intro.trim() ? { intro: d.intro.trim() } : {}), items: lines(d.items) };
    case 'faq':
      return { ...common, items: parseFaq(d.faq) };
  }
}

/** The longest body, in characters of the decoded text (UTF-16 code units, as zod counts them). */
export const BODY_MAX_CHARS = 60_000;

/** The form's schemas with their messages in one staff language (built once per locale). */
function schemasFor(t: Translate<ArticlesKey>) {
  const metaSchema = z.object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t('err.slug.format')).max(100, t('err.slug.max')),
    categoryId: z.coerce.number({ error: t('err.category') }).int().positive(t('err.category')),
    docType: z.enum(['institution', 'kepu', 'ad', 'case'], { error: t('err.docType') }),
    source: z.string().trim().min(1, t('err.source.min')).max(100, t('err.source.max')),
    authorDoctorId: z.string().transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) ctx.addIssue({ code: 'custom', message: t('err.author') });
      return n;
    }),
  });
  const contentSchema = z.object({
    title: z.string().trim().min(1, t('err.title.min')).max(120, t('err.title.max')),
    summary: z.string().trim().min(1, t('err.summary.min')).max(300, t('err.summary.max')),
    bodyMd: z.string().trim().min(1, t('err.body.min')).max(BODY_MAX_CHARS, t('err.body.max')),
  });
  return { metaSchema, contentSchema, t };
}
const schemas = new Map<Locale, ReturnType<typeof schemasFor>>();
const schemasOf = (locale: Locale) => {
  let s = schemas.get(locale);
  if (!s) schemas.set(locale, (s = schemasFor(articlesT(locale))));
  return s;
};

export type Parsed = { ok: true; meta: ArticleMeta; content: RevisionContent } | { ok: false; errors: Record<string, string> };

/** Checks a draft; the messages are in the staff member's language (Chinese unless told). */
export function validateDraft(d: ArticleDraft, locale: Locale = 'zh-CN'): Parsed {
  const { metaSchema, contentSchema, t } = schemasOf(locale);
  const errors: Record<string, string> = {};
  const meta = metaSchema.safeParse(d);
  const content = contentSchema.safeParse(d);
  for (const issue of [...(meta.error?.issues ?? []), ...(content.error?.issues ?? [])]) errors[String(issue.path[0])] ??= issue.message;
  const blocks: Block[] = [];
  const ids = new Set<string>();
  d.blocks.forEach((b, i) => {
    const parsed = blocksSchema.element.safeParse(draftToBlock(b));
    if (!parsed.success) errors[`b${i}`] = t(`err.block.${b.type}`);
    else if (ids.has(parsed.data.id)) errors[`b${i}`] = t('err.block.duplicate');
    else {
      ids.add(parsed.data.id);
      blocks.push(parsed.data);
    }
  });
  if (!meta.success || !content.success || Object.keys(errors).length) return { ok: false, errors };
  const m = meta.data;
  return {
    ok: true,
    meta: { slug: m.slug, categoryId: m.categoryId, docType: m.docType, source: m.source, authorDoctorId: m.authorDoctorId },
    content: { ...content.data, blocks },
  };
}
