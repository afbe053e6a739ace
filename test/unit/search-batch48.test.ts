import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 48 of the labelled queries (helper srch50) led to; each rule test fails with its rule taken out.

test('words of traditional Chinese medicine lead to the words the pages write (demo seed, decision 0086)', () => {
  // A TCM pattern named as the cause is the 病因 of the causes page.
  for (const key of ['肝肾不足', '肝肾阴虚', '气血不和', '气血两虚', '气滞血瘀']) {
    assert.ok(demoTargets(typedTerms(key).join(' ')).includes('病因'), key);
  }
  // Applied externally is the pages' external medicine and 涂抹.
  for (const key of ['外擦', '外搽', '外涂']) {
    assert.ok(demoTargets(typedTerms(key).join(' ')).includes('外用药物'), key);
    assert.ok(demoTargets(typedTerms(key).join(' ')).includes('涂抹'), key);
  }
  // The plum-blossom and seven-star needles are skin-tapping needles: 微针 and 滚针.
  for (const key of ['梅花针', '七星针']) {
    assert.ok(demoTargets(typedTerms(key).join(' ')).includes('微针'), key);
    assert.ok(demoTargets(typedTerms(key).join(' ')).includes('滚针'), key);
  }
  // Left alone: 中医, 中药 and 针灸, which no page is about, lead nowhere.
  for (const key of ['中医', '中药', '针灸']) assert.deepEqual(demoTargets(key), [], key);
});
