import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synonyms as demoSynonyms } from '../../src/demo/data/synonyms.js';
import { buildSynonyms, OTHER_WAYS, turnedDown } from '../../src/search/query.js';
import { demoTargets } from '../helpers/search.js';

// What batch 62 of the labelled queries (helper srch65, written blind) led to; each rule test fails with its rule taken out.

// The clinic's treatments under OTHER_WAYS, as the demo seed lists them, the lay word for the graft and the graft as 手术.
const ways = ['外用药物', '光疗', '准分子光', '手术', '微针', '糖皮质激素'].map((target) => ({ term: OTHER_WAYS, target }));
const syn = buildSynonyms([...ways, { term: '植皮', target: '表皮移植' }, { term: '表皮移植', target: '手术' }, { term: '照光', target: '光疗' }]);

test('a treatment named by a word leading to a word that leads to a listed one (植皮 → 表皮移植 → 手术) is turned down (decision 0106)', () => {
  const graft = turnedDown('除了植皮还有别的方法吗', syn)!;
  assert.ok(graft, '植皮 is turned down');
  assert.deepEqual(graft.excluded, ['植皮', '表皮移植', '手术']);
  assert.ok(!graft.wanted.includes('手术'), 'the surgery it is a kind of is not asked for instead');
  assert.ok(graft.wanted.includes('外用药物') && graft.wanted.includes('光疗'));
  assert.ok(turnedDown('不想植皮', syn)!.excluded.includes('手术'));
  // One step, as before: 照光 → 光疗, and 光疗's own targets are not taken along.
  assert.deepEqual(turnedDown('不想照光', syn)!.excluded, ['照光', '光疗']);
});

test('the demo seed leads the graft to 手术, which its title calls it (decision 0106)', () => {
  assert.ok(demoTargets('表皮移植').includes('手术'));
  const demo = buildSynonyms(demoSynonyms);
  assert.ok(turnedDown('除了植皮还有别的方法吗', demo)!.excluded.includes('手术'));
});

test('left alone in batch 62: a word two steps from nothing listed, and the graft asked about, not turned down', () => {
  // 不想出门 and 不吃海鲜 stay (no treatment); 植皮 asked about without a turning-down word stays.
  assert.equal(turnedDown('不想出门', syn), undefined);
  assert.equal(turnedDown('植皮多少钱', syn), undefined);
  assert.equal(turnedDown('做完植皮能洗澡吗', syn), undefined);
  // 移植 alone leads nowhere in the seed: 不想做移植 is not read so (left, decision 0106).
  assert.equal(turnedDown('不想做移植', buildSynonyms(demoSynonyms)), undefined);
});
