import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkText, modelClears } from '../src/compliance/checker.js';
import { normalize } from '../src/compliance/normalize.js';
import { evaluateCorpus, type EvalReport } from '../src/compliance/eval.js';
import { buildModel, MODEL_THRESHOLD, type ComplianceModel } from '../src/compliance/model.js';
import { ROOT } from '../src/paths.js';
import { siteSentences, labelledBatches, type BatchRow } from './compliance-batches.js';

// `npm run cv:compliance [-- --authors] [-- --sweep] [-- --rolling [--only X]]`: does the learned second opinion (model.ts)
// generalise to sentences written apart from those it learnt from? Leave one batch out (or, with
// --authors, one author out) over the development and holdout parts: the model is built from all
// other batches and checked on the one left out, next to the rules alone. Figures only. The rules
// were tuned on every one of these batches except D, so "rules alone" is optimistic everywhere but
// D; what the model adds is measured honestly (it never saw the batch). The test part is not read.
// --sweep reports the pooled figures for several thresholds (how MODEL_THRESHOLD was chosen).
//
// --rolling is the honest version of the question, as it happened: when a new author's batches
// arrived, the rules of that day (the commit before they were tuned on them, taken from git) met
// them first; the model is built from the batches that existed then only. For each row, the rules
// of that day decide, less those the model of that day clears (the veto, decision 0044); where
// nothing is left at warning or above, or only an ad's scope findings are, the model's own findings
// count (a row-level approximation of the checker, which asks the model per sentence).

const args = process.argv.slice(2);
// The site's own sentences are known-innocent neighbours in every fold, as in the shipped model.
const demo = await siteSentences();

interface Tally {
  pos: number;
  found: number;
  neg: number;
  fp: number;
  /** Risky rows with any finding at warning or above, whichever rule it names (rolling only). */
  flagged: number;
}
const add = (t: Tally, r: EvalReport) => {
  t.pos += r.positives;
  t.found += r.found;
  t.neg += r.negatives;
  t.fp += r.falsePositives;
};
const zero = (): Tally => ({ pos: 0, found: 0, neg: 0, fp: 0, flagged: 0 });
const flaggedOf = (t: Tally) => `flagged at all ${pct(t.flagged, t.pos)}`;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—').padStart(6);
const fmt = (t: Tally) => `${pct(t.found, t.pos)} (${t.found}/${t.pos})  ${pct(t.fp, t.neg)} (${t.fp}/${t.neg})`;

/** Moments a new author's text met rules not tuned on it: the commit, the batches that existed before, the new ones. */
const POINTS = [
  { commit: '7e4cf82', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9'], fresh: ['dev10', 'A', 'B'] },
  { commit: '589002d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B'], fresh: ['C', 'E', 'F', 'G', 'D'] },
  { commit: 'c46f4db', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H'], fresh: ['I'] },
  { commit: 'e65f0a8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I'], fresh: ['J'] },
  { commit: '8657079', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J'], fresh: ['K'] },
  { commit: '205df74', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K'], fresh: ['L'] },
  { commit: '4fa3dd4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L'], fresh: ['M'] },
  { commit: '4fa3dd4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L'], fresh: ['N'] },
  { commit: 'ffa2159', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N'], fresh: ['O'] },
  { commit: 'ffa2159', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N'], fresh: ['P'] },
  { commit: '588f761', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'], fresh: ['Q'] },
  { commit: '588f761', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'], fresh: ['R'] },
  { commit: '1f664ca', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'], fresh: ['T'] },
  { commit: '1f664ca', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'], fresh: ['S'] },
  { commit: '6526f27', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'], fresh: ['U'] },
  { commit: '6526f27', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'], fresh: ['V'] },
  { commit: '71daad8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V'], fresh: ['X'] },
  { commit: '71daad8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V'], fresh: ['W'] },
  { commit: 'e2f5d37', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W'], fresh: ['Z'] },
  { commit: 'e2f5d37', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W'], fresh: ['Y'] },
  { commit: 'e2f5d37', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W'], fresh: ['AA'] },
  { commit: '90533e4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y'], fresh: ['AC'] },
  { commit: '90533e4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y'], fresh: ['AB'] },
  { commit: '4a03410', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB'], fresh: ['AD'] },
  { commit: '4a03410', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB'], fresh: ['AF'] },
  { commit: '4a03410', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB'], fresh: ['AE'] },
  { commit: '64a3659', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE'], fresh: ['AI'] },
  { commit: '64a3659', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE'], fresh: ['AH'] },
  { commit: '64a3659', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF'], fresh: ['AG'] },
  { commit: 'eaf9916', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG'], fresh: ['AK'] },
  { commit: 'eaf9916', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG'], fresh: ['AJ'] },
  { commit: 'eaf9916', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG'], fresh: ['AL'] },
  { commit: '145e99e', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL'], fresh: ['AN'] },
  { commit: '145e99e', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL'], fresh: ['AM'] },
  { commit: '145e99e', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL'], fresh: ['AO'] },
  { commit: 'c81d8ce', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO'], fresh: ['AP'] },
  { commit: 'c81d8ce', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO'], fresh: ['AR'] },
  { commit: 'c81d8ce', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO'], fresh: ['AQ'] },
  { commit: '1cc0268', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ'], fresh: ['AS'] },
  { commit: '1cc0268', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ'], fresh: ['AU'] },
  { commit: '1cc0268', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ'], fresh: ['AT'] },
  { commit: '0756ebd', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU'], fresh: ['AW'] },
  { commit: '0756ebd', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU'], fresh: ['AV'] },
  { commit: 'c932171', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW'], fresh: ['AY'] },
  { commit: 'c932171', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW'], fresh: ['AX'] },
  { commit: 'c59ffcc', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX'], fresh: ['AZ'] },
  { commit: 'c59ffcc', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX'], fresh: ['BA'] },
  { commit: '603e39d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA'], fresh: ['BC'] },
  { commit: '603e39d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA'], fresh: ['BB'] },
  { commit: '603e39d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA'], fresh: ['BD'] },
  { commit: '1ef03d8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB'], fresh: ['BF'] },
  { commit: '1ef03d8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB'], fresh: ['BE'] },
  { commit: '7f399f5', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE'], fresh: ['BG'] },
  { commit: '7f399f5', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE'], fresh: ['BH'] },
  { commit: '3a7609d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH'], fresh: ['BI'] },
  { commit: '3a7609d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH'], fresh: ['BJ'] },
  { commit: '3a7609d', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH'], fresh: ['BK'] },
  { commit: '4c91bf3', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK'], fresh: ['BL'] },
  { commit: '4c91bf3', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK'], fresh: ['BN'] },
  { commit: '4c91bf3', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK'], fresh: ['BM'] },
  { commit: '4142866', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM'], fresh: ['BO'] },
  { commit: '4142866', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM'], fresh: ['BP'] },
  { commit: '5682637', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP'], fresh: ['BS'] },
  { commit: '5682637', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP'], fresh: ['BQ'] },
  { commit: '5682637', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP'], fresh: ['BR'] },
  { commit: '23c1b56', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ'], fresh: ['BU'] },
  { commit: '23c1b56', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ'], fresh: ['BT'] },
  { commit: '5ae3cc8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT'], fresh: ['BW'] },
  { commit: '5ae3cc8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT'], fresh: ['BV'] },
  { commit: '5ae3cc8', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT'], fresh: ['BX'] },
  { commit: '2607c76', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV'], fresh: ['BY'] },
  { commit: '2607c76', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV'], fresh: ['BZ'] },
  { commit: 'bf9b421', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX'], fresh: ['CA'] },
  { commit: '3c82b75', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA'], fresh: ['CC'] },
  { commit: '3c82b75', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AE', 'AD', 'AF', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA'], fresh: ['CB'] },
  { commit: '25de860', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB'], fresh: ['CD'] },
  { commit: '25de860', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB'], fresh: ['CE'] },
  { commit: '25de860', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB'], fresh: ['CF'] },
  { commit: '25de860', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB'], fresh: ['CG'] },
  { commit: '06e5e51', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG'], fresh: ['CH'] },
  { commit: '06e5e51', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG'], fresh: ['CI'] },
  { commit: '06e5e51', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG'], fresh: ['CJ'] },
  { commit: '6fb38a4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'], fresh: ['CL'] },
  { commit: '6fb38a4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'], fresh: ['CK'] },
  { commit: '6fb38a4', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'], fresh: ['CM'] },
  { commit: '36fbd9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK'], fresh: ['CP'] },
  { commit: '36fbd9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK'], fresh: ['CO'] },
  { commit: '36fbd9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK'], fresh: ['CN'] },
  { commit: '3cc2d33', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO'], fresh: ['CQ'] },
  { commit: '3cc2d33', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO'], fresh: ['CR'] },
  { commit: '0f0be59', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR'], fresh: ['CS'] },
  { commit: '0f0be59', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR'], fresh: ['CT'] },
  { commit: '0f0be59', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR'], fresh: ['CU'] },
  { commit: 'ab1716a', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU'], fresh: ['CV'] },
  { commit: 'ab1716a', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU'], fresh: ['CW'] },
  { commit: 'ab1716a', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU'], fresh: ['CX'] },
  { commit: '77c0b74', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX'], fresh: ['CY'] },
  { commit: '77c0b74', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX'], fresh: ['CZ'] },
  { commit: '77c0b74', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX'], fresh: ['DA'] },
  { commit: 'f181e9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DA'], fresh: ['DB'] },
  { commit: 'f181e9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DA'], fresh: ['DC'] },
  { commit: 'f181e9c', before: ['dev1', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'A', 'B', 'C', 'E', 'F', 'G', 'D', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'T', 'S', 'U', 'V', 'X', 'W', 'Z', 'Y', 'AA', 'AC', 'AB', 'AD', 'AF', 'AE', 'AI', 'AH', 'AG', 'AK', 'AJ', 'AL', 'AN', 'AM', 'AO', 'AP', 'AR', 'AQ', 'AS', 'AU', 'AT', 'AW', 'AV', 'AY', 'AX', 'AZ', 'BA', 'BC', 'BB', 'BD', 'BF', 'BE', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BN', 'BM', 'BO', 'BP', 'BS', 'BQ', 'BR', 'BU', 'BT', 'BW', 'BV', 'BX', 'BY', 'BZ', 'CA', 'CC', 'CB', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ', 'CL', 'CK', 'CM', 'CP', 'CO', 'CN', 'CQ', 'CR', 'CS', 'CT', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DA'], fresh: ['DD'] },
];

/**
 * [flagged at warning or above, found under an expected rule, flagged by ad-scope rules only] per
 * row, by the checker of `commit`.
 */
function oldRules(commit: string, rows: BatchRow[]): [boolean, boolean, boolean][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cp-cv-${commit}-`));
  try {
    execFileSync('sh', ['-c', `git archive ${commit} src package.json tsconfig.json | tar -x -C "${dir}"`], { cwd: ROOT });
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'));
    fs.writeFileSync(
      path.join(dir, 'run.ts'),
      `import fs from 'node:fs';
import { checkText } from './src/compliance/checker.ts';
const rows = JSON.parse(fs.readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(rows.map((r) => {
  const f = checkText(r.text, { docType: r.type }).filter((x) => x.severity !== 'info');
  return [f.length > 0, f.some((x) => r.expect.includes(x.rule)), f.length > 0 && f.every((x) => x.category === 'adScope')];
})));
`,
    );
    const input = JSON.stringify(rows.map((r) => ({ text: r.text, type: r.type, expect: r.expect })));
    return JSON.parse(execFileSync('node', ['--import', 'tsx', 'run.ts'], { cwd: dir, input, maxBuffer: 1 << 26 }).toString());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function rolling(): void {
  const rows = labelledBatches();
  const ths = args.includes('--sweep') ? [0.6, 0.7, 0.75, 0.8, 0.85, 0.9] : [MODEL_THRESHOLD];
  const total = { rules: zero(), vetoed: zero(), model: ths.map(zero), alone: ths.map(zero) };
  console.log('Rolling origin: the rules of the day and a model of the batches before, on a new author\'s batches; recall, then false positives');
  // --only X: just the moment batch X met the rules (a new author's first run, without replaying every earlier one).
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  for (const p of only ? POINTS.filter((q) => q.fresh.includes(only)).map((q) => ({ ...q, fresh: [only] })) : POINTS) {
    const model: ComplianceModel = buildModel([...rows.filter((r) => p.before.includes(r.batch)), ...demo]);
    console.log(`rules of ${p.commit}, model of ${p.before.length} earlier batches (${model.size} sentences):`);
    for (const batch of p.fresh) {
      const held = rows.filter((r) => r.batch === batch);
      const old = oldRules(p.commit, held);
      const rules = zero();
      const vetoed = zero();
      const both = ths.map(zero);
      const alone = ths.map(zero);
      held.forEach((r, i) => {
        const [flagged, found, scopeOnly] = old[i]!;
        const pos = r.label === 'pos';
        const count = (t: Tally, flag: boolean, hit: boolean) => {
          if (pos) {
            t.pos++;
            if (hit) t.found++;
            if (flag) t.flagged++;
          } else {
            t.neg++;
            if (flag) t.fp++;
          }
        };
        count(rules, flagged, found);
        // The veto (decision 0044), row by row: the model of that day lowers the rules' findings
        // in a row it reads as plainly innocent; then it adds its own where nothing is left.
        const cleared = flagged && modelClears(model, normalize(r.text).text);
        const [vFlag, vFound] = [flagged && !cleared, found && !cleared];
        count(vetoed, vFlag, vFound);
        ths.forEach((th, k) => {
          model.threshold = th;
          const m = checkText(r.text, { docType: r.type, model, modelOnly: true }).filter((f) => f.severity !== 'info');
          const mFlag = m.length > 0;
          const mHit = m.some((f) => r.expect.includes(f.rule));
          count(alone[k]!, mFlag, mHit);
          // A row flagged for an ad's scope alone is still asked for a claim, named after no scope rule.
          const claimHit = m.some((f) => r.expect.includes(f.rule) && f.category !== 'adScope');
          count(both[k]!, vFlag || mFlag, vFound || (!vFlag && mHit) || (vFlag && scopeOnly && claimHit));
        });
      });
      const at = Math.max(0, ths.indexOf(MODEL_THRESHOLD));
      console.log(`  ${batch.padEnd(6)} rules ${fmt(rules)}   veto ${fmt(vetoed)}   + model ${fmt(both[at]!)}   model alone ${fmt(alone[at]!)}`);
      for (const [t, from] of [[total.rules, rules], [total.vetoed, vetoed]] as const) for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += from[k];
      ths.forEach((_, k) => {
        for (const key of Object.keys(rules) as (keyof Tally)[]) {
          total.model[k]![key] += both[k]![key];
          total.alone[k]![key] += alone[k]![key];
        }
      });
    }
  }
  console.log(`all new batches: rules ${fmt(total.rules)}, ${flaggedOf(total.rules)}   with the veto ${fmt(total.vetoed)}, ${flaggedOf(total.vetoed)}`);
  ths.forEach((th, k) => console.log(`  at ${th.toFixed(2)}: + model ${fmt(total.model[k]!)}, ${flaggedOf(total.model[k]!)}   model alone ${fmt(total.alone[k]!)}, ${flaggedOf(total.alone[k]!)}`));
}

function leaveOut(): void {
  const key = args.includes('--authors') ? (r: BatchRow) => r.author : (r: BatchRow) => r.batch;
  const rows = labelledBatches();
  const folds = [...new Set(rows.map(key))];
  const thresholds = args.includes('--sweep') ? [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] : [MODEL_THRESHOLD];

  const rulesTotal = zero();
  const withModel = thresholds.map(zero);
  const lines: string[] = [];
  let buildMs = 0;
  for (const fold of folds) {
    const held = rows.filter((r) => key(r) === fold);
    const t0 = performance.now();
    const model = buildModel([...rows.filter((r) => key(r) !== fold), ...demo]);
    buildMs = Math.max(buildMs, performance.now() - t0);
    const rules = evaluateCorpus(held, { model: null });
    add(rulesTotal, rules);
    const per = thresholds.map((th, i) => {
      model.threshold = th;
      const r = evaluateCorpus(held, { model });
      add(withModel[i]!, r);
      return r;
    });
    const one = (r: EvalReport) => fmt({ pos: r.positives, found: r.found, neg: r.negatives, fp: r.falsePositives, flagged: 0 });
    lines.push(`${fold.padEnd(10)} ${String(held.length).padStart(5)}   rules ${one(rules)}   + model ${one(per[per.length === 1 ? 0 : thresholds.indexOf(MODEL_THRESHOLD)] ?? per[0]!)}`);
  }
  console.log(`Leave one ${args.includes('--authors') ? 'author' : 'batch'} out over development + holdout (${rows.length} sentences); recall, then false positives`);
  console.log(`model threshold ${MODEL_THRESHOLD}; slowest model build ${buildMs.toFixed(0)} ms`);
  console.log(lines.join('\n'));
  console.log(`${'all'.padEnd(10)} ${String(rows.length).padStart(5)}   rules ${fmt(rulesTotal)}`);
  thresholds.forEach((th, i) => console.log(`${''.padEnd(16)} + model at ${th.toFixed(2)}: ${fmt(withModel[i]!)}`));
}

if (args.includes('--rolling')) rolling();
else leaveOut();
