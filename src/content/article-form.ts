import { z } from 'zod';
import { blocks as blocksSchema, type Block } from './blocks.js';
import type { ArticleMeta } from './editorial.service.js';
import type { RevisionContent } from './content.service.js';

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

const metaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '网址标识只能用小写字母、数字和连字符，例如 care-after-phototherapy。').max(100, '网址标识最多 100 个字符。'),
  categoryId: z.coerce.number({ error: '请选择分类。' }).int().positive('请选择分类。'),
  docType: z.enum(['institution', 'kepu', 'ad', 'case'], { error: '请选择文档类型。' }),
  source: z.string().trim().min(1, '请填写来源。').max(100, '来源最多 100 个字。'),
  authorDoctorId: z.string().transform((v, ctx) => {
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) ctx.addIssue({ code: 'custom', message: '作者选择有误。' });
    return n;
  }),
});

/** The longest body, in characters of the decoded text (UTF-16 code units, as zod counts them). */
export const BODY_MAX_CHARS = 60_000;

const contentSchema = z.object({
  title: z.string().trim().min(1, '请填写标题。').max(120, '标题最多 120 个字。'),
  summary: z.string().trim().min(1, '请填写摘要。').max(300, '摘要最多 300 个字。'),
  bodyMd: z.string().trim().min(1, '请填写正文。').max(BODY_MAX_CHARS, '正文太长了（最多 6 万字）。'),
});

const BLOCK_MESSAGES: Record<BlockType, string> = {
  keyFacts: '要点表格需要标题、2–5 个列名（用 | 分隔），以及至少一行、每行与列数相同的内容。',
  tips: '温馨提示需要标题和至少一条提示（每行一条）。',
  contraindications: '不适合人群需要标题和至少一条（每行一条）。',
  faq: '常见问答需要标题和至少一组问答：第一行是问题，下一行起是回答，两组之间空一行。',
};

export type Parsed = { ok: true; meta: ArticleMeta; content: RevisionContent } | { ok: false; errors: Record<string, string> };

export function validateDraft(d: ArticleDraft): Parsed {
  const errors: Record<string, string> = {};
  const meta = metaSchema.safeParse(d);
  const content = contentSchema.safeParse(d);
  for (const issue of [...(meta.error?.issues ?? []), ...(content.error?.issues ?? [])]) errors[String(issue.path[0])] ??= issue.message;
  const blocks: Block[] = [];
  const ids = new Set<string>();
  d.blocks.forEach((b, i) => {
    const parsed = blocksSchema.element.safeParse(draftToBlock(b));
    if (!parsed.success) errors[`b${i}`] = BLOCK_MESSAGES[b.type];
    else if (ids.has(parsed.data.id)) errors[`b${i}`] = '区块编号重复。';
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
