import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, doneApart, keepKeysWhole, planQuery } from '../../src/search/query.js';
import { queryTerms } from '../../src/search/segment.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 19 of the labelled queries (helper srch20) led to; each rule test fails with its rule taken out.

const vocabWith = (...words: string[]) => buildVocabulary(new Map([...clinicVocabulary(), ...words.map((w) => [w, 3000] as [string, number])]));

test('a synonym term of Latin letters and Chinese characters (bb霜) is read whole, and its letters are not pinyin', async () => {
  const synonyms = buildSynonyms([{ term: 'bb霜', target: '粉底' }]);
  // The cut glues the character to the next one (bb|霜能); set apart, the term is cut as its key was.
  assert.ok(keepKeysWhole('气垫bb霜能遮住白斑吗', synonyms).includes(' bb霜 '));
  const df = heldOf({ 粉底: 1, 白斑: 20, 白癜风: 20, 遮住: 0 });
  const p = await planQuery('气垫BB霜能遮住白斑吗', { vocab: vocabWith('白斑'), synonyms, df });
  assert.ok(planTerms(p).includes('粉底'), JSON.stringify(p.slots));
  // Typed with spaces, the letters are still the term's (they spelt the initials of 白斑).
  const spaced = await planQuery('bb 霜 遮瑕', { vocab: vocabWith('白斑'), synonyms, df: heldOf({ 粉底: 1, 遮瑕: 1 }) });
  assert.ok(planTerms(spaced).includes('粉底'), JSON.stringify(spaced.slots));
});

test('there and here, what is going on, should, and sorry to ask are no words to search', () => {
  assert.deepEqual(queryTerms('下面那里长了白斑'), ['下面', '白斑']);
  assert.ok(!queryTerms('俺爹背上白了一大片咋回事').includes('回事'));
  assert.ok(!queryTerms('白斑怎么回事').includes('怎么回事'));
  assert.ok(!queryTerms('我该怎么陪她').includes('该'));
  assert.ok(!queryTerms('不好意思去看').includes('不好意思'));
});

test('一, 出 and 来 the cut left alone before another word are a count, what appeared, come and do', () => {
  assert.deepEqual(queryTerms('头顶一撮白头发'), ['头顶', '撮', '白头发']);
  assert.ok(!queryTerms('头皮出白斑了').includes('出'));
  assert.ok(!queryTerms('第一次来看病').includes('来'));
  // At the end 来 stays (where from), and a word of their own is not cut (一定, 出来).
  assert.ok(queryTerms('颜色从哪里来').includes('来'));
  assert.ok(queryTerms('停车场出来往哪走').includes('出来'));
  // (一定 before 是 is left out since decision 0079: 一定是白癜风吗 asks whether it is; 一定会 keeps it.)
  assert.ok(queryTerms('是不是就一定会复发').includes('一定'));
});

test('a one-syllable correction does not change a character of a dictionary word the window cuts off (眉毛头发 is not 染头发)', async () => {
  const synonyms = buildSynonyms([{ term: '染头发', target: '染发剂' }, { term: '头发', target: '毛发' }]);
  const p = await planQuery('睫毛眉毛头发都有白的', { vocab: vocabWith('染头发', '毛发'), synonyms, df: heldOf({ 毛发: 3, 白: 1, 都: 10, 有: 20 }) });
  assert.ok(!planTerms(p).includes('染发剂'), JSON.stringify(p.slots));
  assert.equal(p.corrected, undefined);
  // A slip inside the clinic word itself is still corrected (染头法 → 染头发).
  const q = await planQuery('染头法会不会长白斑', { vocab: vocabWith('染头发', '毛发'), synonyms, df: heldOf({ 染发剂: 1, 白斑: 5 }) });
  assert.ok(planTerms(q).includes('染发剂'), JSON.stringify(q.slots));
});

test('a verb and an object of two characters said apart (染了头发) are the word they make', () => {
  const synonyms = buildSynonyms([{ term: '染头发', target: '染发剂' }, { term: '照光', target: '光疗' }]);
  // The lexicon holds each synonym term as typed among its words (染头发, whose key is cut 染|头发).
  const vocab = vocabWith('染头发');
  assert.equal(doneApart('刚染了头发能做伍德灯吗', synonyms, vocab), '刚 染头发 能做伍德灯吗');
  // One character, as before, and what follows it is left as typed.
  assert.deepEqual(queryTerms(doneApart('照完光以后能洗澡吗', synonyms, vocab)), ['照光', '洗澡']);
  assert.equal(doneApart('看了电视', synonyms, vocab), '看了电视');
});

test('the demo synonyms of batch 19: beard, a spouse in old age, private parts, hair-dye cream, foundation, self-tan, lipstick, booking, in English', () => {
  assert.ok(demoTargets('胡子').includes('毛发'));
  assert.ok(demoTargets('老伴').includes('家人'));
  assert.ok(demoTargets('陪').includes('陪同'));
  assert.ok(demoTargets('私密').includes('外生殖器'));
  assert.ok(demoTargets(queryTerms('染发膏').join(' ')).includes('染发剂'));
  assert.ok(demoTargets('bb 霜').includes('粉底'));
  assert.ok(demoTargets('气垫').includes('粉底'));
  assert.ok(demoTargets('自黑').includes('自晒剂'));
  assert.ok(demoTargets('口红').includes('化妆品'));
  assert.ok(demoTargets('预约').includes('挂号'));
  assert.ok(demoTargets('遮住').includes('遮盖'));
  for (const [en, zh] of [['beard', '毛发'], ['eyebrow', '毛发'], ['lip', '口唇'], ['hair dye', '染发剂'], ['allergy', '过敏'], ['foundation', '粉底'], ['lipstick', '化妆品'], ['appointment', '就诊'], ['book', '挂号']]) assert.ok(demoTargets(en!).includes(zh!), en);
});
