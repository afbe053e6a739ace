import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, slippedPinyin } from '../../src/search/query.js';
import { heldOf, planTerms } from '../helpers/search.js';

// What batch 31 of the labelled queries (helper srch33) led to; the rule test fails with its rule taken out.

const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['白癜风', 5000], ['准分子光', 3000], ['皮肤镜', 3000], ['甲状腺', 3000], ['防晒', 3000], ['稳定期', 3000], ['儿童', 3000], ['节段型', 3000]]));

test('full pinyin with one keyboard slip is the word it nearly spells (decision 0066)', () => {
  assert.equal(slippedPinyin('baidianfng', vocab), '白癜风'); // a letter left out
  assert.equal(slippedPinyin('baidianfeeng', vocab), '白癜风'); // one too many
  assert.equal(slippedPinyin('zhunfenziguamg', vocab), '准分子光'); // a neighbour
  assert.equal(slippedPinyin('pifujign', vocab), '皮肤镜'); // two swapped
  assert.equal(slippedPinyin('jiazhuangxain', vocab), '甲状腺');
  assert.equal(slippedPinyin('fnagshai', vocab), '防晒');
  assert.equal(slippedPinyin('wendignqi', vocab), '稳定期');
  assert.equal(slippedPinyin('ertomg', vocab), '儿童');
  assert.equal(slippedPinyin('jiduanxing', vocab), '节段型');
  // Short words are one slip from too many syllables; two slips are no reading; nor is a word that spells itself.
  assert.equal(slippedPinyin('fnag', vocab), undefined);
  assert.equal(slippedPinyin('bsidisnfng', vocab), undefined);
  assert.equal(slippedPinyin('baidian-feng', vocab), undefined);
});

test('a slipped pinyin word in a query is read as its word', async () => {
  const plan = await planQuery('pifujign', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 皮肤镜: 3 }) });
  assert.ok(planTerms(plan).includes('皮肤镜'));
  // A 100-letter run of slips is refused by the length bound, not searched letter by letter.
  assert.equal(slippedPinyin('a'.repeat(100), vocab), undefined);
});
