import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, doneApart, planQuery } from '../../src/search/query.js';
import { queryTerms } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 18 of the labelled queries (helper srch19) led to; each rule test fails with its rule taken out.

const vocabWith = (...words: string[]) => buildVocabulary(new Map([...clinicVocabulary(), ...words.map((w) => [w, 3000] as [string, number])]));

test('a verb and its object said apart by 着 (怀着孕) are read as the word they make, as with 完 / 过 / 了', async () => {
  const synonyms = buildSynonyms([{ term: '怀孕', target: '妊娠期' }]);
  const vocab = vocabWith('许怀瑾');
  assert.ok(queryTerms(doneApart('怀着孕能照紫外线吗', synonyms, vocab)).includes('怀孕'));
  // 怀 alone stood for a doctor's name.
  const p = await planQuery('怀着孕能照紫外线吗', { vocab, synonyms, df: heldOf({ 妊娠期: 5, 紫外线: 8, 许怀瑾: 1, 照: 4 }) });
  assert.ok(planTerms(p).includes('妊娠期'), JSON.stringify(p.slots));
  assert.ok(!planTerms(p).includes('许怀瑾'), JSON.stringify(p.slots));
  // Nothing named: as typed.
  assert.equal(doneApart('看着书', synonyms, vocab), '看着书');
});

test('a query stopword the cut split in two is still one (冒|出, 问|下), and 的话 of "if" is no word to search', () => {
  assert.deepEqual(queryTerms('白斑中间冒出一个个小黑点'), ['白斑', '中间', '一个个', '小黑点']);
  assert.ok(!queryTerms('我想问下我老公').includes('下'));
  assert.ok(!queryTerms('备孕的话孩子会不会遗传').includes('的话'));
  // 出 of a word of its own stays (外出).
  assert.ok(queryTerms('外出要防晒').includes('外出'));
});

test('the demo synonyms of batch 18: supplements, low mood, dark dots, black rice, the family, dating, a marathon, in English', async () => {
  assert.ok(demoTargets('保健品').includes('补充剂'));
  assert.ok(demoTargets('抑郁症').includes('情绪'));
  assert.ok(demoTargets('信心').includes('心理'));
  assert.ok(demoTargets('小黑点').includes('色素岛'));
  assert.ok(demoTargets('黑米').includes('深色食物'));
  assert.ok(demoTargets('家里人').includes('家人'));
  assert.ok(demoTargets('安慰').includes('支持'));
  assert.ok(demoTargets('谈恋爱').includes('社交'));
  assert.ok(demoTargets('马拉松').includes('户外活动'));
  assert.ok(demoTargets('depressed').includes('情绪'));
  assert.ok(demoTargets('feeling').includes('感觉'));
  // A synonym key is in the vocabulary, so its same-sound slip is corrected (保建品 → 保健品).
  const vocab = vocabWith('保健品');
  const p = await planQuery('保建品有用吗', { vocab, synonyms: buildSynonyms([{ term: '保健品', target: '补充剂' }]), df: heldOf({ 保健品: 1, 补充剂: 2 }) });
  assert.ok(planTerms(p).includes('补充剂'), JSON.stringify(p.slots));
});
