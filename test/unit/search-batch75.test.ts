import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spokenAsWritten } from '../../src/search/segment.js';

// What batch 75 of the labelled queries (helper srch78, written blind) led to; each rule test fails with its rule taken out.

test("a child's age with no child word is read as 儿童 (decision 0123)", () => {
  // 十五岁男孩白斑 had no children's page in its results; 14岁白癜风能治好吗 had it second.
  for (const q of ['十五岁男孩白斑', '14岁白癜风能治好吗', '我才15岁脖子上有一块白', '八岁女孩脸上有白斑', '十二周岁白癜风', '两岁半白斑']) {
    const read = spokenAsWritten(q);
    assert.ok(read.includes('儿童'), `${q} → ${read}`);
  }
});

test('left alone in batch 75: adult ages, an age told as a time past, and a query that names the child already', () => {
  for (const q of [
    '三十五岁白斑',
    '二十岁长白斑',
    '十八岁白癜风',
    '我三岁时就有白斑',
    '五岁那年开始长白斑',
    '十岁以前就有了',
    '我儿子才三岁 能照那个紫灯检查吗',
    '十岁孩子白癜风抽血查甲功有必要吗',
    '女儿十六岁爱美，想用遮瑕膏',
    '照光十五分钟',
    // 几岁 asks an age (近视手术几岁可以做), where 十几岁 tells one.
    '近视激光手术几岁可以做',
    '白癜风几岁开始治',
  ]) {
    const read = spokenAsWritten(q);
    assert.ok(!read.includes('儿童'), `${q} → ${read}`);
  }
});
