import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 67 of the labelled queries (helper srch70, written blind) led to; each rule test fails with its rule taken out.

test('lab items copied from a report, spaced, stay apart: a number glued to letters is a code, not a count (decision 0113)', () => {
  // FT3 FT4 查来干嘛 found nothing: the space was taken out as for 308 nm, and ft3ft4 was in no document.
  assert.deepEqual(typedTerms('FT3 FT4'), ['ft3', 'ft4']);
  assert.deepEqual(typedTerms('ft3 ft4 tsh'), ['ft3', 'ft4', 'tsh']);
  assert.ok(typedTerms('FT3 TSH都正常').includes('ft3'));
  assert.ok(!typedTerms('FT3 TSH都正常').includes('ft3tsh'));
});

test('left alone in batch 67: a bare number and its unit are still one token (308 nm, 5 mm)', () => {
  assert.deepEqual(typedTerms('308 nm'), ['308nm']);
  assert.deepEqual(typedTerms('5 mm'), ['5mm']);
});

test('how long between visits or sessions, asked with 间隔 / 隔, is the interval: 多久 is not searched too (decision 0113)', () => {
  // 复诊间隔多久 had the follow-up page off the first page: 多久 required pages that say it, and that page never does.
  assert.deepEqual(typedTerms('复诊间隔多久'), ['复诊', '间隔']);
  assert.deepEqual(typedTerms('复诊隔多久'), ['复诊', '间隔']);
  const gap = typedTerms('滚针隔多长时间做第二次');
  assert.ok(gap.includes('间隔') && !gap.includes('多久'), gap.join('/'));
  assert.ok(!typedTerms('照光隔多久一次').includes('多久'));
});

test('left alone in batch 67: 多久 without 间隔 / 隔 before it, and 隔离, keep their reading', () => {
  assert.ok(typedTerms('多久复诊').includes('多久'));
  assert.ok(typedTerms('隔离多久').includes('多久'));
  assert.ok(!typedTerms('光疗要做多久').includes('间隔'));
});
