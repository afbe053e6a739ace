import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spokenAsWritten } from '../../src/search/segment.js';
import { demoTargets } from '../helpers/search.js';

// What batch 76 of the labelled queries (helper srch79, written blind) led to; each rule test fails with its rule taken out.

test('Cantonese 使唔使 (need or not) is 要不要 and 唔使 (no need) is 不用 (decision 0125)', () => {
  // 白蝕使唔使驗甲狀腺 was read as 使 验 甲状腺 (使 → 使用) and had no thyroid page in its results.
  for (const q of ['白蝕使唔使驗甲狀腺', '使唔使戒口', '白斑使唔使搽藥', '照光使唔使戴眼罩']) {
    const read = spokenAsWritten(q);
    assert.ok(read.includes('要不要'), `${q} → ${read}`);
    assert.ok(!read.includes('使'), `${q} → ${read}`);
  }
  for (const q of ['唔使擔心', '醫生話唔使驗血']) {
    const read = spokenAsWritten(q);
    assert.ok(read.includes('不用'), `${q} → ${read}`);
    assert.ok(!read.includes('使'), `${q} → ${read}`);
  }
});

test('the demo seed reads 白蚀 as 白癜风, and a referring clinician\'s English words (decision 0125)', () => {
  assert.deepEqual(demoTargets('白蚀'), ['白癜风']);
  assert.deepEqual(demoTargets('pediatric'), ['儿童']);
  assert.deepEqual(demoTargets('paediatric'), ['儿童']);
  assert.deepEqual(demoTargets('clinic'), ['医院']);
  assert.deepEqual(demoTargets('contact'), ['联系方式']);
  assert.deepEqual(demoTargets('email'), ['联系方式']);
  assert.deepEqual(demoTargets('邮箱'), ['联系方式']);
});

test('left alone in batch 76: 使 of using and of "even if", and the referral words', () => {
  for (const q of ['使唔使用防曬霜', '使用激素药膏', '唔使得']) {
    const read = spokenAsWritten(q);
    assert.ok(!read.includes('要不要') && !read.includes('不用'), `${q} → ${read}`);
  }
  assert.ok(spokenAsWritten('使唔使用防曬霜').includes('使用'));
  // 即使 (even if) keeps its 使: the 唔使 after it is the no-need.
  const evenIf = spokenAsWritten('即使唔使做手术');
  assert.ok(evenIf.includes('即使') && !evenIf.includes('要不要'), evenIf);
  // referral / refer as 初诊 kept the children's doctor out of paediatric vitiligo referral which doctor; 门诊 for clinic
  // dropped 夜间 from an earlier query.
  assert.deepEqual(demoTargets('referral'), []);
  assert.deepEqual(demoTargets('refer'), []);
  assert.ok(!demoTargets('clinic').includes('门诊'));
});
