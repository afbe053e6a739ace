import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, doneApart, planQuery } from '../../src/search/query.js';
import { queryTerms } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// The rules batch 16 of the labelled queries (helper srch17) led to; each test fails with its rule taken out.

const vocabWith = (...words: string[]) => buildVocabulary(new Map([...clinicVocabulary(), ...words.map((w) => [w, 3000] as [string, number])]));

test('an ordinary word is no homophone slip for another ordinary word (有用 is not 游泳, 男朋友 not 小朋友); clinic words are still corrected', async () => {
  const vocab = vocabWith('游泳', '小朋友', '袖套');
  const synonyms = buildSynonyms([
    { term: 'swim', target: '游泳' },
    { term: '冰袖', target: '袖套' },
    { term: '小朋友', target: '儿童' },
  ]);
  const df = heldOf({ 游泳: 3, 袖套: 1, 儿童: 6, 白癜风: 20, 传染: 4 });
  const sleeves = await planQuery('冰袖有用吗', { vocab, synonyms, df });
  assert.ok(!planTerms(sleeves).includes('游泳'), JSON.stringify(sleeves.slots));
  assert.ok(planTerms(sleeves).includes('袖套'));
  const partner = await planQuery('男朋友会传染吗', { vocab, synonyms: buildSynonyms([]), df });
  assert.ok(!planTerms(partner).includes('小朋友'), JSON.stringify(partner.slots));
  // A clinic word typed with a same-sound character is corrected as before.
  const typo = await planQuery('白颠风传染', { vocab, synonyms, df });
  assert.ok(planTerms(typo).includes('白癜风'), JSON.stringify(typo.slots));
});

test("English function words that spell pinyin initials are stopwords ('as' was 暗室)", async () => {
  assert.deepEqual(queryTerms('same as vitiligo'), ['same', 'vitiligo']);
  const p = await planQuery('psoriasis light box same as vitiligo', {
    vocab: vocabWith('暗室'),
    synonyms: buildSynonyms([{ term: 'vitiligo', target: '白癜风' }]),
    df: heldOf({ 暗室: 1, 白癜风: 20 }),
  });
  assert.ok(!planTerms(p).includes('暗室'), JSON.stringify(p.slots));
});

test('a verb and its object said apart by 完 / 过 / 了 are read as the word they make, when a synonym or the vocabulary names it', () => {
  const synonyms = buildSynonyms([{ term: '照光', target: '光疗' }]);
  const vocab = vocabWith();
  assert.deepEqual(queryTerms(doneApart('照完光旁边的皮肤', synonyms, vocab)).slice(0, 1), ['照光']);
  assert.ok(queryTerms(doneApart('照了光起水泡', synonyms, vocab)).includes('照光'));
  assert.ok(queryTerms(doneApart('照过光', synonyms, vocab)).includes('照光'));
  // Nothing named: as typed.
  assert.equal(doneApart('吃完饭再涂药', synonyms, vocab), '吃完饭再涂药');
});

test('darker said with 了 alone (皮肤也黑了) is the 变黑 the articles write, when the index holds it; 白了 is left to the synonyms of 白', async () => {
  const vocab = vocabWith();
  const synonyms = buildSynonyms([]);
  const p = await planQuery('旁边的皮肤也黑了', { vocab, synonyms, df: heldOf({ 变黑: 2, 皮肤: 20, 旁边: 1, 黑: 3, 黑色素: 9 }) });
  assert.ok(planTerms(p).includes('变黑'), JSON.stringify(p.slots));
  assert.ok(!planTerms(p).includes('黑色素'), JSON.stringify(p.slots));
  // Not held: as typed.
  const q = await planQuery('旁边的皮肤也黑了', { vocab, synonyms, df: heldOf({ 皮肤: 20, 旁边: 1, 黑: 3 }) });
  assert.ok(!planTerms(q).includes('变黑'));
  const white = await planQuery('嘴唇上白了一块', { vocab, synonyms, df: heldOf({ 变白: 2, 白: 5, 嘴唇: 1 }) });
  assert.ok(!planTerms(white).includes('变白'), JSON.stringify(white.slots));
});

test('a one-character synonym key glued to its result by the cut (磨出, 抹进) is read as the key', async () => {
  const vocab = vocabWith('摩擦', '涂抹');
  const synonyms = buildSynonyms([
    { term: '磨', target: '摩擦' },
    { term: '抹', target: '涂抹' },
    { term: '药膏', target: '外用药物' },
  ]);
  const df = heldOf({ 白斑: 20, 摩擦: 4, 涂抹: 6, 眼睛: 2, 外用药物: 3 });
  const rub = await planQuery('肩膀那块磨出白斑', { vocab, synonyms, df });
  assert.ok(planTerms(rub).includes('摩擦'), JSON.stringify(rub.slots));
  assert.ok(!planTerms(rub).includes('磨出'));
  const eye = await planQuery('药膏不小心抹进眼睛里了', { vocab, synonyms, df });
  assert.ok(planTerms(eye).includes('涂抹'), JSON.stringify(eye.slots));
});

test('demo synonyms of batch 16 lead lay and English words to the words the articles write', () => {
  assert.ok(demoTargets('牛皮癣').includes('银屑病'));
  assert.ok(demoTargets('psoriasis').includes('银屑病'));
  assert.ok(demoTargets('墨镜').includes('太阳镜'));
  assert.ok(demoTargets('冰袖').includes('袖套'));
  assert.ok(demoTargets('华法林').includes('抗凝药物'));
  assert.ok(demoTargets('讲卫生').includes('卫生习惯'));
  assert.ok(demoTargets('水泡').includes('水疱'));
  assert.ok(demoTargets('眼睛 周围').includes('眼周'));
  assert.ok(demoTargets('rub').includes('摩擦'));
  assert.ok(demoTargets('light box').includes('光疗舱'));
  // Left out on purpose: 勒 → 摩擦 (腰上皮带勒的地方变白了 of batch 4 falls from 1 to 4, as batch 15 found), and
  // 生下来 → 出生 (出生 then stood for 生 of 结婚以后生的孩子, batch 15, which fell from 7 to 9).
  assert.ok(!demoTargets('勒').includes('摩擦'));
  assert.ok(!demoTargets('生 下来').includes('出生'));
});

test('还是 of "or" between two ways is no word to search', () => {
  assert.ok(!queryTerms('隔一天照还是天天照').includes('还是'));
  assert.ok(queryTerms('隔一天照还是天天照').includes('一天'));
});
