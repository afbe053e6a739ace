import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhichOfTwo } from '../../src/search/segment.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 32 of the labelled queries (helper srch34) led to; each rule test fails with its rule taken out.

test('the voice filler 就是说 and 叫 of a name are not searched (decision 0067)', () => {
  assert.deepEqual(terms('那个就是说我脸上长了白斑'), terms('我脸上长了白斑'));
  assert.ok(!terms('就是说照光以后发红').includes('就是说'));
  assert.deepEqual(terms('这个是不是叫同形反应'), ['同形反应']);
  assert.ok(!terms('医学上叫什么').includes('叫'));
  assert.ok(!terms('俗称叫汗斑').includes('叫'));
  // 叫 of calling stays: 去叫号, 叫家人陪.
  assert.ok(terms('要去叫号吗').some((t) => t.includes('叫')));
  assert.ok(terms('叫家人陪着去').some((t) => t.includes('叫')));
});

test('a word\'s last character said again (白斑斑) is the word; 点 said twice stays (decision 0067)', () => {
  assert.deepEqual(terms('身上起白斑斑了'), ['身上', '白斑']);
  assert.deepEqual(terms('身上起白斑斑了'), terms('身上起白斑了'));
  // 白点点 is "little dots", the pages' 点状 and 小白点: 点 stays.
  assert.ok(terms('手上长白点点').includes('点'));
  // A character that does not echo the word before it stays, and so does a whole word the cut kept (锈迹斑斑).
  assert.deepEqual(terms('锈迹斑斑'), ['锈迹斑斑']);
  assert.ok(terms('白斑痒').includes('痒'));
});

test('two things set against each other with 还是 at the end are a comparison; 还是 of "still" is not (decision 0067)', () => {
  assert.equal(asksWhichOfTwo('移植还是激光'), true);
  assert.equal(asksWhichOfTwo('植皮还是照光好呢'), true);
  assert.equal(asksWhichOfTwo('先抹药还是先照光？'), true);
  assert.equal(asksWhichOfTwo('治了半年还是老样子'), false);
  assert.equal(asksWhichOfTwo('照了三个月还是没变化'), false);
  assert.equal(asksWhichOfTwo('涂了药还是会痒'), false);
  assert.equal(asksWhichOfTwo('照了还是照样白'), false);
  // 还是 with more after the second thing asks something else of it.
  assert.equal(asksWhichOfTwo('移植还是激光的费用高一些吗'), false);
  // Bounded: a long run of characters is read in one anchored pass.
  assert.equal(asksWhichOfTwo('白'.repeat(90) + '还是' + '光'.repeat(8)), false);
});

test('见效 is the 效果 and 起效 the pages and answers write (demo seed)', () => {
  assert.ok(demoTargets('见效').includes('效果'));
  assert.ok(demoTargets('见效').includes('起效'));
});
