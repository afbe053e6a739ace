import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synonyms as demoSynonyms } from '../../src/demo/data/synonyms.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery } from '../../src/search/query.js';
import { heldOf, planTerms, demoTargets } from '../helpers/search.js';

// What batch 17 of the labelled queries (helper srch18) led to: demo synonyms only, no new rule.


test('the demo synonyms of batch 17: lay body words, hats, scrubs and folk procedures, the visit in English', () => {
  assert.ok(demoTargets('胳肢窝').includes('腋窝'));
  assert.ok(demoTargets('渔夫帽').includes('宽檐帽'));
  assert.ok(demoTargets('皱纹').includes('老化'));
  assert.ok(demoTargets('搓澡').includes('搓洗'));
  assert.ok(demoTargets('刮痧').includes('外伤'));
  assert.ok(demoTargets('拔罐').includes('外伤'));
  assert.ok(demoTargets('公交车').includes('公交'));
  assert.ok(demoTargets('graves').includes('毒性弥漫性甲状腺肿'));
  assert.ok(demoTargets('缺铜').includes('矿物质'));
  assert.ok(demoTargets('wheelchair').includes('轮椅'));
  assert.ok(demoTargets('subway').includes('地铁'));
  assert.ok(demoTargets('saturday').includes('周六'));
  assert.ok(demoTargets('midline').includes('中线'));
});

test('a query with the armpit as said reaches the word the articles write', async () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['腋窝', 3000] as [string, number]]));
  const p = await planQuery('胳肢窝长白斑', { vocab, synonyms: buildSynonyms(demoSynonyms), df: heldOf({ 腋窝: 2, 白斑: 20, 白癜风: 20 }) });
  assert.ok(planTerms(p).includes('腋窝'), JSON.stringify(p.slots));
});
