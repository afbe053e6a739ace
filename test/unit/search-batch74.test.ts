import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spokenAsWritten } from '../../src/search/segment.js';

// What batch 74 of the labelled queries (helper srch77, written blind) led to; each rule test fails with its rule taken out.

test('a long history told by its years is read as 病程 稳定期 (decision 0122)', () => {
  // 白斑十几年了还能治好吗 had no stage or graft page in its results; 白癜风二十年没变化 had the stage page 8th.
  for (const q of ['白斑十几年了还能治好吗', '白癜风二十年没变化', '白斑好多年了一直没管', '白癜风已经几十年', '白斑20多年了']) {
    const read = spokenAsWritten(q);
    assert.ok(read.includes('病程') && read.includes('稳定期'), `${q} → ${read}`);
  }
});

test('left alone in batch 74: short spans and 年 in another word are not a long history', () => {
  for (const q of ['一年多没变化算稳定吗', '两年了还在扩散', '好了三年又复发了', '几十年前得过', '十几岁的孩子', '多年轻能做移植', '上初中一年级', '吃了好多年的黑芝麻', '一块白 十几年一直没变过', '白癜风好几年了']) {
    const read = spokenAsWritten(q);
    assert.ok(!read.includes('稳定期'), `${q} → ${read}`);
  }
});
