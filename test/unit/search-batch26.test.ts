import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery } from '../../src/search/query.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 26 of the labelled queries (helper srch28) led to; each rule test fails with its rule taken out.

const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['出门', 3000], ['激光', 3000]]));
const synonyms = buildSynonyms([{ term: '出门', target: '外出' }]);

test('a unit of measure after a number (1cm, 5 mm, 2kg) is a size, never pinyin initials (cm is no 出门)', async () => {
  for (const q of ['白斑1cm左右', '白斑 1 cm 左右', '白斑5mm', '白斑1.5cm大']) {
    const p = await planQuery(q, { vocab, synonyms, df: heldOf({ 白斑: 20, 左右: 5, 外出: 4 }) });
    assert.ok(!planTerms(p).includes('出门'), `${q}: ${JSON.stringify(p.slots)}`);
    assert.ok(planTerms(p).includes('白斑'), `${q}: ${JSON.stringify(p.slots)}`);
  }
  // Letters after a number that are no unit are still read as pinyin (308jiguang), and cm typed alone is still initials.
  const jg = await planQuery('308jiguang', { vocab, synonyms, df: heldOf({ 308: 2, 激光: 1 }) });
  assert.ok(planTerms(jg).includes('激光'), JSON.stringify(jg.slots));
  const alone = await planQuery('cm 注意什么', { vocab, synonyms, df: heldOf({ 注意: 9, 出门: 1 }) });
  assert.ok(planTerms(alone).includes('出门'), JSON.stringify(alone.slots));
});

test('the demo synonyms of batch 26: 眼睑, 嘴皮子, the genitals by name, 一身汗 and 岁', () => {
  assert.ok(demoTargets('眼睑').includes('眼周'));
  assert.ok(demoTargets('嘴皮子').includes('口唇'));
  assert.ok(demoTargets('嘴皮').includes('口唇'));
  assert.ok(demoTargets('龟头').includes('外生殖器'));
  assert.ok(demoTargets('阴茎').includes('外生殖器'));
  assert.ok(demoTargets('阴囊').includes('外生殖器'));
  // 一身汗 is cut 一身|汗, and the key as cut.
  assert.ok(demoTargets('一身 汗').includes('出汗'));
  // An age typed as years (45岁, cut 45|岁) is the articles' 年龄, as 几岁 is.
  assert.ok(demoTargets('岁').includes('年龄'));
});
