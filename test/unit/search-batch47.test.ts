import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhichOfTwo, normalize, questionForm } from '../../src/search/segment.js';
import { typedTerms } from '../helpers/search.js';

// What batch 47 of the labelled queries (helper srch49) led to; each rule test fails with its rule taken out.

test('not getting better asked in doubt (治不好, 好不了, 一直不好) is not searched as 不好 (NOT_BETTER, decision 0084)', () => {
  assert.deepEqual(typedTerms('白癜风是不是治不好了'), ['白癜风']);
  assert.deepEqual(typedTerms('白癜风好不了了'), ['白癜风']);
  assert.deepEqual(typedTerms('白斑治不了吗'), ['白斑']);
  assert.ok(!typedTerms('为什么手指上的白斑一直不好').includes('不好'));
  assert.ok(typedTerms('为什么手指上的白斑一直不好').includes('手指'));
  assert.ok(!typedTerms('白斑总不好怎么办').includes('不好'));
  // Left alone: a mood, sleep or appetite that is not good, 不好意思, and 不好 with no adverb of "all along" before it.
  assert.ok(typedTerms('心情一直不好').includes('不好'));
  assert.ok(typedTerms('睡得还不好').includes('不好'));
  assert.ok(questionForm(normalize('一直不好意思问医生')).includes('不好意思'));
  assert.ok(typedTerms('效果不好').includes('不好'));
});

test('keeping on, as the second of a choice (还是继续光疗), is not searched (KEPT_ON, decision 0084)', () => {
  assert.deepEqual(typedTerms('表皮移植还是继续光疗'), ['表皮移植', '光疗']);
  assert.ok(!typedTerms('做手术还是继续涂药').includes('继续'));
  assert.ok(!typedTerms('换药还是接着涂药膏').includes('接着'));
  // Still a comparison: asksWhichOfTwo reads the query as typed.
  assert.ok(asksWhichOfTwo(normalize('表皮移植还是继续光疗')));
  // Left alone: 继续 outside a choice (继续光疗, 光疗还要继续吗) and a choice whose second half is too long to be one.
  assert.ok(typedTerms('继续光疗').includes('继续'));
  assert.ok(typedTerms('光疗还要继续吗').includes('继续'));
  assert.ok(typedTerms('涂药还是继续去医院做那个准分子光照射').includes('继续'));
});
