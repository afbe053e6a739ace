import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doctorAsked } from '../../src/search/query.js';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 37 of the labelled queries (helper srch39) led to; each rule test fails with its rule taken out.

test('a relative, a partner, a classmate or a teacher who said it is no word to search, nor is their 说 (decision 0074)', () => {
  assert.deepEqual(terms('我妈说我脖子上有白块'), ['脖子', '白块']);
  assert.ok(!terms('老公说我白斑边上多了一圈小白点').includes('老公'));
  assert.ok(!terms('老公说我白斑边上多了一圈小白点').includes('说'));
  assert.ok(!terms('同学说我手上的白斑会传染').includes('同学'));
  assert.ok(!terms('白斑 我爸跟我说要忌口').includes('我爸'));
  // Telling someone, 说明, a doctor who said it and a relative asked about stay.
  assert.ok(terms('要不要跟老公说').includes('说'));
  assert.ok(terms('老公说明书').includes('说明书'));
  assert.ok(terms('医生说要做病理切片 可怕吗').includes('医生'));
  assert.ok(terms('医生说要做病理切片 可怕吗').includes('说'));
  assert.ok(terms('我老公有白癜风 会传染给我吗').includes('老公'));
  assert.ok(Array.isArray(terms('我妈说'.repeat(30))));
});

test('a patch described from a photo: how it was seen is no word to search, a question about the photo is (decision 0074)', () => {
  assert.deepEqual(terms('照片上看手背一块白 是白癜风吗').slice(0, 2), ['手背', '一块']);
  assert.ok(!terms('照片上看手背一块白 是白癜风吗').includes('照片'));
  assert.ok(!terms('朋友拍的照片 白斑在紫灯下发蓝白色').includes('照片'));
  assert.ok(!terms('朋友拍的照片 白斑在紫灯下发蓝白色').includes('朋友'));
  assert.ok(!terms('看照片我女儿白斑上长了白头发').includes('照片'));
  assert.ok(!terms('从照片里看 脸上白了一块').includes('照片'));
  // A question about the photo, a photo named later, a device's photo and the word alone stay.
  assert.ok(terms('照片能看出来是白癜风吗').includes('照片'));
  assert.ok(terms('看照片能诊断吗').includes('照片'));
  assert.ok(terms('复诊带照片').includes('照片'));
  assert.ok(terms('皮肤镜拍的照片会不会被传出去').includes('照片'));
  assert.ok(terms('照片').includes('照片'));
  assert.ok(Array.isArray(terms('照片上看'.repeat(25))));
});

test('a character typed twice before a word beginning with it is one keystroke too many, a verb said twice is not (decision 0074)', () => {
  assert.deepEqual(terms('白白癜风能治好吗')[0], '白癜风');
  assert.ok(!terms('白白癜风能治好吗').includes('白'));
  assert.deepEqual(terms('光光疗'), ['光疗']);
  // A verb said twice before its object (晒晒太阳), a word's last character said again (白斑斑, echoed) and 点点 stay as they were.
  assert.ok(terms('白斑多晒晒太阳会好吗').includes('晒'));
  assert.ok(terms('白点点').includes('点'));
  assert.ok(!terms('白斑斑').includes('斑'));
  assert.ok(Array.isArray(terms('白白癜风'.repeat(25))));
});

test('a doctor asked for by what they teach or guide (教遮盖化妆的医生) is asked for as one who sees it is (decision 0074)', () => {
  assert.equal(doctorAsked('教遮盖化妆的医生'), '遮盖化妆');
  assert.equal(doctorAsked('有没有指导护理的大夫'), '有没有 护理');
  assert.equal(doctorAsked('看儿童白斑的医生'), '儿童白斑');
  // A doctor who taught something, with no doctor asked for, stays a question.
  assert.equal(doctorAsked('医生教我怎么涂药'), undefined);
  assert.equal(doctorAsked('老师教的方法'), undefined);
});

test('a lump of white (白块) is a 白斑, as 白点 is (demo seed, decision 0074)', () => {
  assert.ok(demoTargets('白块').includes('白斑'));
  assert.ok(demoTargets('白点').includes('白斑'));
});
