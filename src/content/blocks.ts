import { z } from 'zod';

// Typed article blocks are stored as structured data (JSON), never as HTML.
// The body Markdown places a block with a line `{{block:ID}}`; unplaced blocks follow the body.
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const keyFactsBlock = z.object({
  type: z.literal('keyFacts'),
  id,
  title: text(80),
  columns: z.array(text(40)).min(2).max(5),
  rows: z.array(z.array(text(400)).min(2).max(5)).min(1).max(30),
}).refine((b) => b.rows.every((r) => r.length === b.columns.length), { message: 'every row needs one cell per column', path: ['rows'] });

export const tipsBlock = z.object({
  type: z.literal('tips'),
  id,
  title: text(80),
  items: z.array(text(600)).min(1).max(20),
});

export const contraindicationsBlock = z.object({
  type: z.literal('contraindications'),
  id,
  title: text(80),
  intro: text(400).optional(),
  items: z.array(text(400)).min(1).max(30),
});

export const faqBlock = z.object({
  type: z.literal('faq'),
  id,
  title: text(80),
  items: z.array(z.object({ question: text(200), answer: text(2000) })).min(1).max(30),
});

export const block = z.discriminatedUnion('type', [keyFactsBlock, tipsBlock, contraindicationsBlock, faqBlock]);
export const blocks = z.array(block).max(40);

export type Block = z.infer<typeof block>;
export type KeyFactsBlock = z.infer<typeof keyFactsBlock>;
export type TipsBlock = z.infer<typeof tipsBlock>;
export type ContraindicationsBlock = z.infer<typeof contraindicationsBlock>;
export type FaqBlock = z.infer<typeof faqBlock>;
