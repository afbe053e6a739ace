import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 49 of the labelled queries (helper srch51) led to; each rule test fails with its rule taken out.

test('看 before what is seen about, when the department is asked after it, is no word to search (SEEN_ABOUT, decision 0087)', () => {
  assert.deepEqual(typedTerms('看白斑挂什么科'), ['白斑']);
  assert.deepEqual(typedTerms('看白癜风去哪个科'), ['白癜风']);
  assert.deepEqual(typedTerms('看孩子脸上的白点要挂哪个科'), ['孩子', '脸上', '白点']);
  assert.deepEqual(typedTerms('请问 看白斑挂哪个科室'), ['白斑']);
  // Left alone: 看病, 看看 and 看 with no department asked after it.
  assert.deepEqual(typedTerms('看病挂什么科'), ['看病']);
  assert.ok(typedTerms('看看白斑挂什么科').includes('看看'));
  assert.ok(typedTerms('看皮肤的医生').includes('看'));
});

test('white again said with 变 and without 了 (好了又变白) is the relapse page\'s 再次变白 (WHITE_AGAIN, decision 0087)', () => {
  assert.deepEqual(typedTerms('手上白斑好了又变白'), ['手上', '白斑', '好', '再次', '变白']);
  assert.ok(typedTerms('白斑又变白吗').includes('再次'));
  // Left alone: without 变 the 了 is still needed (又白又亮, two qualities), after a hair word and in 又X又变白.
  assert.ok(!typedTerms('又白又亮').includes('再次'));
  assert.ok(!typedTerms('头发又变白').includes('再次'));
  assert.ok(!typedTerms('又红又变白').includes('再次'));
  // …and with 了, as before.
  assert.ok(typedTerms('复色的地方又变白了').includes('再次'));
});

test('the excimer spelt by sound, 小儿 and 脸红 lead to the words the pages write (demo seed, decision 0087)', () => {
  for (const key of ['艾克西默', '埃克西默']) assert.ok(demoTargets(typedTerms(key).join(' ')).includes('准分子光'), key);
  assert.ok(demoTargets('小儿').includes('儿童'));
  assert.ok(demoTargets('小儿').includes('孩子'));
  assert.deepEqual(demoTargets('脸红'), ['发红']);
  // Left alone: 光疗室 (the hospital page and the doctor who runs it answer it) and 慢 (缓慢 did not lift 手背复色慢正常吗).
  assert.deepEqual(demoTargets('光疗室'), []);
  assert.deepEqual(demoTargets('慢'), []);
});
