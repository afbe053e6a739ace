import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, questionForm } from '../../src/search/segment.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 28 of the labelled queries (helper srch30) led to; the rule test fails with its rule taken out.

test('a chat header pasted before the question (sender, date, clock time, 我：, Re:, @mention) is no word to search', () => {
  const mum = terms('妈妈 21:03 你帮我查查 这个白斑会不会传染给小孩');
  assert.ok(!mum.includes('妈妈') && !mum.some((t) => /\d/.test(t)));
  assert.ok(mum.includes('白斑'));
  const doctor = terms('张医生 10:15 你这个情况要先查一下甲功');
  assert.ok(!doctor.some((t) => t.includes('医生') || /\d/.test(t)));
  assert.ok(!terms('2026/12/04 22:41 我：做伍德灯检查前能不能擦药').some((t) => /\d/.test(t)));
  assert.ok(!terms('Re: Re: 复诊那天要带哪些资料').some((t) => /re/i.test(t)));
  assert.ok(!terms('群主 09:12 孩子3岁能照光吗 @所有人').some((t) => t.includes('所有人') || t.includes('群主')));
  assert.ok(!terms('@客服 周日下午还看诊吗').includes('客服'));
  // A time asked about stays: a day word is no sender, a time glued to the question is no header, nor is an address's @.
  assert.equal(questionForm(normalize('周六 8:30 开门吗')).includes('8:30'), true);
  assert.equal(questionForm(normalize('周六8:30开门吗')).includes('8:30'), true);
  assert.ok(questionForm(normalize('contact@qinghe-demo.example')).includes('@qinghe'));
});

test('the Koebner sign by its English name is the articles\' 同形反应 (demo seed)', () => {
  assert.ok(demoTargets('koebner').includes('同形反应'));
});

test('现象 of a named sign and "actually" are no words to search', () => {
  assert.deepEqual(terms('Koebner现象'), ['koebner']);
  assert.ok(!terms('这种现象正常吗').includes('现象'));
  assert.ok(!terms('how do i know if my treatment is actually working').includes('actually'));
  // "later" is a time said loosely, never one slip from laser.
  assert.ok(!terms('can they turn white again later').some((t) => t === 'later' || t === 'laser'));
});

test('有没有 before an object that begins a word with the next character keeps the verb apart (有没有效果 → 效果)', () => {
  const t = terms('怎么看治疗有没有效果');
  assert.ok(t.includes('效果') && !t.includes('有效') && !t.includes('果'));
  // …and a verb and object that make the word are still joined (会不会传染, 能不能用药 → 用药).
  assert.deepEqual(terms('会不会传染'), ['传染']);
});
