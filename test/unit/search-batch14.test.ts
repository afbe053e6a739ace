import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, OTHER_WAYS, planQuery, shiftBoundaries, turnedDown } from '../../src/search/query.js';
import { cut, queryTerms, questionForm, spokenAsWritten, wavelengthAsWritten } from '../../src/search/segment.js';
import { heldOf } from '../helpers/search.js';

// The rules batch 14 of the labelled queries (helper srch15) led to; each test fails with its rule taken out.

const vocab = buildVocabulary(new Map(clinicVocabulary()));

test('internet and dialect spellings of the question words read as Mandarin ones (肿么, 神马, 有木有, 咋整, 咋个办)', () => {
  assert.deepEqual(queryTerms('白癜风肿么办'), ['白癜风']);
  assert.deepEqual(queryTerms('白斑神马原因'), ['白斑', '原因']);
  assert.deepEqual(queryTerms('照光有木有副作用'), ['照光', '副作用']);
  assert.deepEqual(queryTerms('白斑咋整'), ['白斑']);
  assert.ok(!queryTerms('娃儿脸上白了咋个办').some((t) => t.includes('咋')), queryTerms('娃儿脸上白了咋个办').join(' '));
  // Only as question words: 红肿 and 木耳 stay.
  assert.equal(spokenAsWritten('红肿么'), '红肿么');
  assert.ok(queryTerms('黑木耳').join('').includes('木耳'));
});

test('以后 of an event, 起 of a described symptom, 东西 and northern pronouns are no words to search', () => {
  assert.deepEqual(queryTerms('文眉以后变白了'), ['文眉', '变白']);
  assert.deepEqual(queryTerms('身上起白斑'), ['身上', '白斑']);
  assert.deepEqual(queryTerms('俺家闺女'), ['闺女']);
  assert.deepEqual(queryTerms('酚类的东西'), ['酚类']);
});

test('a verb copied before the 得 of its result is read once (照光照得 is not 照一照); a yes-no question is not so read', () => {
  assert.deepEqual(queryTerms('照光照得皮肤又干又痒'), ['照光', '皮肤', '干', '痒']);
  assert.deepEqual(queryTerms('晒太阳晒得发红'), ['晒太阳', '发红']);
  assert.ok(questionForm('记不记得').includes('记得'));
});

test('多了 after a verb of one character is "too much", no count; after a word of its own it stays', () => {
  assert.ok(!queryTerms('摸多了会变白吗').includes('多'), queryTerms('摸多了会变白吗').join(' '));
  assert.ok(queryTerms('白斑多了').includes('多'));
  assert.ok(queryTerms('摸多少').includes('多少') || queryTerms('摸多少').includes('多'), 'not before 少');
});

test('回 counted is 次, a week before a count is 每周; 回 of going back stays', () => {
  assert.deepEqual(queryTerms(questionForm('照光一星期两三回')), ['照光', '每周', '两三次']);
  assert.ok(questionForm('一个礼拜照几回').includes('每周') && questionForm('一个礼拜照几回').includes('几次'));
  assert.equal(questionForm('一回医院'), '一回医院');
  assert.ok(questionForm('滚针和微针是一回事吗').includes('一回事'));
  assert.ok(!questionForm('一个星期后').includes('每周'));
});

test('a wavelength said in words is the digits and nm the pages write (三百零八纳米 → 308nm)', () => {
  assert.equal(wavelengthAsWritten('三百零八纳米').trim(), '308nm');
  assert.equal(wavelengthAsWritten('三百一十一纳米').trim(), '311nm');
  assert.deepEqual(queryTerms('三一一纳米'), ['311nm']);
  assert.equal(wavelengthAsWritten('308纳米'), '308nm');
  // Only before a wavelength's unit or light: a count of three hundred stays.
  assert.equal(wavelengthAsWritten('三百多'), '三百多');
  assert.equal(wavelengthAsWritten('一二三'), '一二三');
});

test('a glued word holding a synonym key, or an indexed word of three or more characters, anchors the query', async () => {
  // 照光前: 照光 is a synonym key no document holds.
  const synonyms = buildSynonyms([{ term: '照光', target: '光疗' }]);
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['照光', 3000], ['光疗', 3000]]));
  assert.deepEqual(queryTerms('照光前'), ['照光前'], 'the precondition: jieba keeps 照光前 whole');
  const before = await planQuery('照光前', { vocab: words, synonyms, df: heldOf({ 光疗: 5 }) });
  assert.ok(before.slots[0]!.alts.some((a) => a.term === '光疗'), JSON.stringify(before.slots));
  // 黑芝麻糊: the articles hold 黑芝麻, no vocabulary word.
  assert.deepEqual(queryTerms('黑芝麻糊'), ['黑芝麻糊'], 'the precondition: jieba keeps 黑芝麻糊 whole');
  const food = await planQuery('黑芝麻糊', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 黑芝麻: 1 }) });
  assert.deepEqual(food.slots.map((s) => s.alts[0]!.term), ['黑芝麻']);
  // Nothing of three characters held inside, no key: a miss as typed (量子计算机 stays).
  const miss = await planQuery('黑芝麻糊', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 芝麻: 1 }) });
  assert.deepEqual(miss.slots.map((s) => s.alts[0]!.term), ['黑芝麻糊']);
});

test('a character the cut gave to the wrong neighbour is moved across when the word it makes is held (喷香|水, 手|背上)', async () => {
  assert.deepEqual(cut('喷香水'), ['喷香', '水'], 'the precondition: jieba cuts 喷香 (fragrant)');
  const perfume = await shiftBoundaries('喷香水', buildSynonyms([]), heldOf({ 香水: 1 }), vocab);
  assert.ok(queryTerms(perfume).includes('香水'), perfume);
  const planned = await planQuery('光疗前喷香水', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 香水: 1, 光疗: 9 }) });
  assert.ok(planned.slots.some((sl) => sl.alts[0]!.term === '香水'), JSON.stringify(planned.slots));
  // 喷香 held: the cut stands.
  assert.equal(await shiftBoundaries('喷香水', buildSynonyms([]), heldOf({ 香水: 1, 喷香: 1 }), vocab), '喷香水');
  assert.deepEqual(cut('手背上长白斑').slice(0, 2), ['手', '背上'], 'the precondition: jieba cuts 手|背上');
  const hand = await shiftBoundaries('手背上长白斑', buildSynonyms([]), heldOf({ 手背: 3, 手: 1, 背上: 1, 白斑: 40 }), vocab);
  assert.ok(queryTerms(hand).includes('手背'), hand);
  // Rightward only when the new word is held more often than either part.
  assert.equal(await shiftBoundaries('手背上长白斑', buildSynonyms([]), heldOf({ 手背: 3, 手: 1, 背上: 5 }), vocab), '手背上长白斑');
});

test('a one-character verb the index never has alone reads with 出 when it has no form with 上 (挤 → 挤出)', async () => {
  const p = await planQuery('药膏 挤', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 药膏: 5, 挤出: 1 }) });
  assert.deepEqual(p.slots[1]!.alts.map((a) => a.term), ['挤', '挤出']);
  const up = await planQuery('药膏 挤', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 药膏: 5, 挤出: 1, 挤上: 1 }) });
  assert.deepEqual(up.slots[1]!.alts.map((a) => a.term), ['挤', '挤上']);
});

test('a character held alone reaches the everyday words the index has most often first (干 → 干燥 before 干扰)', async () => {
  const p = await planQuery('干', { vocab, synonyms: buildSynonyms([]), df: heldOf({ 干: 1, 干燥: 8, 干净: 4, 干扰: 2 }) });
  const terms = p.slots[0]!.alts.map((a) => a.term);
  assert.ok(terms.includes('干燥') && terms.includes('干净') && !terms.includes('干扰'), terms.join(' '));
});

test('a lay synonym key is no reading of one character typed alone (白 is not 白人); a key that is also a target is', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['白人', 3000], ['人种', 3000]]));
  const lay = await planQuery('白', { vocab: words, synonyms: buildSynonyms([{ term: '白人', target: '人种' }]), df: heldOf({ 白斑: 3 }) });
  assert.ok(!lay.slots[0]!.alts.some((a) => a.term === '白人'), JSON.stringify(lay.slots));
  const target = await planQuery('白', { vocab: words, synonyms: buildSynonyms([{ term: '白人', target: '人种' }, { term: '白种人', target: '白人' }]), df: heldOf({ 白斑: 3 }) });
  assert.ok(target.slots[0]!.alts.some((a) => a.term === '白人'), JSON.stringify(target.slots));
});

test("'X instead of Y' with X named asks whether X can replace Y: nothing is turned down; 'instead of Y' alone still is", () => {
  const rows = [...['外用药物', '光疗', '准分子光', '手术'].map((target) => ({ term: OTHER_WAYS, target })), { term: 'light therapy', target: '光疗' }, { term: 'tanning bed', target: '日晒' }];
  const syn = buildSynonyms(rows);
  assert.equal(turnedDown('tanning bed instead of light therapy', syn), undefined);
  assert.ok(turnedDown('what instead of light therapy', syn)!.excluded.includes('光疗'));
});
