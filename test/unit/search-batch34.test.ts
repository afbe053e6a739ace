import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhichOfTwo, normalize } from '../../src/search/segment.js';
import { typedTerms as terms } from '../helpers/search.js';

// What batch 34 of the labelled queries (helper srch36) led to; each rule test fails with its rule taken out.

test("a list's number signs (①②③, 1. 2., 1、, (1)) are not searched, not read as counts (decision 0069)", () => {
  assert.deepEqual(terms('①伍德灯 ②皮肤镜 ③抽血'), ['伍德灯', '皮肤镜', '抽血']);
  assert.ok(!/\d/.test(normalize('⑴白斑 ❷光疗 ⒈防晒 ➀复诊')));
  assert.deepEqual(terms('1. 白斑会扩散吗 2. 光疗多久'), terms('白斑会扩散吗 光疗多久'));
  assert.deepEqual(terms('1、伍德灯 2、皮肤镜'), ['伍德灯', '皮肤镜']);
  assert.deepEqual(terms('(1)伍德灯 (2)皮肤镜'), ['伍德灯', '皮肤镜']);
  // Numbers that are amounts stay: a decimal, a count with its measure word, a number inside a sentence.
  assert.ok(terms('他克莫司软膏 10g 每日2次').includes('10g'));
  assert.ok(terms('每周2次').includes('2'));
  assert.ok(terms('照了3个月').some((t) => t.includes('3')));
  assert.ok(terms('308nm准分子光').includes('308nm'));
});

test('asking for someone else (帮我爸问一下, 替我妹妹问) leaves the adult out and keeps a child (decision 0069)', () => {
  assert.deepEqual(terms('帮老婆问下手指上的白斑'), terms('手指上的白斑'));
  assert.deepEqual(terms('替我妹妹问：白癜风会遗传吗'), terms('白癜风会遗传吗'));
  assert.ok(!terms('帮我爸问一下 白斑能移植吗').includes('我爸'));
  assert.ok(!terms('帮我妈咨询一下光疗').some((t) => t.includes('妈')));
  // A child is what the children's pages answer for: kept.
  assert.ok(terms('帮孩子问 学校体检发现白斑').includes('孩子'));
  assert.ok(terms('替我女儿问一下 白斑').includes('女儿'));
  // Only with 问 / 咨询: doing something for someone stays.
  assert.ok(terms('给老人涂药').includes('老人'));
  assert.ok(terms('帮老公防晒').includes('老公'));
  // Bounded: a long run is read in one pass.
  assert.ok(Array.isArray(terms('帮'.repeat(99))));
});

test('"later" after a span of time (2周后, 三天后, 一个月以后) is not searched; 术后, 照光后 stay (decision 0069)', () => {
  assert.ok(!terms('2周后复诊').some((t) => t.includes('后')));
  assert.ok(!terms('三天后还在脱皮').some((t) => t.includes('后')));
  assert.ok(!terms('一个月以后没变化').some((t) => t.includes('后')));
  assert.ok(!terms('半年之后复发了').some((t) => t.includes('后')));
  assert.ok(terms('术后两周能洗澡吗').includes('术后'));
  assert.ok(terms('照光后发红').some((t) => t.includes('后')));
  assert.ok(terms('产后能照光吗').some((t) => t.includes('后')));
});

test('which of two first (先做哪个, 先停哪个, 哪个先做) is a comparison and 先 is not searched (decision 0069)', () => {
  assert.equal(asksWhichOfTwo('伍德灯和皮肤镜先做哪个'), true);
  assert.equal(asksWhichOfTwo('光疗和药膏先停哪个？'), true);
  assert.equal(asksWhichOfTwo('移植和光疗哪个先做'), true);
  assert.deepEqual(terms('伍德灯和皮肤镜先做哪个'), ['伍德灯', '皮肤镜']);
  assert.ok(!terms('光疗和药膏先停哪个').includes('先'));
  assert.ok(terms('光疗和药膏先停哪个').includes('停'));
  // 先 of "first" elsewhere stays, and a word after 哪个 is no "which first".
  assert.equal(asksWhichOfTwo('先做哪个检查'), false);
  // (先 left alone is a query stopword since decision 0083; the verbs of 先涂药再照光 stay.)
  assert.ok(terms('先涂药再照光').includes('涂药') && terms('先涂药再照光').includes('照光'));
});
