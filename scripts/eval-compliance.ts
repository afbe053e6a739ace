import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatReport, readCorpus } from '../src/compliance/eval.js';

// `npm run eval:compliance [-- CORPUS.tsv]`: recall and false-positive rate of the compliance
// checker on the labelled corpus, overall and per category, with every miss and false alarm listed.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'test', 'fixtures', 'compliance', 'corpus.tsv');
const report = evaluateCorpus(readCorpus(file));
console.log(formatReport(report));
