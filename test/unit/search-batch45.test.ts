import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doctorAsked } from '../../src/search/query.js';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 45 of the labelled queries (helper srch47) led to; each rule test fails with its rule taken out.

test('a doctor told by sex (…的女医生, …的男大夫) is asked for as …的医生 is (DOCTOR_OF, decision 0082)', () => {
  assert.equal(doctorAsked('那个看小孩白斑的女医生')?.replace(/\s+/g, ' '), '那个 小孩白斑');
  assert.equal(doctorAsked('负责复诊的男大夫')?.trim(), '复诊');
  assert.equal(doctorAsked('姓苏的女医生')?.trim(), '苏');
  // Left alone: a sex word that is not before the doctor word, and no doctor asked at all.
  assert.equal(doctorAsked('女医生'), undefined);
  assert.equal(doctorAsked('看小孩白斑的女孩'), undefined);
});

test('a doctor told by what they are in charge of (管 / 负责 …的医生) is asked for (DOCTOR_OF, decision 0082)', () => {
  assert.equal(doctorAsked('管光疗室的医生')?.trim(), '光疗室');
  assert.equal(doctorAsked('负责复诊随访的医生')?.trim(), '复诊随访');
  // Left alone: 管 of a blood vessel and of 不管 (whatever).
  assert.equal(doctorAsked('毛细血管扩张的医生'), undefined);
  assert.equal(doctorAsked('不管什么的医生'), undefined);
});

test('VC is vitamin C, as patients and packets write it (demo seed, decision 0082)', () => {
  assert.ok(demoTargets('vc').includes('维生素c'));
  assert.ok(demoTargets('vitamin c').includes('维生素c'));
});

test('the hottest and coldest days by the calendar (三伏天, 三九天) are the seasonal article\'s 夏季 and 冬季 (demo seed, decision 0082)', () => {
  assert.ok(demoTargets('三伏天').includes('夏季'));
  assert.ok(demoTargets('三九天').includes('冬季'));
  // Left alone: each names one season, not the other.
  assert.ok(!demoTargets('三伏天').includes('冬季'));
  assert.ok(!demoTargets('三九天').includes('夏季'));
});

test('a white mark a baby is born with (胎记) is the differential article\'s 无色素痣, and an infant (婴儿) a child (demo seed, decision 0082)', () => {
  assert.ok(demoTargets('胎记').includes('无色素痣'));
  assert.ok(demoTargets('婴儿').includes('儿童'));
  // Left alone: a birthmark is not vitiligo, and an infant is not a pregnancy.
  assert.ok(!demoTargets('胎记').includes('白癜风'));
  assert.ok(!demoTargets('婴儿').includes('妊娠期'));
});

test('a patch come back (白斑又冒出来了, 白点又长出来了) is the relapse page\'s 复发 (PATCH_BACK, decision 0082)', () => {
  assert.deepEqual(typedTerms('白斑又冒出来了咋回事'), ['白斑', '复发']);
  assert.ok(typedTerms('白点又长出来了').includes('复发'));
  assert.ok(typedTerms('白斑又出来了').includes('复发'));
  // Left alone: colour coming back is no relapse, and a patch gone white again stays 再次变白.
  assert.ok(!typedTerms('色素又长出来了').includes('复发'));
  assert.ok(!typedTerms('白斑又白了').includes('复发'));
});

test('anyone asked to know (有木有人知道, 有人知道吗, 谁知道) is a netspeak call, left out (NETSPEAK_CALLED, decision 0082)', () => {
  assert.deepEqual(typedTerms('白癜风能吃海鲜吗有木有人知道'), ['白癜风', '吃海鲜']);
  assert.deepEqual(typedTerms('有人知道吗白斑怎么治'), ['白斑', '治']);
  assert.ok(!typedTerms('谁知道伍德灯多少钱').includes('知道'));
  // Left alone: nobody knows (没有人知道), and a family member who knows (家人知道).
  assert.ok(typedTerms('没有人知道').includes('知道'));
  assert.deepEqual(typedTerms('家人知道我有白癜风'), ['家人', '知道', '白癜风']);
});
