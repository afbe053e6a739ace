import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets } from '../helpers/search.js';

// What batch 44 of the labelled queries (helper srch46) led to; the rule test fails with its rule taken out.

test('a self-tanning cream or lotion (自晒霜, 自晒乳) is the 自晒剂 of the camouflage article, as 美黑霜 is (demo seed, decision 0081)', () => {
  assert.ok(demoTargets('自晒霜').includes('自晒剂'));
  assert.ok(demoTargets('自晒乳').includes('自晒剂'));
  assert.ok(demoTargets('美黑霜').includes('自晒剂'));
  // Sunscreen stays sunscreen: 防晒霜 leads to no self-tanner.
  assert.ok(!demoTargets('防晒霜').includes('自晒剂'));
  assert.ok(!demoTargets('防晒').includes('自晒剂'));
});
