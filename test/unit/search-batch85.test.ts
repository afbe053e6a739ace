import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 85 of the labelled queries (helper srch88, written blind) led to; the test of the reading fails with it taken out.

test('both sides alike (左右一样, 两边都一样) is the 对称 the pages write (BOTH_SIDES_ALIKE, decision 0135)', () => {
  // As typed, 左右 and 一样 found no page on symmetry: 手背脚背都有白斑 左右一样 had the types page off the first page.
  for (const q of ['手背脚背都有白斑 左右一样', '膝盖上的白斑两边都一样', '左右两边都一样的白斑', '白斑左右也是一模一样']) {
    const terms = typedTerms(q);
    assert.ok(terms.includes('对称') && !terms.includes('一样') && !terms.includes('一模一样'), `${q} → ${terms.join(' ')}`);
  }
});

test('left alone in batch 85: 左右 after a count is "about", and unlike sides are not 对称', () => {
  // The pages write 一年左右, 十五分钟左右: 左右 after a count, with 一样 after it, is not both sides.
  for (const q of ['一年左右一样没变化', '三个月左右一样', '3个月左右一样', '涂了两周左右也一样']) {
    const terms = typedTerms(q);
    assert.ok(!terms.includes('对称') && terms.includes('左右'), `${q} → ${terms.join(' ')}`);
  }
  // Unlike sides (左右不一样) are the opposite, and 一样 alone stays.
  for (const q of ['左右不一样', '两边颜色不一样', '和别人一样吗']) assert.ok(!typedTerms(q).includes('对称'), q);
});
