// Evaluation of the checker on a labelled corpus (test/fixtures/compliance/corpus.tsv).
// A positive is found when a finding of one of its expected rules has level warning or error;
// a negative is a false positive when any finding at warning or error is reported. Info findings
// (e.g. a claim quoted in a warning) count as "not flagged" for both.

import fs from 'node:fs';
import { checkText, type CheckOptions } from './checker.js';
import { RULES } from './rules/index.js';
import { CATEGORIES, DOC_TYPES, type Category, type DocType, type Finding } from './types.js';

export interface CorpusRow {
  line: number;
  label: 'pos' | 'neg';
  type: DocType;
  /** pos: rule ids; neg: the category the sentence traps. */
  expect: string[];
  text: string;
}

export function readCorpus(file: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim() || raw.startsWith('#')) return;
      const [label, type, expect, text] = raw.split('\t');
      if ((label !== 'pos' && label !== 'neg') || !DOC_TYPES.includes(type as DocType) || !expect || !text) {
        throw new Error(`${file}:${i + 1}: expected "pos|neg<TAB>type<TAB>expect<TAB>text"`);
      }
      // The two characters `\n` stand for a line break: block-shaped entries (headings, lists, tables).
      rows.push({ line: i + 1, label, type: type as DocType, expect: expect.split('|'), text: text.replaceAll('\\n', '\n') });
    });
  return rows;
}

export interface Outcome {
  row: CorpusRow;
  ok: boolean;
  findings: Finding[];
}

export interface CategoryScore {
  category: Category;
  positives: number;
  found: number;
  /** Positives flagged at all, by any rule at warning or error (the sentence reaches a reviewer). */
  flagged: number;
  /** Positives flagged by some rule of the expected category (not necessarily an expected rule). */
  foundInCategory: number;
  negatives: number;
  falsePositives: number;
}

export interface EvalReport {
  positives: number;
  found: number;
  negatives: number;
  falsePositives: number;
  recall: number;
  falsePositiveRate: number;
  byCategory: CategoryScore[];
  misses: Outcome[];
  falseAlarms: Outcome[];
}

const RULE_CATEGORY = new Map(RULES.map((r) => [r.id, r.category]));

/** `check`: options for every check but the document type (cross-validation passes its own model). */
export function evaluateCorpus(rows: CorpusRow[], check: Omit<CheckOptions, 'docType'> = {}): EvalReport {
  for (const r of rows) {
    if (r.label === 'pos') for (const id of r.expect) if (!RULE_CATEGORY.has(id)) throw new Error(`corpus line ${r.line}: unknown rule ${id}`);
    if (r.label === 'neg' && !(r.expect[0]! in CATEGORIES)) throw new Error(`corpus line ${r.line}: unknown category ${r.expect[0]}`);
  }
  const scores = new Map<Category, CategoryScore>();
  const score = (c: Category) => {
    let s = scores.get(c);
    if (!s) scores.set(c, (s = { category: c, positives: 0, found: 0, flagged: 0, foundInCategory: 0, negatives: 0, falsePositives: 0 }));
    return s;
  };
  const misses: Outcome[] = [];
  const falseAlarms: Outcome[] = [];
  let found = 0;
  let fps = 0;
  for (const row of rows) {
    const findings = checkText(row.text, { ...check, docType: row.type });
    const flagged = findings.filter((f) => f.severity !== 'info');
    if (row.label === 'pos') {
      const s = score(RULE_CATEGORY.get(row.expect[0]!)!);
      s.positives++;
      const ok = flagged.some((f) => row.expect.includes(f.rule));
      if (flagged.some((f) => f.category === s.category)) s.foundInCategory++;
      if (flagged.length) s.flagged++;
      if (ok) {
        s.found++;
        found++;
      } else misses.push({ row, ok, findings });
    } else {
      const s = score(row.expect[0] as Category);
      s.negatives++;
      if (flagged.length) {
        s.falsePositives++;
        fps++;
        falseAlarms.push({ row, ok: false, findings });
      }
    }
  }
  const positives = rows.filter((r) => r.label === 'pos').length;
  const negatives = rows.length - positives;
  const order = Object.keys(CATEGORIES) as Category[];
  return {
    positives,
    found,
    negatives,
    falsePositives: fps,
    recall: positives ? found / positives : 1,
    falsePositiveRate: negatives ? fps / negatives : 0,
    byCategory: [...scores.values()].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category)),
    misses,
    falseAlarms,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/**
 * The report as a plain-text table. `figuresOnly` leaves out every sentence (the misses and false
 * alarms): the held-out test part is reported by its figures alone, so that nobody tunes rules on it.
 */
export function formatReport(r: EvalReport, opts: { title?: string; figuresOnly?: boolean } = {}): string {
  const lines = [
    ...(opts.title ? [opts.title] : []),
    `Corpus: ${r.positives + r.negatives} sentences (${r.positives} positive, ${r.negatives} negative)`,
    `Recall:              ${pct(r.found, r.positives)}  (${r.found}/${r.positives})`,
    `False-positive rate: ${pct(r.falsePositives, r.negatives)}  (${r.falsePositives}/${r.negatives})`,
    // Recall counts a positive only when one of its expected rules fires; "same category" also
    // counts a finding of another rule of that category (the risk is flagged, under a sibling rule).
    `Same-category recall: ${pct(
      r.byCategory.reduce((n, c) => n + c.foundInCategory, 0),
      r.positives,
    )}`,
    // Flagged at all: some finding at warning or error, whatever its rule; the editor sees the sentence marked.
    `Flagged at all:       ${pct(
      r.byCategory.reduce((n, c) => n + c.flagged, 0),
      r.positives,
    )}`,
    '',
    `${'category'.padEnd(12)} ${'recall'.padStart(16)} ${'false positives'.padStart(18)} ${'same category'.padStart(14)}  name`,
  ];
  for (const c of r.byCategory) {
    lines.push(
      `${c.category.padEnd(12)} ${`${pct(c.found, c.positives)} (${c.found}/${c.positives})`.padStart(16)} ${`${pct(c.falsePositives, c.negatives)} (${c.falsePositives}/${c.negatives})`.padStart(18)} ${pct(c.foundInCategory, c.positives).padStart(14)}  ${CATEGORIES[c.category]}`,
    );
  }
  if (opts.figuresOnly) return lines.join('\n');
  const show = (o: Outcome) => `  line ${o.row.line} [${o.row.type}] ${o.row.text}\n    → ${o.findings.map((f) => `${f.rule}:${f.severity}「${f.text}」`).join(' ') || 'no findings'}`;
  if (r.misses.length) lines.push('', 'Missed positives:', ...r.misses.map(show));
  if (r.falseAlarms.length) lines.push('', 'False positives:', ...r.falseAlarms.map(show));
  return lines.join('\n');
}
