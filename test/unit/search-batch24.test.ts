import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery } from '../../src/search/query.js';
import { queryTerms, spokenAsWritten } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

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
  assert.ok(demoTargets('星期日').includes('周日'));
  assert.ok(demoTargets('礼拜天').includes('周日'));
  assert.ok(demoTargets('摔破').includes('外伤'));
  assert.ok(demoTargets('难过').includes('情绪'));
  assert.ok(demoTargets('心里 难受').includes('情绪'));
  assert.ok(demoTargets('son').includes('儿童'));
  assert.ok(demoTargets('daughter').includes('儿童'));
  assert.ok(demoTargets('cheeks').includes('面部'));
  assert.ok(demoTargets('pale').includes('淡白色'));
});
