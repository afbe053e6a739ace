import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 38 of the labelled queries (helper srch40) led to; each rule test fails with its rule taken out.

test('a child in Cantonese (细路仔, 细路女) is Mandarin 小孩, and 细 elsewhere is left alone (decision 0075)', () => {
  assert.deepEqual(terms('细路仔有白癜风点算'), ['小孩', '白癜风']);
  assert.ok(terms('細路女脸上有白斑').includes('小孩'));
  assert.ok(!terms('细路仔有白癜风点算').includes('仔有'));
  // 细 of 仔细, 细菌, 细小 and 细胞 stays what it was.
  assert.deepEqual(terms('仔细'), ['仔细']);
  assert.ok(terms('细菌感染').includes('细菌'));
  assert.ok(terms('细小的白点').includes('细小'));
  assert.ok(terms('黑色素细胞').some((t) => t.includes('细胞')));
  assert.ok(Array.isArray(terms('细路仔'.repeat(30))));
});

test('pain said with 痛 reaches the 灼痛 of the light-therapy pages as 疼 does; 怀娃 is 怀孕 (demo seed, decision 0075)', () => {
  assert.ok(demoTargets('痛').includes('灼痛'));
  assert.ok(demoTargets('疼').includes('灼痛'));
  assert.ok(demoTargets('怀娃').includes('怀孕'));
  // The seaside, the eyelids cut whole and 涂药 were tried and left out (they moved earlier queries).
  assert.deepEqual(demoTargets('海边'), []);
  assert.deepEqual(demoTargets('上眼皮'), []);
  assert.deepEqual(demoTargets('涂药'), []);
});

test('hair said to have gone white (头发也白了, 眉毛变白了) is the 白发 the pages write, beside the hair named (decision 0075)', () => {
  assert.deepEqual(terms('白斑上的头发也白了'), ['白斑', '头发', '白发']);
  assert.deepEqual(terms('眉毛变白了'), ['眉毛', '白发']);
  assert.ok(terms('老人家白斑上面的汗毛都白了还能好吗').includes('白发'));
  assert.ok(terms('胡子白了一块').includes('白发'));
  // A patch that went white, a question whether hair is white, and eyelashes stay as they were.
  assert.ok(!terms('脸上白了一块').includes('白发'));
  assert.ok(!terms('头发白不白').includes('白发'));
  assert.ok(!terms('睫毛白了几根是不是白癜风').includes('白发'));
  assert.ok(Array.isArray(terms('头发都白了'.repeat(20))));
});

test('查 after 上网 / 网上 is looking it up online, the 搜索 the pages write; 查 of a test or of results stays (decision 0075)', () => {
  assert.ok(terms('天天上网查白癜风越看越焦虑').includes('搜索'));
  assert.ok(!terms('天天上网查白癜风越看越焦虑').includes('查'));
  assert.ok(terms('网上查了好多 越看越怕').includes('搜索'));
  // A test looked up (查甲状腺), results or a report looked up online stay 查.
  assert.ok(terms('复诊查甲状腺').includes('查'));
  assert.ok(!terms('网上查报告').includes('搜索'));
  assert.ok(!terms('网上查询结果').includes('搜索'));
  assert.ok(Array.isArray(terms('上网查'.repeat(30))));
});
