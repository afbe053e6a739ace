import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { spokenAsWritten } from '../../src/search/segment.js';
import { demoTargets, heldOf, planTerms, typedTerms, demoLexicon } from '../helpers/search.js';

// What batch 88 of the labelled queries (helper srch91, written blind) led to; each test fails with its reading or row taken out.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 白癜风: 50, 白斑: 52, 色素加深: 1, 瓷白色: 1, 朋友: 2, 白癜风患者: 10 });

test('asking online said with 问 alone (网上问, 在线问一下, 线上问问) is the site named, left out (decision 0138)', () => {
  for (const q of ['网上问孩子白斑找哪个医生', '在线问一下 光疗后白斑发红', '线上问问白斑会不会传染']) {
    const read = spokenAsWritten(q);
    assert.ok(!read.includes('网上') && !read.includes('在线') && !read.includes('线上'), `${q} → ${read}`);
  }
  assert.ok(!typedTerms('网上问孩子白斑找哪个医生').includes('网上'));
});

test('an edge gone dark (发黑) is the 色素加深 round a stable patch, as 黑边 is (decision 0138)', async () => {
  assert.deepEqual(demoTargets('发黑'), ['色素加深']);
  for (const q of ['白斑边上发黑', '白斑周围一圈发黑了']) {
    const terms = planTerms(await planQuery(q, { vocab, synonyms, df }));
    assert.ok(terms.includes('色素加深'), `${q} → ${terms.join(' ')}`);
  }
});

test('white like porcelain (像瓷一样) is the 瓷白色 the pages write (decision 0138)', async () => {
  assert.deepEqual(demoTargets('瓷'), ['瓷白色']);
  const terms = planTerms(await planQuery('白斑白得发亮像瓷一样', { vocab, synonyms, df }));
  assert.ok(terms.includes('瓷白色'), terms.join(' '));
});

test('on the English site a friend is the 朋友 of the emotional page (decision 0138)', async () => {
  assert.deepEqual(demoTargets('friend'), ['朋友']);
  const terms = planTerms(await planQuery('how to tell my friends i have vitiligo', { vocab, synonyms, df }));
  assert.ok(terms.includes('朋友'), terms.join(' '));
});

test('left alone in batch 88: 网上问诊 and 网上问题 keep their words; 痘痘, 涂药 and grow up are no rows; 瓷砖 is not porcelain white', async () => {
  // 问诊 is the pages' word (医生会通过问诊); 问题 is no asking online.
  assert.ok(spokenAsWritten('网上问诊靠谱吗').includes('网上问诊'));
  assert.ok(spokenAsWritten('网上问题太多了').includes('网上问题'));
  // Measured and left out: 痘痘 / 小痘痘 → 痤疮 (three earlier no-answer queries got the topical page first), 涂药 → 涂抹 (five
  // earlier queries fell), grow up → 长大 (ten earlier queries fell).
  assert.deepEqual(demoTargets('痘痘'), []);
  assert.deepEqual(demoTargets('小痘痘'), []);
  assert.deepEqual(demoTargets('涂药'), []);
  assert.deepEqual(demoTargets('grow up'), []);
  // Cut whole, a tile is no patch's colour.
  const terms = planTerms(await planQuery('白斑像瓷砖一样白', { vocab, synonyms, df }));
  assert.ok(!terms.includes('瓷白色'), terms.join(' '));
});
