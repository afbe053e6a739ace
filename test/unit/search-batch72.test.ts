import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, isEnglishWord, spelledKey } from '../../src/search/query.js';
import { questionForm } from '../../src/search/segment.js';
import { demoTargets } from '../helpers/search.js';

// What batch 72 of the labelled queries (helper srch75, written blind) led to; each rule test fails with its rule taken out.

test('how serious, asked of the disease itself, is what-is-vitiligo\'s 危及生命 (SERIOUS_ASKED, decision 0120)', () => {
  // 白癜风严不严重 found nothing first: 严重 is the seed's 加重 of getting worse, 危害 / 危险 no page holds.
  for (const q of ['白癜风严重吗', '白癜风严不严重', '白癜风严重不', '白癜风危害大吗', '白癜风到底有什么危害', '白斑危险吗', '这个病严重吗会不会影响以后的生活']) {
    assert.ok(questionForm(q).includes('危及生命'), q);
    assert.ok(!/严重|危害|危险/.test(questionForm(q)), q);
  }
  assert.ok(questionForm('白癜风对身体有什么危害').includes('危及生命'));
});

test('left alone in batch 72: getting worse, a comparison, another thing\'s severity and one type\'s seriousness keep 严重', () => {
  for (const q of ['白癜风会不会越来越严重', '白癜风会变严重吗', '哪一种类型更严重', '晒伤严重吗', '节段型白癜风严重吗', '进展期严重吗', '白癜风严重程度']) {
    assert.ok(!questionForm(q).includes('危及生命'), q);
  }
});

test('a common English word is never read as a slip for a synonym key one letter away (isEnglishWord, decision 0120)', () => {
  // cancel my appointment was read as "cancer appointment" and found the excimer page first.
  const synonyms = buildSynonyms([
    { term: 'cancer', target: '肿瘤' },
    { term: 'vitiligo', target: '白癜风' },
    { term: 'pigment', target: '色素' },
  ]);
  assert.ok(isEnglishWord('cancel'));
  assert.equal(spelledKey('cancel', synonyms), undefined);
  assert.equal(spelledKey('cancels', synonyms), undefined);
});

test('left alone in batch 72: misspellings and inflections are still read as their key', () => {
  const synonyms = buildSynonyms([
    { term: 'vitiligo', target: '白癜风' },
    { term: 'pigment', target: '色素' },
    { term: 'scar', target: '瘢痕' },
    { term: 'patch', target: '白斑' },
  ]);
  assert.ok(!isEnglishWord('vitilgo'));
  assert.equal(spelledKey('vitilgo', synonyms), 'vitiligo');
  assert.equal(spelledKey('pigmant', synonyms), 'pigment');
  assert.equal(spelledKey('patches', synonyms), 'patch');
  // scared → scar (an -ed read off) is left: undoing it sent an earlier query's wood-lamp page off page 1.
  assert.equal(spelledKey('scared', synonyms), 'scar');
});

test('the armpit in English is the articles\' 腋窝, as 胳肢窝 is (decision 0120)', () => {
  assert.deepEqual(demoTargets('armpit'), ['腋窝']);
  assert.deepEqual(demoTargets('underarm'), ['腋窝']);
});
