import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms as terms } from '../helpers/search.js';

// What batch 42 of the labelled queries (helper srch44) led to; each rule test fails with its rule taken out.

test('一定 / 肯定 right before the 是 of a yes-no question is not searched; 一定会 / 一定要 keep it (decision 0079)', () => {
  assert.deepEqual(terms('皮肤长了白斑一定是白癜风吗'), terms('皮肤长了白斑是白癜风吗'));
  assert.deepEqual(terms('肯定是进展期吗'), terms('是进展期吗'));
  assert.ok(!terms('白的就一定是白癜风吗').includes('一定'));
  // Not before 是: the FAQ that asks 一定会得吗 is found by it, and 一定要 is a must.
  assert.ok(terms('孩子一定会遗传吗').includes('一定'));
  assert.ok(terms('一定要防晒吗').includes('一定'));
  assert.ok(Array.isArray(terms('一定是'.repeat(30))));
});
