import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, buildVocabulary, clinicVocabulary, doctorAsked, planQuery } from '../../src/search/query.js';
import { demoTargets, heldOf, typedTerms as terms } from '../helpers/search.js';

// What batch 27 of the labelled queries (helper srch29) led to; each rule test fails with its rule taken out.

test('where a claim or a question was met, said before it, is no word to search (网上说, 朋友说, 是真的吗, 有人问过, 那篇文章)', () => {
  assert.deepEqual(terms('网上说白癜风会变成皮肤癌是真的吗'), ['白癜风', '变成', '皮肤癌']);
  assert.ok(!terms('朋友说这病一辈子都治不好').includes('说'));
  assert.ok(!terms('听人讲做微针会让白斑越扎越多').includes('讲'));
  assert.ok(!terms('有人问过光疗后白斑边上发红的问题吗').some((t) => ['有人', '问题', '过'].includes(t)));
  assert.ok(!terms('医生有没有回答过孩子能不能照光').includes('回答'));
  assert.ok(!terms('白的就一定是白癜风吗那片文章').some((t) => t === '文章' || t.includes('片')));
  // Telling someone (跟同事说) stays, and so does 说明; 文章 in the middle is what is asked about.
  assert.ok(terms('要不要跟同事说我有白癜风').includes('同事'));
  assert.ok(terms('说明书上写的').includes('说明书'));
  assert.ok(terms('文章下面的审核医生是什么意思').includes('文章'));
});

test('到 after how or can is the trip, and transport pictures are their words', () => {
  assert.ok(!terms('坐几路公交能到').includes('到'));
  assert.deepEqual(terms('🚇怎么到医院'), ['地铁', '医院']);
  assert.ok(terms('🅿️停车').includes('停车'));
  // 到 of a place on the body stays a verb's.
  assert.ok(terms('药膏抹到眼睛里了').includes('眼睛'));
});

test('a doctor asked for with 医师, 比较好 or a misspelt docter, by what the doctor sees or by surname', () => {
  assert.equal(doctorAsked('儿童白斑看哪位医师'), '儿童白斑');
  assert.equal(doctorAsked('做光疗找哪个医生比较好')?.trim(), '做光疗');
  assert.ok(doctorAsked('docter for children') !== undefined);
  assert.equal(doctorAsked('周末有没有看小孩白癜风的医生啊')?.replace(/\s+/g, ' '), '周末有没有 小孩白癜风 啊');
  assert.equal(doctorAsked('上次看的是一个姓顾的医生')?.replace(/\s+/g, ' '), '上次看的是一个 顾');
  // No doctor asked for.
  assert.equal(doctorAsked('白斑的医生说要复诊'), undefined);
});

test('a repeated modal before a stopword verb is not glued into an everyday word (会不会长不高 is not 会长)', () => {
  assert.ok(!terms('小孩有白斑以后会不会长不高').includes('会长'));
  // A verb of two characters asked so stays whole (需不需要 → 需要).
  assert.ok(terms('需不需要忌口').includes('需要'));
});

test('the demo synonyms of batch 27: pediatrics, one side, getting on with it, growth, free, a first visit, wood, close', () => {
  assert.ok(demoTargets('儿科').includes('儿童'));
  assert.ok(demoTargets('一边').includes('一侧'));
  assert.ok(demoTargets('和平共处').includes('相处'));
  assert.ok(demoTargets('长不高').includes('发育'));
  assert.ok(demoTargets('不要钱').includes('免费'));
  assert.ok(demoTargets('第一次来').includes('初诊'));
  assert.ok(demoTargets('wood').includes('伍德灯'));
  assert.ok(demoTargets('close').includes('门诊时间'));
});

test('a word read from pinyin that the index holds only as its cut pieces (a doctor\'s name) is searched as those pieces', async () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['林清远', 1000] as [string, number]]));
  const synonyms = buildSynonyms([]);
  const p = await planQuery('linqingyuan', { vocab, synonyms, df: heldOf({ 林: 1, 清远: 1 }) });
  assert.equal(p.slots.length, 2, JSON.stringify(p.slots));
  assert.deepEqual(p.slots.map((x) => x.alts[0]!.term), ['林', '清远']);
  // Held whole: searched whole.
  const whole = await planQuery('linqingyuan', { vocab, synonyms, df: heldOf({ 林清远: 1, 林: 1, 清远: 1 }) });
  assert.deepEqual(whole.slots.map((x) => x.alts[0]!.term), ['林清远']);
});
