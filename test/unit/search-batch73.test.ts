import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOCTOR_LIST_READ, doctorAsked } from '../../src/search/query.js';
import { normalize } from '../../src/search/segment.js';
import { demoTargets } from '../helpers/search.js';

// What batch 73 of the labelled queries (helper srch76, written blind) led to; each rule test fails with its rule taken out.

test('the doctors list typed as its name, the whole query, is read as 医师 with the doctors first (decision 0121)', () => {
  // 医生介绍 and meet the doctors found no doctor page: 医生 / doctor is in nearly every article and in no doctor's title.
  for (const q of ['医生介绍', '专家团队', '医生团队', '我们的医生', '本院专家', '专家介绍', 'meet the doctors', 'our doctors', 'doctor list', 'the specialists', 'Meet the Doctors']) {
    assert.equal(doctorAsked(normalize(q)), DOCTOR_LIST_READ, q);
  }
});

test('left alone in batch 73: the doctor named inside a longer query, and which doctor asked, stay as before', () => {
  for (const q of ['医生介绍的药膏', '医生介绍我来做光疗', 'my doctor said light therapy', 'doctor visit', '医生说要复诊']) {
    assert.notEqual(doctorAsked(normalize(q)), DOCTOR_LIST_READ, q);
  }
  // 哪个医生 keeps its own reading: the words around it are searched, not 医师.
  assert.equal(doctorAsked(normalize('看小孩白斑挂哪个医生')), '小孩白斑');
});

test('pain in English (pain, painful, hurt) leads to 灼痛 in the demo seed, as 疼 and 痛 do (decision 0121)', () => {
  // does light therapy hurt had no light-therapy page on page 1: 疼痛 alone is the sun-protection page's sunburn line.
  for (const word of ['pain', 'painful', 'hurt', '疼', '痛']) {
    assert.ok(demoTargets(word).includes('灼痛'), `${word} → 灼痛`);
  }
});

test('left alone in batch 73: itch and sting words keep their own targets, no 灼痛', () => {
  for (const word of ['itch', 'itchy', 'scar']) {
    assert.ok(!demoTargets(word).includes('灼痛'), word);
  }
});
