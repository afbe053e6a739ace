import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, shapeAlike, shapeSlips, slippedPinyin } from '../../src/search/query.js';
import { demoTargets, heldOf, planTerms, typedTerms as terms } from '../helpers/search.js';

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

test('which kinds / how many kinds (有哪几种, 几类) ask like 哪些 and are not searched', () => {
  assert.deepEqual(terms('外用药膏有哪几种'), terms('外用药膏'));
  assert.ok(!terms('遮盖方式有几种').some((t) => t.includes('几')));
  assert.ok(!terms('光疗分哪几类').some((t) => t.includes('几')));
});

test('散 and 撒 look alike: 扩撒 is 扩散', () => {
  assert.ok(shapeAlike().get('撒')?.includes('散'));
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['扩散', 3000]]));
  assert.deepEqual(shapeSlips('扩撒', words).map((c) => c.to), ['扩散']);
});

test('孕妇, birthmark, born and 心态 are the articles\' words (demo seed)', () => {
  assert.ok(demoTargets('孕妇').includes('孕期'));
  assert.ok(demoTargets('birthmark').includes('贫血痣'));
  assert.ok(demoTargets('birthmark').includes('无色素痣'));
  assert.ok(demoTargets('born').includes('幼年'));
  assert.ok(demoTargets('心态').includes('情绪'));
});

test('what to bring, asked where the question ends (带啥东西, 带哪些资料), is 带上 and the 准备 the articles write', () => {
  const t = terms('去看白斑要带啥东西');
  assert.ok(t.includes('带') && t.includes('准备'), JSON.stringify(t));
  assert.ok(terms('复诊那天要带哪些资料').includes('准备'));
  // A thing named after it is the meaning, and no 准备 is added.
  const named = terms('第一次去要带什么证件');
  assert.ok(named.includes('证件') && !named.includes('准备'), JSON.stringify(named));
});

test('看医生 is the articles\' 就诊, as 看病 is (demo seed)', () => {
  assert.ok(demoTargets('看医生').includes('就诊'));
});
