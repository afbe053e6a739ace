import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery } from '../../src/search/query.js';
import { queryTerms, questionForm, spacedOut, wavelengthAsWritten } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 20 of the labelled queries (helper srch21) led to; each rule test fails with its rule taken out.

const vocabWith = (...words: string[]) => buildVocabulary(new Map([...clinicVocabulary(), ...words.map((w) => [w, 3000] as [string, number])]));

test('a Chinese synonym key the cut splits alone is also a key as typed, which a query may keep whole', async () => {
  // Alone 过人 is cut 过|人; inside 白斑过人吗 the cut keeps it whole (白斑过人不 was the example until decision 0092 read a
  // 不 asked last away, leaving 白斑过人, which is cut 过|人 again).
  assert.deepEqual(queryTerms('过人'), ['过', '人']);
  assert.ok(queryTerms('白斑过人吗').includes('过人'));
  const synonyms = buildSynonyms([{ term: '过人', target: '传染' }]);
  assert.deepEqual(synonyms.get('过人'), ['传染']);
  assert.deepEqual(synonyms.get('过 人'), ['传染']);
  const p = await planQuery('白斑过人吗', { vocab: vocabWith('白斑', '传染'), synonyms, df: heldOf({ 白斑: 20, 传染: 3 }) });
  assert.ok(planTerms(p).includes('传染'), JSON.stringify(p.slots));
  // A key the cut keeps whole alone is as before: one key.
  const kept = buildSynonyms([{ term: '照光', target: '光疗' }]);
  assert.deepEqual([...kept.keys()], ['照光']);
});

test('three or more characters each typed alone between spaces are one run; two stay apart', async () => {
  assert.equal(spacedOut('白 癜 风 会 遗 传 吗'), '白癜风会遗传吗');
  assert.equal(spacedOut('伍 德 灯 检 查'), '伍德灯检查');
  assert.equal(spacedOut('痣 癣'), '痣 癣');
  // Words of their own around single characters are left as typed.
  assert.equal(spacedOut('白斑 会 传 染吗'), '白斑 会 传 染吗');
  assert.equal(spacedOut('白斑 会 传 染 吗'), '白斑 会传染吗');
  const p = await planQuery('白 癜 风 会 遗 传 吗', { vocab: vocabWith('白癜风', '遗传'), synonyms: buildSynonyms([]), df: heldOf({ 白癜风: 20, 遗传: 3 }) });
  assert.deepEqual(planTerms(p), ['白癜风', '遗传']);
});

test('a number said digit by digit is its digits, not a run counting up nor a number with place words', () => {
  assert.deepEqual(queryTerms(wavelengthAsWritten('三零八跟三一一有啥区别')), ['308', '跟', '311', '区别']);
  assert.ok(wavelengthAsWritten('打四零零电话').includes('400'));
  // Counting up (a range), place words and longer runs stay as typed.
  assert.equal(wavelengthAsWritten('照了三四五次'), '照了三四五次');
  assert.equal(wavelengthAsWritten('一二三'), '一二三');
  assert.equal(wavelengthAsWritten('三百二十'), '三百二十');
  assert.equal(wavelengthAsWritten('一三五七'), '一三五七');
  // The wavelength with its unit, as before.
  assert.ok(wavelengthAsWritten('三零八纳米').includes('308nm'));
});

test('the demo synonyms of batch 20: dialect for contagious, the sun and farm work, spreading, a dark rim, an eye mask, burning, in English', () => {
  assert.ok(demoTargets('过人').includes('传染'));
  assert.ok(demoTargets('传人').includes('传染'));
  assert.ok(demoTargets('日头').includes('日晒'));
  assert.ok(demoTargets('种地').includes('户外活动'));
  assert.ok(demoTargets(queryTerms('往外扩').join(' ')).includes('变大'));
  assert.ok(demoTargets('黑边').includes('色素加深'));
  assert.ok(demoTargets('眼罩').includes('护目镜'));
  assert.ok(demoTargets('灼烧').includes('烧灼'));
  assert.ok(demoTargets('knuckle').includes('手指'));
  assert.ok(demoTargets('repigment').includes('复色'));
});

test('a query stopword the cut glued to the word before it does not begin a two-character homophone (照光要|戴 is not 腰带)', async () => {
  const synonyms = buildSynonyms([{ term: '照光', target: '光疗' }, { term: '皮带', target: '腰带' }]);
  const vocab = vocabWith('腰带', '光疗', '护目镜');
  const df = heldOf({ 光疗: 5, 腰带: 1, 戴: 2, 孩子: 8, 护目镜: 3 });
  const p = await planQuery('孩子照光要戴眼罩吗', { vocab, synonyms, df });
  assert.ok(!planTerms(p).includes('腰带'), JSON.stringify(p.slots));
  assert.equal(p.corrected, undefined);
});

test('一点 before a negation is "at all", no word to search; a little (高一点, 一点点) stays', () => {
  assert.ok(!queryTerms(questionForm('照了三个月一点没变')).includes('一点'));
  assert.ok(!queryTerms(questionForm('照了3个月光一点变化都没有')).includes('一点'));
  assert.ok(!queryTerms(questionForm('抹上去一点也不疼')).includes('一点'));
  assert.ok(queryTerms(questionForm('TSH高一点')).includes('一点'));
});
