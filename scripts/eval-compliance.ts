import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatReport, readCorpus } from '../src/compliance/eval.js';

// `npm run eval:compliance [-- CORPUS.tsv]`: recall and false-positive rate of the compliance
// checker, overall and per category, on both parts of the labelled corpus:
// - the development part (corpus.tsv), which the rules are tuned on: every miss and false alarm is
//   listed with its sentence;
// - the held-out test part (corpus-test.tsv), written by someone else and never read while writing
//   rules: figures only, never a sentence.
// With a file argument, that one file is reported in full.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'fixtures', 'compliance');
const arg = process.argv[2];
if (arg) {
  console.log(formatReport(evaluateCorpus(readCorpus(arg))));
} else {
  console.log(formatReport(evaluateCorpus(readCorpus(path.join(dir, 'corpus.tsv'))), { title: '== Development part (corpus.tsv) ==' }));
  const test = path.join(dir, 'corpus-test.tsv');
  console.log('');
  if (fs.existsSync(test)) console.log(formatReport(evaluateCorpus(readCorpus(test)), { title: '== Held-out test part (corpus-test.tsv), figures only ==', figuresOnly: true }));
  else console.log('== Held-out test part: test/fixtures/compliance/corpus-test.tsv is missing ==');
}
