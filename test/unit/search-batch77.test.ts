import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { demoTargets, heldOf, planTerms, demoLexicon } from '../helpers/search.js';

// What batch 77 of the labelled queries (helper srch80, written blind) led to; each rule test fails with its rule taken out.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 外伤: 5, 划伤: 2, 摩擦: 5, 白发: 3, 白斑: 20, 白癜风: 25, 青少年: 3, 烧灼: 2, 光疗: 10, 皮肤: 25, 治疗: 25 });

test('the demo seed reads 少白头 as 白发, and small injuries by their everyday names as 外伤 (decision 0126)', () => {
  assert.deepEqual(demoTargets('少白头'), ['白发']);
  assert.deepEqual(demoTargets('耳洞'), ['外伤']);
  assert.deepEqual(demoTargets('打耳洞'), ['外伤']);
  assert.deepEqual(demoTargets('磨破'), ['摩擦', '外伤']);
  assert.deepEqual(demoTargets('cut'), ['划伤', '外伤']);
  assert.deepEqual(demoTargets('injury'), ['外伤']);
  assert.deepEqual(demoTargets('piercing'), ['外伤']);
});

test('read so: husbands shaving cuts are turning white is a cut (外伤), 少白头 is grey hair and not 青少年 (decision 0126)', async () => {
  // Unknown, cuts named nothing, so no stray word was left out and the query found nothing at all.
  const cuts = planTerms(await planQuery('husbands shaving cuts are turning white', { vocab, synonyms, df }));
  assert.ok(cuts.includes('外伤') && cuts.includes('划伤'), cuts.join(' '));
  assert.ok(!cuts.includes('husbands'), cuts.join(' '));
  // Cut 少|白头, it was read as 青少年 and a slip for 白头发.
  const grey = planTerms(await planQuery('少白头跟白癜风是一回事吗', { vocab, synonyms, df }));
  assert.ok(grey.includes('白发') && !grey.includes('青少年'), grey.join(' '));
  const rubbed = planTerms(await planQuery('脚背磨破的地方起了白斑', { vocab, synonyms, df }));
  assert.ok(rubbed.includes('摩擦') && rubbed.includes('外伤'), rubbed.join(' '));
});

test('left alone in batch 77: burn (the sensation), and the partner who asks', async () => {
  // burn → 烫伤 sent burning skin after light treatment, an earlier query, from first to nowhere.
  assert.deepEqual(demoTargets('burn'), []);
  assert.deepEqual(demoTargets('burning'), []);
  const burning = planTerms(await planQuery('burning skin after light treatment', { vocab, synonyms, df }));
  assert.ok(!burning.includes('烫伤') && !burning.includes('外伤'), burning.join(' '));
  // The partner is who asks, not what is asked: → 夫妻 put six of the batch's English queries second.
  for (const w of ['husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend']) assert.deepEqual(demoTargets(w), [], w);
});
