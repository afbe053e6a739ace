import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synonyms as demoSynonyms } from '../../src/demo/data/synonyms.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, planQuery, type DfLookup } from '../../src/search/query.js';

// What batch 17 of the labelled queries (helper srch18) led to: demo synonyms only, no new rule.

const heldOf = (counts: Record<string, number>): DfLookup => async (terms) => new Map(terms.map((t) => [t, counts[t] ?? 0]));
const terms = (p: { slots: { alts: { term: string }[] }[] }) => p.slots.flatMap((s) => s.alts.map((a) => a.term));

test('the demo synonyms of batch 17: lay body words, hats, scrubs and folk procedures, the visit in English', () => {
  const map = buildSynonyms(demoSynonyms);
  const targets = (k: string) => map.get(k) ?? [];
  assert.ok(targets('胳肢窝').includes('腋窝'));
  assert.ok(targets('渔夫帽').includes('宽檐帽'));
  assert.ok(targets('皱纹').includes('老化'));
  assert.ok(targets('搓澡').includes('搓洗'));
  assert.ok(targets('刮痧').includes('外伤'));
  assert.ok(targets('拔罐').includes('外伤'));
  assert.ok(targets('公交车').includes('公交'));
  assert.ok(targets('graves').includes('毒性弥漫性甲状腺肿'));
  assert.ok(targets('缺铜').includes('矿物质'));
  assert.ok(targets('wheelchair').includes('轮椅'));
  assert.ok(targets('subway').includes('地铁'));
  assert.ok(targets('saturday').includes('周六'));
  assert.ok(targets('midline').includes('中线'));
});

test('a query with the armpit as said reaches the word the articles write', async () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['腋窝', 3000] as [string, number]]));
  const p = await planQuery('胳肢窝长白斑', { vocab, synonyms: buildSynonyms(demoSynonyms), df: heldOf({ 腋窝: 2, 白斑: 20, 白癜风: 20 }) });
  assert.ok(terms(p).includes('腋窝'), JSON.stringify(p.slots));
});
