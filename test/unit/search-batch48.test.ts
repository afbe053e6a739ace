import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 48 of the labelled queries (helper srch50) led to; each rule test fails with its rule taken out.

test('a patch described as a piece of white (这块白的, 有块白的, 一片白白的) is a white patch, 白块 (PATCH_SAID, decision 0086)', () => {
  assert.deepEqual(typedTerms('[图片] 手上这块白的是白癜风吗'), ['手上', '白块', '白癜风']);
  assert.deepEqual(typedTerms('脖子上有块白的'), ['脖子', '白块']);
  assert.deepEqual(typedTerms('脸上一片白白的'), ['脸上', '白块']);
  assert.ok(typedTerms('一小块发白的').includes('白块'));
  assert.ok(typedTerms('身上长了一块一块白的').includes('白块'));
  assert.ok(typedTerms('肚子上有一块白色的').includes('白块'));
  // …which the demo seed leads to 白斑.
  assert.ok(demoTargets('白块').includes('白斑'));
  // Left alone: 白色糠疹, a patch already named (一块白斑), and 白的 of anything but a piece of skin.
  assert.deepEqual(typedTerms('白色糠疹'), ['白色糠疹']);
  assert.ok(typedTerms('一块白斑').includes('白斑'));
  assert.ok(!typedTerms('衣服是白的').includes('白块'));
  assert.ok(!typedTerms('白的地方会痒吗').includes('白块'));
});

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
