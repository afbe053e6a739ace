import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 36 of the labelled queries (helper srch38) led to; each rule test fails with its rule taken out.

test('"will the child have it too" is the heredity asked, 遗传, and the birth before the child is no word (decision 0072)', () => {
  assert.deepEqual(terms('老公有白癜风生的宝宝会不会也有'), ['老公', '白癜风', '宝宝', '遗传']);
  assert.deepEqual(terms('结婚以后生的孩子会不会也有白斑'), ['结婚', '孩子', '遗传', '白斑']);
  assert.ok(terms('我有白癜风孩子也会得吗').includes('遗传'));
  // Contagion, a fact told with a question after it, and giving birth stay as asked.
  assert.ok(!terms('孩子会不会也传染').includes('遗传'));
  assert.ok(!terms('孩子也有白斑怎么办').includes('遗传'));
  assert.ok(terms('生孩子会不会也有影响').includes('生'));
  assert.ok(!terms('生孩子会不会也有影响').includes('遗传'));
  // Bounded: a long run is read in one pass.
  assert.ok(Array.isArray(terms('孩子也有'.repeat(25))));
});

test("a record's field name and a result column's 阳性 / 阴性 are no words to search (decision 0072)", () => {
  assert.deepEqual(terms('诊断 白色糠疹'), ['白色糠疹']);
  assert.ok(!terms('诊断：寻常型白癜风 局限型').includes('诊断'));
  assert.deepEqual(terms('印象：白癜风（进展期）'), ['白癜风', '进展期']);
  assert.deepEqual(terms('稳定期 建议负压吸疱'), ['稳定期', '负压吸疱']);
  assert.deepEqual(terms('同形反应 阳性'), ['同形反应']);
  assert.ok(!terms('伍德灯检查 阴性').includes('阴性'));
  // Asking how it is diagnosed, a keyword string about diagnosis, advice told, and an antibody's result stay.
  assert.ok(terms('白癜风怎么诊断').includes('诊断'));
  assert.ok(terms('白癜风 诊断').includes('诊断'));
  assert.ok(terms('诊断 标准').includes('诊断'));
  assert.ok(terms('诊断白癜风要做什么检查').includes('诊断'));
  assert.ok(terms('医生建议我照光').includes('建议'));
  assert.ok(terms('甲状腺抗体 阳性').includes('阳性'));
  assert.ok(terms('TPOAb 阳性').includes('阳性'));
  assert.ok(terms('抗体阳性').includes('阳性'));
  assert.ok(Array.isArray(terms('诊断： '.repeat(16))));
});

test('scaling written 脱屑 is the differential page\'s 鳞屑, as 皮屑 is (demo seed, decision 0072)', () => {
  assert.ok(demoTargets('脱屑').includes('鳞屑'));
  assert.ok(demoTargets('皮屑').includes('鳞屑'));
  // Peeling after a treatment stays 脱皮.
  assert.ok(!demoTargets('脱皮').includes('鳞屑'));
});
