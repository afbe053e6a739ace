import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { phraseExceptions, renderTable, simplifiedPairs } from '../../scripts/gen-simplified.js';
import { simplified, simplifiedUnit } from '../../src/web/han.js';
import { articles as DEMO_ARTICLES } from '../../src/demo/data/articles/index.js';

test('the committed table is what OpenCC and the generator give today', async () => {
  const committed = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'src', 'web', 'han-simplified.data.ts'), 'utf8');
  const pairs = await simplifiedPairs();
  assert.equal(committed, renderTable(pairs, await phraseExceptions(pairs)));
});

test('traditional characters become simplified, one for one', () => {
  const cases: [string, string][] = [
    ['白癜風會傳染嗎', '白癜风会传染吗'],
    ['皮膚乾燥，術後護理', '皮肤干燥，术后护理'],
    ['徹底擺脫，斷根不復發', '彻底摆脱，断根不复发'],
    ['國際領先技術', '国际领先技术'],
    // Taiwan and Hong Kong forms.
    ['這裡', '这里'],
    // Variants OpenCC's tables keep (scripts/gen-simplified.ts).
    ['暱稱', '昵称'],
    ['痊瘉', '痊愈'],
    ['復甦', '复苏'],
  ];
  for (const [from, to] of cases) {
    assert.equal(simplified(from), to);
    assert.equal(simplified(from).length, from.length);
  }
  assert.equal(String.fromCharCode(simplifiedUnit('療'.charCodeAt(0))), '疗');
});

test('simplified text comes back unchanged, including the characters both scripts use for their own meaning', () => {
  for (const s of ['什么', '显著', '著名专家', '蒜薹', '哪吒', 'NB-UVB 308nm', '😭😭怎么办？']) assert.equal(simplified(s), s);
  // Every demo article, written in simplified characters, is left exactly as it is.
  let chars = 0;
  for (const a of DEMO_ARTICLES) {
    const text = JSON.stringify(a);
    chars += text.length;
    assert.equal(simplified(text), text, a.slug);
  }
  assert.ok(chars > 40_000, `${chars} characters of demo articles`);
});
