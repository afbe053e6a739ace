import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, questionForm, queryTerms } from '../../src/search/segment.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 30 of the labelled queries (helper srch32) led to; the rule test fails with its rule taken out.

test('Cantonese 得唔得 asks whether it is all right and is left out; 点分 is how to tell apart', () => {
  assert.deepEqual(terms('做完微针冲凉得唔得'), terms('做完微针冲凉'));
  assert.ok(!terms('白斑食海鲜得唔得').some((t) => t.includes('得')));
  const apart = terms('汗斑同白癜风点分㗎');
  assert.ok(apart.includes('分'));
  assert.ok(!apart.some((t) => t.includes('点')));
  // 一点 / 几点 of an amount or the time stay as they were.
  assert.deepEqual(terms('几点分诊'), queryTerms(normalize('几点分诊')));
});

test('Shanghainese 哪能办 is 怎么办 and 高头 after a noun is 上', () => {
  assert.deepEqual(terms('伊面孔高头白了一块 哪能办'), ['伊', '面孔', '白', '一块']);
  assert.ok(!terms('面孔高头白了一块').some((t) => t.includes('高头')));
  // Mandarin 哪能 of "how could" before anything else is left as typed.
  assert.ok(questionForm(normalize('哪能不管')).includes('哪能'));
});

test('一…就 of whenever: the verb is searched (一晒就红), a count is not touched (一次就好)', () => {
  assert.ok(terms('头皮上的白斑一晒就红').includes('晒'));
  assert.ok(terms('一摸就疼').includes('摸'));
  assert.ok(questionForm(normalize('照一次就有效果吗')).includes('一次'));
  assert.ok(questionForm(normalize('春天一到就痒')).includes('一到'));
  assert.ok(questionForm(normalize('我想问一下就是')).includes('一下'));
});

test('growing by the span (一个月比一个月大, 一天比一天多) is 越来越', () => {
  assert.ok(questionForm(normalize('一个月比一个月大')).includes('越来越大'));
  assert.ok(questionForm(normalize('白斑一天比一天多')).includes('越来越多'));
  assert.ok(questionForm(normalize('一次比一次白')).includes('越来越白'));
  // Two different spans are no such phrase.
  assert.ok(!questionForm(normalize('一天比一周好')).includes('越来越'));
});

test('生下来, 坑坑洼洼, 暴晒, 军训, 面孔, 冲凉 and 浅白 are the articles\' words (demo seed)', () => {
  assert.ok(demoTargets('生下来').includes('幼年'));
  assert.ok(demoTargets('坑坑洼洼').includes('凹凸不平'));
  assert.ok(demoTargets('暴晒').includes('日晒'));
  assert.ok(demoTargets('军训').includes('户外活动'));
  assert.ok(demoTargets('面孔').includes('面部'));
  assert.ok(demoTargets('冲凉').includes('洗澡'));
  assert.ok(demoTargets('浅白').includes('淡白色'));
});
