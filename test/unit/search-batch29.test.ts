import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, questionForm } from '../../src/search/segment.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 29 of the labelled queries (helper srch31) led to; the rule test fails with its rule taken out.

test('a word after a search engine\'s minus sign is not wanted and not searched (白癜风 -广告)', () => {
  assert.deepEqual(terms('白癜风 -广告'), ['白癜风']);
  assert.ok(!terms('-hospital vitiligo').includes('hospital'));
  assert.ok(!terms('白斑 －广告 －医院').some((t) => t === '广告' || t === '医院'));
  // A range, a hyphenated word and a bare minus stay as they were.
  assert.ok(questionForm(normalize('covid-19')).includes('covid-19'));
  assert.ok(terms('2-3次').length > 0);
  assert.ok(terms('308 -').includes('308'));
});

test('asking which department to see (要看哪一科, 挂哪个科室, 看啥科) is no word to search', () => {
  assert.deepEqual(terms('小朋友白斑症 要看哪一科'), ['小朋友', '白斑症']);
  assert.deepEqual(terms('白斑挂哪个科室'), ['白斑']);
  assert.deepEqual(terms('白斑 看啥科'), ['白斑']);
  assert.deepEqual(terms('心理医生挂哪个科'), ['心理医生']);
  // 科学 and 科普 are words of their own.
  assert.ok(terms('有什么科普文章').includes('科普'));
  assert.deepEqual(terms('有什么科学依据'), ['科学依据']);
});

test('算 of "count as" before the state asked about is left out; 算 of reckoning a cost stays', () => {
  assert.deepEqual(terms('白斑一年多没变化了算稳定了吗'), ['白斑', '一年', '变化', '稳定']);
  assert.deepEqual(terms('这样算不算复发'), ['这样', '复发']);
  assert.ok(!terms('算是进展期吗').includes('算'));
  assert.ok(terms('照光的钱是按次算还是按疗程算').includes('算'));
  assert.ok(terms('费用怎么算').includes('算'));
});

test('hypothyroidism and hyperthyroidism as said (甲减, 甲亢) are thyroid disease, and bigger is 变大 and 进展期 (demo seed)', () => {
  assert.ok(demoTargets('甲减').includes('甲状腺'));
  assert.ok(demoTargets('甲亢').includes('甲状腺'));
  assert.ok(demoTargets('bigger').includes('变大'));
  assert.ok(demoTargets('bigger').includes('进展期'));
});

test('white marks, 年纪, 从小, 不痛不痒 and 引起 are the articles\' 白斑, 年龄, 幼年, 自觉症状 and 诱发 (demo seed)', () => {
  assert.ok(demoTargets('white marks').includes('白斑'));
  assert.ok(demoTargets('年纪').includes('年龄'));
  assert.ok(demoTargets('从小').includes('幼年'));
  assert.ok(demoTargets('不痛不痒').includes('自觉症状'));
  assert.ok(demoTargets('引起').includes('诱发'));
});
