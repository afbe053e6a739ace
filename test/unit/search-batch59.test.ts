import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 59 of the labelled queries (helper srch62, written blind) led to; each test fails with its seed rows taken out.

test('being laughed at or stared at is the 目光 of others and the 心理 of the emotional page, as 嫌弃 (decision 0102)', () => {
  assert.deepEqual(demoTargets('笑话'), ['目光', '心理']);
  assert.deepEqual(demoTargets('嘲笑'), ['目光', '心理']);
  assert.deepEqual(demoTargets('取笑'), ['目光', '心理']);
  assert.deepEqual(demoTargets('盯'), ['目光']);
  assert.deepEqual(typedTerms('别人老盯着我脸上的白斑看'), ['别人', '盯', '脸上', '白斑', '看']);
});

test('丢人 / 丢脸 are 心理 and 情绪 as 自卑; a blind date (相亲) is 社交 as 找对象 (decision 0102)', () => {
  assert.deepEqual(demoTargets('丢人'), ['心理', '情绪']);
  assert.deepEqual(demoTargets('丢脸'), ['心理', '情绪']);
  assert.deepEqual(demoTargets('相亲'), ['社交']);
});

test('忌嘴 is 忌口, 怕晒 (cut 怕|晒) is 防晒, 回老家 is 外出, 梅雨 is 季节 and 湿度 (decision 0102)', () => {
  assert.deepEqual(demoTargets('忌嘴'), ['忌口']);
  assert.deepEqual(typedTerms('怕晒'), ['怕', '晒']);
  assert.deepEqual(demoTargets('怕 晒'), ['防晒']);
  assert.deepEqual(demoTargets('回老家'), ['外出']);
  assert.deepEqual(demoTargets('梅雨'), ['季节', '湿度']);
});

test('Dr, the English abbreviation, is the doctor, not the pinyin initials of a vocabulary word (decision 0102)', () => {
  assert.deepEqual(demoTargets('dr'), ['医生']);
});

test('left alone in batch 59: 笑 and 看 alone, 不敢 and 短袖, 不想见人 cut apart, 结婚生孩子', () => {
  assert.deepEqual(demoTargets('笑'), []);
  assert.deepEqual(demoTargets('不敢'), []);
  assert.deepEqual(demoTargets('短袖'), []);
  assert.deepEqual(typedTerms('不敢穿短袖'), ['不敢', '穿', '短袖']);
  assert.deepEqual(typedTerms('脸上有白斑越来越不想见人'), ['脸上', '白斑', '越来越', '不想', '见', '人']);
  assert.deepEqual(typedTerms('白癜风能结婚生孩子吗'), ['白癜风', '结婚', '生', '孩子']);
});
