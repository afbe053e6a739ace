import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doctorAsked, planQuery } from '../../src/search/query.js';
import { demoTargets, heldOf, planTerms, demoLexicon } from '../helpers/search.js';

// What batch 89 of the labelled queries (helper srch92, written blind) led to; each test fails with its reading or row taken out.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 白癜风: 50, 白斑: 52, 病历: 2, 光疗: 12, 防晒: 9, 色素脱失: 3, 医生: 40 });

test('a doctor recommended, or experienced in something, in formal English asks which doctor (decision 0139)', async () => {
  for (const q of [
    'i would be obliged if you could recommend a doctor experienced in phototherapy',
    'could you suggest a good doctor for my daughter',
    'is there a doctor specialising in children',
    'a doctor experienced with skin grafting',
  ]) {
    const read = doctorAsked(q);
    assert.ok(read !== undefined && !/\bdoct[oe]r/.test(read), `${q} → ${read}`);
    assert.equal((await planQuery(q, { vocab, synonyms, df })).doctorAsked, true, q);
  }
  assert.ok(!/experienced|recommend/.test(doctorAsked('could you recommend a doctor experienced in phototherapy') ?? 'experienced'));
});

test('medical records are the 病历 the hospital page and the follow-up article ask to bring (decision 0139)', async () => {
  assert.deepEqual(demoTargets('medical records'), ['病历']);
  assert.deepEqual(demoTargets('medical record'), ['病历']);
  const terms = planTerms(await planQuery('may i bring my previous medical records from my physician abroad', { vocab, synonyms, df }));
  assert.ok(terms.includes('病历'), terms.join(' '));
});

test('depigmented skin is the white patch itself, 白斑 as well as 色素脱失 (decision 0139)', async () => {
  assert.deepEqual(demoTargets('depigment'), ['色素脱失', '白斑']);
  const terms = planTerms(await planQuery('please advise on a suitable sunscreen for depigmented skin', { vocab, synonyms, df }));
  assert.ok(terms.includes('白斑') && terms.includes('防晒'), terms.join(' '));
});

test('left alone in batch 89: a doctor who recommended something, records alone, depigmentation, increased, 要紧', async () => {
  // The doctor recommending is no doctor asked for.
  assert.equal(doctorAsked('my doctor recommended this cream'), undefined);
  assert.equal(doctorAsked('the doctor recommends phototherapy twice a week'), undefined);
  // Records alone are also photos kept or notes of the patches; depigmentation, the disease's name, keeps 色素脱失 alone.
  assert.deepEqual(demoTargets('records'), []);
  assert.deepEqual(demoTargets('record'), []);
  assert.deepEqual(demoTargets('depigmentation'), ['色素脱失']);
  // Not rows: increased has other senses (an increased dose), and 要紧 sits inside 不要紧张 (do not be nervous); neither was tried.
  assert.deepEqual(demoTargets('increased'), []);
  assert.deepEqual(demoTargets('increase'), []);
  assert.deepEqual(demoTargets('要紧'), []);
});
