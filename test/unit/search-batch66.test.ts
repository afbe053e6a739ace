import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets } from '../helpers/search.js';

// What batch 66 of the labelled queries (helper srch69, written blind) led to; each rule test fails with its rule taken out.

test('spicy food as patients say it leads to the diet page\'s 辛辣 in the demo seed (decision 0112)', () => {
  // 白癜风 辣椒 had the diet page 8th: 辣椒 was in no document and led nowhere.
  for (const word of ['辣椒', '火锅']) {
    assert.ok(demoTargets(word).includes('辛辣'), `${word} → 辛辣`);
  }
});

test('vinegar eaten (吃醋) leads to the diet page\'s 饮食 in the demo seed (decision 0112)', () => {
  // 白斑 吃醋 had the diet page 7th.
  assert.ok(demoTargets('吃醋').includes('饮食'));
});

test('left alone in batch 66: 麻辣 (its pinyin initials ml are the mL of a lab value), 醋 alone and 吃辣 (read by construction, decision 0093) get no row', () => {
  assert.deepEqual(demoTargets('吃辣'), []);
  assert.ok(!demoTargets('麻辣').includes('辛辣'));
  assert.ok(!demoTargets('醋').includes('饮食'));
});
