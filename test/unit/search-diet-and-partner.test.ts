import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 51's two causes left by decision 0092 led to (decision 0093: food and drink asked about, dating and marriage);
// each rule test fails with its rule taken out.

test('a drink asked about (能喝茶吗, 喝奶茶会…) is the diet page\'s 饮食, not when a medicine is named (DRINK_ASKED, decision 0093)', () => {
  assert.deepEqual(typedTerms('白癜风能喝茶吗'), ['白癜风', '饮食', '茶']);
  assert.ok(typedTerms('白癜风能喝咖啡吗').includes('饮食'));
  assert.ok(typedTerms('喝奶茶会让白斑变多吗').includes('饮食'));
  // Left alone: a medicine drunk (喝中药, 汤剂能喝吗) keeps its verb and gets no 饮食.
  assert.deepEqual(typedTerms('喝中药会不会伤胃'), ['喝', '中药', '伤胃']);
  assert.deepEqual(typedTerms('中药汤剂能喝吗'), ['中药', '汤剂', '喝']);
});

test('a food glued to the 会 of "will it…" (吃辣会让白斑扩散吗) is set apart (EATEN_WILL, decision 0093)', () => {
  assert.deepEqual(typedTerms('吃辣会让白斑扩散吗'), ['吃', '辣', '白斑', '扩散']);
  // Must not change: medicines eaten, and foods the cut already set apart.
  assert.deepEqual(typedTerms('吃激素会不会发胖'), ['吃', '激素', '发胖']);
  assert.deepEqual(typedTerms('吃药会伤肝吗'), ['吃药', '会伤', '肝']);
  assert.deepEqual(typedTerms('口服激素会有副作用吗'), ['口服', '激素', '副作用']);
  assert.deepEqual(typedTerms('能吃药吗'), ['吃药']);
  assert.deepEqual(typedTerms('吃芒果会扩散吗'), ['吃', '芒果', '扩散']);
});

test('a metal\'s tableware (铜勺, 铜碗, 铁锅) is the metal and the 饮食 it is eaten with (TABLEWARE, decision 0093)', () => {
  assert.deepEqual(typedTerms('用铜勺吃饭对白斑有用吗'), ['铜', '饮食', '吃饭', '白斑', '有用吗']);
  assert.ok(typedTerms('用铜碗喝水').includes('铜'));
  assert.ok(typedTerms('用铁锅炒菜能补铁吗').includes('饮食'));
  // Left alone: the metal without tableware, and the supplement said as 补 (decision 0092).
  assert.deepEqual(typedTerms('铜钱'), ['铜钱']);
  assert.ok(!typedTerms('要不要补铜补锌').includes('饮食'));
});

test('marriage asked as allowed (能结婚吗, 可不可以结婚啊) is the 社交 of the emotional page; 结婚 elsewhere stays (MARRY_ASKED, decision 0093)', () => {
  assert.deepEqual(typedTerms('白癜风能结婚吗'), ['白癜风', '结婚', '社交']);
  assert.deepEqual(typedTerms('可不可以结婚啊'), ['结婚', '社交']);
  assert.ok(typedTerms('白斑会影响结婚吗').includes('社交'));
  // Must not change: marriage with a child or heredity after it, or not asked as allowed.
  assert.deepEqual(typedTerms('结婚生孩子会遗传吗'), ['结婚', '生', '孩子', '遗传']);
  assert.deepEqual(typedTerms('准备结婚'), ['准备', '结婚']);
  assert.deepEqual(typedTerms('结婚以后'), ['结婚']);
});

test('dating and being disliked as said (找对象, 谈对象, 嫌弃) lead to the emotional page\'s 社交 and 心理 (demo seed, decision 0093)', () => {
  assert.deepEqual(demoTargets('找对象'), ['社交']);
  assert.deepEqual(demoTargets('谈对象'), ['社交']);
  assert.ok(demoTargets('嫌弃').includes('心理'));
  // Left alone: food words get no synonym (the rules above read them), and marriage alone none.
  assert.deepEqual(demoTargets('喝茶'), []);
  assert.deepEqual(demoTargets('吃辣'), []);
  assert.deepEqual(demoTargets('结婚'), []);
});
