import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, correctionGate, doneApart, homophones } from '../../src/search/query.js';
import { cut } from '../../src/search/segment.js';
import { demoTargets } from '../helpers/search.js';

// What batch 22 of the labelled queries (helper srch23) led to; each rule test fails with its rule taken out.

test('a one-syllable correction does not rewrite a whole word the index holds when its window reaches into the next word (白斑|发痒 is not 白头发)', () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['白头发', 3000]]));
  const held = new Set(['白斑', '白癜风']);
  const corrections = (text: string) => homophones(text, vocab, correctionGate(text, cut(text), (w) => held.has(w))).map((c) => `${c.from}→${c.to}`);
  assert.deepEqual(corrections('白斑发痒'), []);
  assert.deepEqual(corrections('白斑发痒是不是白癜风'), []);
  // A window that lines up with the typed words is still corrected (准分子|灯 → 准分子光).
  assert.deepEqual(corrections('准分子灯'), ['准分子灯→准分子光']);
});

test('a verb and its object said apart are not joined when the object begins a word of its own (抹了药膏 is 抹 药膏)', () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['药膏', 3000]]));
  const synonyms = buildSynonyms([{ term: '抹药', target: '涂抹' }, { term: '照光', target: '光疗' }]);
  assert.ok(!doneApart('抹了药膏火辣辣的还痒', synonyms, vocab).includes('抹药'));
  // The object of one character is still joined (抹了药, 照完光).
  assert.ok(doneApart('抹了药以后痒', synonyms, vocab).includes(' 抹药 '));
  assert.ok(doneApart('照完光红了', synonyms, vocab).includes(' 照光 '));
});

test('the demo synonyms of batch 22: itching, a burning sting, peeling from the sun, sunscreen lotion, the lift, a pool', () => {
  assert.ok(demoTargets('发痒').includes('瘙痒'));
  assert.ok(demoTargets('火辣辣').includes('烧灼'));
  assert.ok(demoTargets('晒脱皮').includes('晒伤'));
  assert.ok(demoTargets('防晒乳').includes('防晒霜'));
  assert.ok(demoTargets('elevator').includes('电梯'));
  assert.ok(demoTargets('lift').includes('电梯'));
  assert.ok(demoTargets('pool').includes('泳池'));
});
