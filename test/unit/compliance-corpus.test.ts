import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../src/compliance/index.js';
import { evaluateCorpus, formatReport, readCorpus } from '../../src/compliance/eval.js';
import { CATEGORIES } from '../../src/compliance/types.js';

// The labelled corpus (original sentences written for ClinicPress): positives for every rule and
// negatives built to trap word lists. `npm run eval:compliance` prints the same figures.

const rows = readCorpus(new URL('../fixtures/compliance/corpus.tsv', import.meta.url).pathname);

test('the corpus has at least 400 sentences, a positive for every rule and negatives for every category', () => {
  assert.ok(rows.length >= 400, `${rows.length} sentences`);
  assert.equal(new Set(rows.map((r) => r.text)).size, rows.length, 'no sentence twice');
  for (const r of RULES) assert.ok(rows.some((x) => x.label === 'pos' && x.expect.includes(r.id)), `a positive for ${r.id}`);
  for (const c of Object.keys(CATEGORIES)) assert.ok(rows.some((x) => x.label === 'neg' && x.expect[0] === c), `a negative for ${c}`);
});

test('recall at least 95% and false positives at most 3% on the corpus', () => {
  const report = evaluateCorpus(rows);
  const detail = formatReport(report);
  assert.ok(report.recall >= 0.95, detail);
  assert.ok(report.falsePositiveRate <= 0.03, detail);
});

test('the development holdout parses, has positives and negatives, and shares no sentence with the development part', () => {
  const held = readCorpus(new URL('../fixtures/compliance/corpus-dev-holdout.tsv', import.meta.url).pathname);
  assert.ok(held.length >= 100, `${held.length} sentences`);
  assert.ok(held.some((r) => r.label === 'pos') && held.some((r) => r.label === 'neg'));
  const dev = new Set(rows.map((r) => r.text));
  assert.deepEqual(held.filter((r) => dev.has(r.text)).map((r) => r.text), []);
});
