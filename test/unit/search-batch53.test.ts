import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 53 of the labelled queries (helper srch56, written blind) led to; each rule test fails with its rule taken out.

test('whether to deal with a patch, asked with 管 at the end (要不要管, 用不用管, 需要管吗), is the FAQ\'s 不管 (MIND_ASKED, decision 0095)', () => {
  assert.deepEqual(typedTerms('奶奶手上的白斑要不要管'), ['奶奶', '手上', '白斑', '不管']);
  assert.deepEqual(typedTerms('白斑用不用管'), ['白斑', '不管']);
  assert.ok(typedTerms('白斑需要管吗').includes('不管'));
  // Left alone: 不管 typed, 管用, the one in charge of a room, and 管 not at the end.
  assert.deepEqual(typedTerms('白斑不管它行不行'), ['白斑', '不管']);
  assert.deepEqual(typedTerms('防晒霜还是打伞哪个管用'), ['防晒霜', '打伞', '管用']);
  assert.ok(!typedTerms('管光疗室的医生').includes('不管'));
  assert.ok(!typedTerms('要管几次血').includes('不管'));
});

test('看 after 来 of the visit (一起来看白斑, 第一次来看白斑) is left out, as after 去 / 到 (SEEN_FOR, decision 0095)', () => {
  assert.deepEqual(typedTerms('第一次来看白斑'), ['第一次', '白斑']);
  assert.ok(!typedTerms('能不能带孩子一起来看白斑').includes('来看'));
  // Left alone: 看病, a look (来看看), and 看 of a result.
  assert.deepEqual(typedTerms('来看病'), ['看病']);
  assert.deepEqual(typedTerms('来看看'), ['看看']);
  assert.ok(typedTerms('检查结果怎么看').includes('看'));
});

test('symptoms and feelings as patients say them lead to the pages\' words (demo seed, decision 0095)', () => {
  assert.deepEqual(demoTargets('发烧'), ['发热']);
  assert.deepEqual(demoTargets('疙瘩'), ['皮疹']);
  assert.deepEqual(demoTargets('开心'), ['情绪']);
  // 不 of 不开心 is a query stopword: the key is 开心.
  assert.deepEqual(typedTerms('整天不开心'), ['整天', '开心']);
});

test('left alone in batch 53: lay body parts (膝盖, 额头, 脚底, 肚子) got no rows (decision 0095: they lowered nine earlier queries)', () => {
  assert.deepEqual(demoTargets('膝盖'), []);
  assert.deepEqual(demoTargets('额头'), []);
  assert.deepEqual(demoTargets('脚底'), []);
  assert.deepEqual(demoTargets('肚子'), []);
  // …nor an age in words, nor a pinyin function syllable (hou of 涂药hou发红).
  assert.deepEqual(demoTargets('七十'), []);
});
