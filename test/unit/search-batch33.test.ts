import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSynonyms, OTHER_WAYS, turnedDown } from '../../src/search/query.js';
import { asksWhichOfTwo } from '../../src/search/segment.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 33 of the labelled queries (helper srch35) led to; each rule test fails with its rule taken out.

test('带 of taking someone along (带孩子去做光疗) is not searched; the person stays (decision 0068)', () => {
  assert.deepEqual(terms('暑假带孩子去做光疗'), terms('暑假孩子去做光疗'));
  assert.ok(!terms('带孩子去做光疗').includes('带'));
  assert.ok(terms('带孩子去做光疗').includes('孩子'));
  assert.ok(!terms('带我妈去看白斑').includes('带'));
  assert.ok(!terms('带着老人复诊').some((t) => t.startsWith('带')));
  // 带 of bringing a thing stays, and 带什么 is still the question of what to bring.
  assert.ok(terms('复诊要带病历吗').some((t) => t.includes('带')));
  assert.ok(terms('带药坐飞机').some((t) => t.includes('带')));
  assert.ok(terms('复诊带什么').includes('准备'));
  // Bounded: a long run of 带 is read in one pass.
  assert.ok(Array.isArray(terms('带'.repeat(99) + '孩子')));
});

test('a diagnosis met at another hospital (外院诊断是…, 当地医院确诊为…) is the diagnosis, not 诊断 (decision 0068)', () => {
  assert.deepEqual(terms('外院诊断是白色糠疹'), ['白色糠疹']);
  assert.deepEqual(terms('当地医院确诊为白癜风'), terms('白癜风'));
  assert.deepEqual(terms('之前的医院说我是进展期'), ['进展期']);
  assert.deepEqual(terms('别的医院的医生说是节段型'), terms('节段型'));
  // What another hospital gave or did stays: 外院开的药, 在别的医院照光; and 诊断 asked about stays.
  assert.ok(terms('外院开的他克莫司还能继续用吗').includes('外院'));
  assert.ok(terms('在别的医院照了半年光').includes('医院'));
  assert.ok(terms('白癜风怎么诊断').includes('诊断'));
});

// The clinic's treatments under OTHER_WAYS, as the demo seed lists them, and a lay word leading to one.
const syn = buildSynonyms([...['外用药物', '光疗', '准分子光', '手术', '微针', '糖皮质激素'].map((target) => ({ term: OTHER_WAYS, target })), { term: '照光', target: '光疗' }]);

test('a treatment the patient cannot have, asking what else (不能照光怎么办), is turned down as 不想 is (decision 0068)', () => {
  const light = turnedDown('不能照光怎么办', syn)!;
  assert.deepEqual(light.excluded, ['照光', '光疗']);
  assert.ok(light.wanted.includes('外用药物'));
  assert.ok(turnedDown('没法做手术还有什么办法', syn)!.excluded.includes('手术'));
  assert.ok(turnedDown('不能用激素 有别的吗', syn)!.excluded.includes('激素'));
  // Asking whether it is allowed is no request for another: 孕期不能照光吗, 光疗后不能晒太阳吗 stay as typed.
  assert.equal(turnedDown('孕期不能照光吗', syn), undefined);
  assert.equal(turnedDown('做完手术不能洗澡吗', syn), undefined);
  // Only a treatment: 不能晒太阳怎么办 is not read so.
  assert.equal(turnedDown('不能晒太阳怎么办', syn), undefined);
});

test('how two things differ, asked at the end (A和B的区别, A跟B有什么不同), is a comparison and 区别 is not searched (decision 0068)', () => {
  assert.equal(asksWhichOfTwo('308nm和311nm的区别'), true);
  assert.equal(asksWhichOfTwo('准分子光跟窄谱有什么不同'), true);
  assert.equal(asksWhichOfTwo('伍德灯与皮肤镜有啥差别？'), true);
  assert.deepEqual(terms('308nm和311nm的区别'), ['308nm', '311nm']);
  assert.deepEqual(terms('节段型和非节段型有什么区别'), ['节段型', '非节段型']);
  // Not without two things set side by side, and not with more asked after the difference.
  assert.equal(asksWhichOfTwo('怎么区别白癜风'), false);
  assert.equal(asksWhichOfTwo('白斑有什么不同'), false);
  assert.equal(asksWhichOfTwo('308和311的区别大吗'), false);
  assert.ok(terms('白斑和白癜风的区别大不大').length > 2);
  // Bounded: a long query is read in one pass anchored at the end.
  assert.equal(asksWhichOfTwo('白'.repeat(90) + '和' + '光'.repeat(5) + '的区别'), true);
});

test('喂奶 is breastfeeding, the pregnancy article\'s 哺乳期 (demo seed)', () => {
  assert.ok(demoTargets('喂奶').includes('哺乳期'));
});
