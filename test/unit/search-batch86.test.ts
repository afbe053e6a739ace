import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { demoTargets, heldOf, planTerms, demoLexicon } from '../helpers/search.js';

// What batch 86 of the labelled queries (helper srch89, written blind) led to; each test fails with its row taken out.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 白癜风: 50, 白斑: 52, 情绪: 5, 心理: 4, 身份证件: 1, 复诊: 12, 化验: 2, 检查报告: 2, 皮肤科: 20, 孩子: 10, 光疗: 9 });

test('despair (绝望) is the 情绪 and 心理 of the emotional page, as 自卑 is (decision 0136)', async () => {
  assert.deepEqual(demoTargets('绝望'), ['情绪', '心理']);
  // As typed, 绝望 was in no page: 白癜风治不好 很绝望 had the emotional page off the first page.
  for (const q of ['白癜风治不好 很绝望', '得了白斑好绝望', '感觉绝望了']) {
    const terms = planTerms(await planQuery(q, { vocab, synonyms, df }));
    assert.ok(terms.includes('情绪') && terms.includes('心理'), `${q} → ${terms.join(' ')}`);
  }
});

test('the ID card as patients say it (身份证) is the 身份证件 the hospital page asks for (decision 0136)', async () => {
  assert.deepEqual(demoTargets('身份证'), ['身份证件']);
  // As typed, 身份证 was in no page: 看皮肤科要带身份证吗 had the hospital page 5th.
  for (const q of ['看皮肤科要带身份证吗', '初诊带身份证', '没带身份证能挂号吗']) {
    const terms = planTerms(await planQuery(q, { vocab, synonyms, df }));
    assert.ok(terms.includes('身份证件'), `${q} → ${terms.join(' ')}`);
  }
});

test('left alone in batch 86: the lab slip (化验单) and crying (哭) stay as typed', async () => {
  // Measured and left out: 化验单 → 检查报告 (复诊要带上次的化验单吗 lost half its recall@5).
  assert.deepEqual(demoTargets('化验单'), []);
  assert.ok(!planTerms(await planQuery('复诊要带上次的化验单吗', { vocab, synonyms, df })).includes('检查报告'));
  // 想哭 would be keyed as 哭 alone: a child crying at the light box is not the patient's low mood.
  assert.deepEqual(demoTargets('哭'), []);
  assert.deepEqual(demoTargets('想哭'), []);
  assert.ok(!planTerms(await planQuery('孩子照光的时候一直哭', { vocab, synonyms, df })).includes('情绪'));
});
