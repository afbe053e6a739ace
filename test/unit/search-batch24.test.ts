import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, shapeAlike, shapeSlips } from '../../src/search/query.js';
import { queryTerms, spokenAsWritten } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets, typedTerms } from '../helpers/search.js';

// What batch 24 of the labelled queries (helper srch26) led to; each rule test fails with its rule taken out.

const vocab = buildVocabulary(new Map(clinicVocabulary()));

test('an English function word after a number is no unit (7 and), so it is never read as pinyin initials', () => {
  assert.ok(!queryTerms('my son is 7 and has pale spots').includes('7and'), JSON.stringify(queryTerms('my son is 7 and has pale spots')));
  assert.ok(!queryTerms('my son is 7 and has pale spots').includes('and'));
  // A unit stays glued to its number.
  assert.ok(queryTerms('308 nm').includes('308nm'));
  assert.ok(queryTerms('0.1 % 他克莫司').length > 0);
});

test('a Latin key of several words with its last one inflected (check ups) keeps its words from being read as slips', async () => {
  const synonyms = buildSynonyms([
    { term: 'check up', target: '复诊' },
    { term: 'cheeks', target: '面部' },
  ]);
  const p = await planQuery('how often do i need check ups', { vocab, synonyms, df: heldOf({ 复诊: 5, 面部: 4 }) });
  assert.ok(planTerms(p).includes('复诊'), JSON.stringify(p.slots));
  assert.ok(!planTerms(p).includes('面部'), JSON.stringify(p.slots));
});

test('written Cantonese: 緊 after a verb is going on (not tight), and a doctor seeing patients (睇症) is 看病', () => {
  assert.ok(!queryTerms('白斑擴散緊點算').some((t) => t.includes('紧')), JSON.stringify(queryTerms('白斑擴散緊點算')));
  assert.ok(queryTerms('白斑擴散緊點算').includes('扩散'));
  assert.ok(spokenAsWritten('星期日有冇醫生睇症'.normalize('NFKC')).length > 0);
  assert.ok(queryTerms('星期日有冇醫生睇症').includes('看病'), JSON.stringify(queryTerms('星期日有冇醫生睇症')));
  // Mandarin's tight stays (衣服太紧, 勒紧).
  assert.ok(queryTerms('一点 衣服太紧').some((t) => t.includes('紧')));
  assert.ok(queryTerms('一点 腰带勒紧').some((t) => t.includes('紧')));
});

test('the demo synonyms of batch 24: Sunday written out, a scrape from a fall, sad, and in English a son, cheeks, pale', () => {
  // Since decision 0094 the weekday said so is read as 周日 before the seed is asked (WEEKDAY_SAID); the rows stay.
  assert.deepEqual(typedTerms('星期日'), ['周日']);
  assert.deepEqual(typedTerms('礼拜天'), ['周日']);
  assert.ok(demoTargets('摔破').includes('外伤'));
  assert.ok(demoTargets('难过').includes('情绪'));
  assert.ok(demoTargets('心里 难受').includes('情绪'));
  assert.ok(demoTargets('son').includes('儿童'));
  assert.ok(demoTargets('daughter').includes('儿童'));
  assert.ok(demoTargets('cheeks').includes('面部'));
  assert.ok(demoTargets('pale').includes('淡白色'));
});

test('a character that looks like the right one (柴外线, 儿重) is read as the vocabulary word it makes, below the typed word', async () => {
  assert.ok(shapeAlike().get('柴')?.includes('紫'));
  assert.ok(shapeAlike().get('紫')?.includes('柴'));
  const withChildren = buildVocabulary(new Map([...clinicVocabulary(), ['儿童', 3000]]));
  const synonyms = buildSynonyms([]);
  const p = await planQuery('柴外线灯在家能自己照吗', { vocab: withChildren, synonyms, df: heldOf({ 紫外线: 6, 外线: 6, 灯: 3, 在家: 2, 自己: 5 }) });
  assert.ok(planTerms(p).includes('紫外线'), JSON.stringify(p.slots));
  assert.equal(p.slots.find((s) => s.alts[0]!.term === '紫外线')?.alts[0]!.pct, 50);
  const q = await planQuery('儿重白斑能用什么药膏', { vocab: withChildren, synonyms, df: heldOf({ 儿童: 6, 白斑: 20, 药膏: 5 }) });
  assert.ok(planTerms(q).includes('儿童'), JSON.stringify(q.slots));
  // A window the index holds is what was typed; so is an ordinary word typed whole (很多 is no slip for a title's word 恨多).
  const held = await planQuery('柴外线灯', { vocab: withChildren, synonyms, df: heldOf({ 柴外线: 1, 紫外线: 6 }) });
  assert.equal(held.corrected, undefined, JSON.stringify(held.slots));
  const everyday = buildVocabulary(new Map([...clinicVocabulary(), ['恨多', 3000]]));
  assert.deepEqual(shapeSlips('很多白斑', everyday), []);
  assert.deepEqual(shapeSlips('柴外线', everyday).map((c) => c.to), ['紫外线']);
});
