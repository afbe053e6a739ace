import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, byEar, clinicVocabulary, doctorAsked, doneApart, planQuery, spelledKey } from '../../src/search/query.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 21 of the labelled queries (helper srch22) led to; each rule test fails with its rule taken out.

const vocab = buildVocabulary(clinicVocabulary());

test('an English word spelt by ear (fototherapy, melanosites) is the synonym key it sounds like', () => {
  const synonyms = buildSynonyms([
    { term: 'phototherapy', target: '光疗' },
    { term: 'melanocytes', target: '黑色素细胞' },
  ]);
  assert.equal(byEar('phototherapy'), byEar('fototherapy'));
  assert.equal(byEar('melanocytes'), byEar('melanosites'));
  assert.equal(spelledKey('fototherapy', synonyms), 'phototherapy');
  assert.equal(spelledKey('melanosites', synonyms), 'melanocytes');
  // A word that sounds like no key stays unread.
  assert.equal(spelledKey('passport', synonyms), undefined);
});

test('asking which doctor to see: the asking words are not searched and the plan says a doctor is asked for', async () => {
  assert.equal(doctorAsked('看小孩子的白斑挂哪个医生')?.trim(), '小孩子的白斑');
  assert.equal(doctorAsked('哪位医生对甲状腺跟白癜风比较懂')?.replace(/\s+/g, ''), '对甲状腺跟白癜风');
  assert.equal(doctorAsked('which doctor does skin grafts')?.trim(), 'does skin grafts');
  assert.equal(doctorAsked('doctor for kids with white spots')?.trim(), 'kids with white spots');
  // Not asked: a doctor named or what a doctor said.
  assert.equal(doctorAsked('医生说要照光'), undefined);
  assert.equal(doctorAsked('林医生出诊时间'), undefined);
  const synonyms = buildSynonyms([{ term: '小孩', target: '儿童' }]);
  const p = await planQuery('看小孩子的白斑挂哪个医生', { vocab, synonyms, df: heldOf({ 小孩: 2, 儿童: 9, 白斑: 20, 医生: 30, 看: 10, 挂: 1 }) });
  assert.equal(p.doctorAsked, true);
  assert.ok(!planTerms(p).includes('医生'), JSON.stringify(p.slots));
  assert.ok(!planTerms(p).includes('看'), JSON.stringify(p.slots));
  const q = await planQuery('林医生出诊时间', { vocab, synonyms, df: heldOf({ 医生: 30, 出诊: 7, 时间: 12 }) });
  assert.equal(q.doctorAsked, undefined);
});

test('the demo synonyms of batch 21: the nape, going abroad, around the mouth, TPO, a cap', () => {
  assert.ok(demoTargets('脖颈').includes('颈部'));
  assert.ok(demoTargets('后脖颈子').includes('颈部'));
  assert.ok(demoTargets('出国').includes('外出'));
  assert.ok(demoTargets('嘴巴 周围').includes('口周') || demoTargets('嘴巴周围').includes('口周'));
  assert.ok(demoTargets('tpo').includes('tpoab'));
  assert.ok(demoTargets('cap').includes('帽子'));
  // 脖子 (脖子变粗, the thyroid) is left alone.
  assert.ok(!demoTargets('脖子').includes('颈部'));
});

test('a span said between a verb with 了 and its object (照了一个月光) is read as the verb and object, and the span apart', () => {
  const synonyms = buildSynonyms([{ term: '照光', target: '光疗' }]);
  assert.ok(doneApart('照了一个月光 白斑边上红红的', synonyms, vocab).includes(' 照光 一个月 '));
  assert.ok(doneApart('照了半年光没啥反应', synonyms, vocab).includes(' 照光 半年 '));
  assert.ok(doneApart('照了3个月光一点变化都没有', synonyms, vocab).includes(' 照光 3个月 '));
  // Nothing named by the verb and what follows: as typed (看了一个月书).
  assert.equal(doneApart('看了一个月书', synonyms, vocab), '看了一个月书');
});
