import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 46 of the labelled queries (helper srch48) led to; each rule test fails with its rule taken out.

test('a diagnosis someone was told (医生说是…, 说是…, 医生说我是…) is the condition named (DIAGNOSIS_TOLD, decision 0083)', () => {
  assert.deepEqual(typedTerms('医生说是白色糠疹'), ['白色糠疹']);
  assert.deepEqual(typedTerms('说是贫血痣'), ['贫血痣']);
  assert.deepEqual(typedTerms('医生说我是进展期'), ['进展期']);
  assert.deepEqual(typedTerms('大夫跟我说孩子是汗斑'), ['汗斑']);
  assert.ok(typedTerms('孩子脸上白斑医生说是白色糠疹').includes('白色糠疹'));
  assert.ok(!typedTerms('孩子脸上白斑医生说是白色糠疹').includes('医生'));
  // Left alone: advice without 是 (医生说要做病理切片), a question (说是不是), a claim checked (说是真的吗), 说明.
  assert.ok(typedTerms('医生说要做病理切片').includes('说'));
  assert.ok(typedTerms('说是不是白癜风').includes('说'));
  assert.deepEqual(typedTerms('说明书'), ['说明书']);
});

test('先 of order the cut leaves alone is not searched (query stopword, decision 0083)', () => {
  assert.ok(!typedTerms('医生说 进站期 要 先 控制住').includes('先'));
  assert.ok(!typedTerms('先 涂药 还是 先 照光').includes('先'));
  // Left alone: a word that begins with it stays whole.
  assert.ok(typedTerms('先天性白斑').some((w) => w.startsWith('先天')));
});

test('an @name followed by a doctor word (@苏静禾 医生在吗) names the doctor: the name stays (MENTION_DOCTOR, decision 0083)', () => {
  assert.ok(typedTerms('@苏静禾 医生在吗').join('').includes('苏静禾'));
  // Left alone: any other @mention is still left out, and one glued to its doctor word (@林医生) too.
  assert.deepEqual(typedTerms('@客服 白斑'), ['白斑']);
  assert.ok(!typedTerms('@林医生 308准分子光要照多久').includes('林'));
});
