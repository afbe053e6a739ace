import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cut, indexTokens, queryTerms } from '../../src/search/segment.js';

test('the clinic dictionary keeps clinic words whole', () => {
  const words = cut('白癜风患者做滚针和微针后配合光疗，可帮助黑色素细胞恢复');
  for (const w of ['白癜风', '滚针', '微针', '光疗', '黑色素细胞']) assert.ok(words.includes(w), `${w} in ${words.join('|')}`);
});

test('the index also holds the parts of long words, so shorter queries find them', () => {
  const tokens = indexTokens('黑色素细胞').split(' ');
  assert.ok(tokens.includes('黑色素细胞'));
  assert.ok(tokens.includes('黑色素'));
});

test('queries are normalised: full-width letters, case, punctuation, function words', () => {
  assert.deepEqual(queryTerms('ＮＢ－ＵＶＢ'), ['nb', 'uvb']);
  assert.deepEqual(queryTerms('白癜风会传染吗？'), ['白癜风', '传染']);
  assert.deepEqual(queryTerms('？！……。，'), []);
  assert.deepEqual(queryTerms('微针 微针'), ['微针']);
});
