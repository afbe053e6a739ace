// An article is checked field by field (title, summary, body, each typed block), so that every
// finding's offsets point into the text the editor actually typed in that field.

import type { Block } from './blocks.js';
import { checkText, checkTextAsync, type DocType, type Finding } from '../compliance/index.js';

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

/** Field by field, handing the event loop back between slices (see checkTextAsync). */
export async function checkArticleAsync(a: ArticleText, docType: DocType): Promise<FieldFinding[]> {
  const out: FieldFinding[] = [];
  for (const f of articleFields(a)) for (const x of await checkTextAsync(f.text, { docType })) out.push({ ...x, field: f.id, fieldLabel: f.label });
  return out;
}

const STOP = /[。！？!?；;\n]/;
/**
 * The context reaches at most this far on each side of the finding: in a text with no sentence
 * stops every finding's "sentence" would otherwise be the whole text (and be hashed for each).
 */
const CONTEXT_MAX = 200;

/** The sentence around a finding, in the original text: what an acceptance is tied to. */
export function sentenceAround(text: string, start: number, end: number): string {
  return sentencesOf(text).around(start, end);
}

/**
 * The sentence stops of one text, found once, so that the sentence around each of many findings is
 * a binary search rather than a walk to the nearest stop (quadratic on text with no stops).
 */
export function sentencesOf(text: string): { around(start: number, end: number): string } {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) if (STOP.test(text[i]!)) stops.push(i);
  // The first stop at or after `pos`, or stops.length.
  const firstFrom = (pos: number) => {
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    around(start: number, end: number): string {
      // a: just after the last stop before `start`; b: just after the first stop at or after `end`.
      const k = firstFrom(start) - 1;
      const a = Math.max(k >= 0 ? stops[k]! + 1 : 0, start - CONTEXT_MAX);
      const j = firstFrom(end);
      const b = Math.min(j < stops.length ? stops[j]! + 1 : text.length, end + CONTEXT_MAX);
      return text.slice(a, b).trim();
    },
  };
}
