import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { demoTargets, heldOf, planTerms, typedTerms, demoLexicon } from '../helpers/search.js';

// What batch 83 of the labelled queries (helper srch86, written blind) led to; the rule test fails with its rule taken out.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 同事: 1, 白癜风: 50, 白斑: 52, 汗斑: 1, 花斑糠疹: 2 });

test('the people over one at work (领导, 老板, 上司, 主管) are the 同事 a patient might tell (decision 0133)', async () => {
  // As typed, 领导 was in no page: 要不要跟领导说我有白癜风 had the emotional-support page's FAQ (要不要告诉同事…) nowhere.
  for (const q of ['要不要跟领导说我有白癜风', '白斑的事要告诉老板吗', '上司知道我有白癜风怎么办', '跟主管说了白斑的事']) {
    const terms = typedTerms(q);
    assert.ok(terms.includes('同事') && !terms.some((w) => /领导|老板|上司|主管/u.test(w)), `${q} → ${terms.join(' ')}`);
  }
  assert.ok(planTerms(await planQuery('要不要跟领导说我有白癜风', { vocab, synonyms, df })).includes('同事'));
});

test('left alone in batch 83: 老板娘, 领导力, the Cantonese 同, and the rows left out', async () => {
  // 老板娘 and 领导力 are not the people one works under.
  for (const q of ['老板娘脸上有白斑', '领导力培训']) assert.ok(!typedTerms(q).includes('同事'), q);
  // 主管医生 and 主管部门 are the ward's doctor and the health office, not one's boss (review).
  for (const q of ['我的主管医生是哪位', '白斑的主管护师', '药品的主管部门']) assert.ok(!typedTerms(q).includes('同事'), q);
  // The reading is no seed row: 同事 as a seed target entered the vocabulary and 汗斑同白癜风点分㗎 read its 同 (and) as 同事.
  assert.ok(!planTerms(await planQuery('汗斑同白癜风点分㗎', { vocab, synonyms, df })).includes('同事'));
  // Measured and left out: 领导 / 老板 / 上司 as seed rows (an earlier query lost recall@5), 化学品 (an earlier query fell; as a
  // reading nothing moved) and 体育课 (an earlier query fell).
  for (const w of ['领导', '老板', '上司', '主管', '化学品', '体育课']) assert.deepEqual(demoTargets(w), [], w);
});
