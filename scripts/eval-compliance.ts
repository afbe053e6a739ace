import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatReport, readCorpus } from '../src/compliance/eval.js';

// `npm run eval:compliance [-- --dev | CORPUS.tsv]`: recall and false-positive rate of the compliance
// checker, overall and per category, on the parts of the labelled corpus:
// - the development part (corpus.tsv), which the rules are tuned on: every miss and false alarm is
//   listed with its sentence;
// - the development holdout (corpus-dev-holdout.tsv), written with the last batch of the development
//   part but kept aside while its rules were written: figures only, so that a round is not tuned on it;
// - the held-out test part (corpus-test.tsv), written by someone else and never read while writing
//   rules: figures only, never a sentence.
// `--dev` reports the development part alone (what a rule writer runs); a file argument reports that
// one file in full.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'fixtures', 'compliance');
const args = process.argv.slice(2);
const devOnly = args.includes('--dev');
const file = args.find((a) => !a.startsWith('--'));
if (file) {
  console.log(formatReport(evaluateCorpus(readCorpus(file))));
} else {
  console.log(formatReport(evaluateCorpus(readCorpus(path.join(dir, 'corpus.tsv'))), { title: '== Development part (corpus.tsv) ==' }));
  if (!devOnly) {
    for (const [name, title] of [
      ['corpus-dev-holdout.tsv', '== Development holdout (corpus-dev-holdout.tsv), figures only =='],
      ['corpus-test.tsv', '== Held-out test part (corpus-test.tsv), figures only =='],
    ] as const) {
      const f = path.join(dir, name);
      console.log('');
      if (fs.existsSync(f)) {
        const rows = readCorpus(f);
        console.log(formatReport(evaluateCorpus(rows), { title, figuresOnly: true }));
        // The rules alone, without the learned second opinion: what the hand rules carry to text they were not written on. The
        // model's share moves with every retraining (a batch's labelled rows added move the test part by a sentence or three either
        // way), so this line tells a round's rules from its retraining.
        const bare = evaluateCorpus(rows, { model: null });
        console.log(`Rules alone (no model): recall ${(100 * bare.recall).toFixed(1)}% (${bare.found}/${bare.positives}), false positives ${(100 * bare.falsePositiveRate).toFixed(1)}% (${bare.falsePositives}/${bare.negatives})`);
      } else console.log(`== ${name} is missing ==`);
    }
  }
}
