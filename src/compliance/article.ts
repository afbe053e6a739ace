// An article is checked field by field (title, summary, body, each typed block), so that every
// finding's offsets point into the text the editor actually typed in that field.

import type { Block } from '../content/blocks.js';
import { checkText } from './checker.js';
import type { DocType, Finding } from './types.js';

export interface ArticleText {
  title: string;
  summary: string;
  bodyMd: string;
  blocks: Block[];
}

export interface Field {
  /** 'title' | 'summary' | 'body' | 'block:<id>' */
  id: string;
  label: string;
  text: string;
}

export interface FieldFinding extends Finding {
  field: string;
  fieldLabel: string;
}

/** A block as one text, items one per line, in the order the page shows them. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'keyFacts':
      return [b.title, b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
    case 'tips':
      return [b.title, ...b.items].join('\n');
    case 'contraindications':
      return [b.title, b.intro ?? '', ...b.items].join('\n');
    case 'faq':
      return [b.title, ...b.items.flatMap((i) => [`问：${i.question}`, `答：${i.answer}`])].join('\n');
  }
}

export function articleFields(a: ArticleText): Field[] {
  return [
    { id: 'title', label: '标题', text: a.title },
    { id: 'summary', label: '摘要', text: a.summary },
    { id: 'body', label: '正文', text: a.bodyMd },
    ...a.blocks.map((b) => ({ id: `block:${b.id}`, label: `区块“${b.title}”`, text: blockText(b) })),
  ];
}

export function checkArticle(a: ArticleText, docType: DocType): FieldFinding[] {
  return articleFields(a).flatMap((f) => checkText(f.text, { docType }).map((x) => ({ ...x, field: f.id, fieldLabel: f.label })));
}

/** The sentence around a finding, in the original text: what an acceptance is tied to. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stop = /[。！？!?；;\n]/;
  let a = start;
  while (a > 0 && !stop.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !stop.test(text[b]!)) b++;
  if (b < text.length) b++;
  return text.slice(a, b).trim();
}
