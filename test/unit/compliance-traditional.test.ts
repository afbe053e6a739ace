import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js/cn2t';
import { checkText } from '../../src/compliance/index.js';
import { readCorpus } from '../../src/compliance/eval.js';

// The checker folds traditional characters before matching (src/web/han.ts). Every sentence of the
// development corpus, written by OpenCC in Taiwan and Hong Kong forms, must get the findings its
// simplified original gets, at the same places: the rules need no traditional copy of any word.

const rows = readCorpus(new URL('../fixtures/compliance/corpus.tsv', import.meta.url).pathname);
const forms = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const findings = (text: string, docType: (typeof rows)[number]['type']) =>
  checkText(text, { docType })
    .map((f) => `${f.rule}@${f.start}-${f.end}`)
    .sort();

test('each development sentence in traditional characters gets the same findings as in simplified', () => {
  let compared = 0;
  const differ: string[] = [];
  for (const r of rows) {
    const want = findings(r.text, r.type);
    for (const convert of forms) {
      const t = convert(r.text);
      if (t === r.text || t.length !== r.text.length) continue;
      compared++;
      const got = findings(t, r.type);
      if (got.join() !== want.join()) differ.push(`${t}\n  ${got.join(' ')}\n  want ${want.join(' ')}`);
    }
  }
  assert.ok(compared >= 1000, `${compared} sentences compared`);
  assert.deepEqual(differ, []);
});
