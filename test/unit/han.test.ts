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
    // Hong Kong's 覆 for 复 in clinic words; 覆盖 keeps its own 覆.
    ['外地患者可以網上覆診嗎', '外地患者可以网上复诊吗'],
    ['覆檢報告', '复检报告'],
    ['覆蓋白斑', '覆盖白斑'],
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

test('the phrase lookup picks the phrase the longest-first list picks, wherever phrases overlap', async () => {
  const { PHRASES } = await import('../../src/web/han-simplified.data.js');
  const { simplifiedPhrases } = await import('../../src/web/han.js');
  // The reference: every trigger's phrases, longest first, the first that matches around it.
  const at = new Map<number, [string, string, number][]>();
  for (const entry of PHRASES.split('|')) {
    const [from, to] = entry.split(' ') as [string, string];
    for (let j = 0; j < from.length; j++) {
      if (from[j] === to[j]) continue;
      const list = at.get(from.charCodeAt(j)) ?? [];
      list.push([from, to, j]);
      at.set(from.charCodeAt(j), list);
    }
  }
  for (const list of at.values()) list.sort((a, b) => b[0].length - a[0].length);
  const reference = (text: string) => {
    const units = [...text].map((c) => c.charCodeAt(0));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === '著'.charCodeAt(0) || !at.has(c)) continue;
      const hit = at.get(c)!.find(([from, , j]) => i >= j && text.startsWith(from, i - j));
      if (hit) for (let j = 0; j < hit[1].length; j++) units[i - hit[2] + j] = hit[1].charCodeAt(j);
    }
    return String.fromCharCode(...units);
  };
  const phrases = PHRASES.split('|').map((e) => e.split(' ')[0]!);
  // Each phrase alone, cut at either end, and glued to the next two (overlaps of shapes).
  const texts = phrases.flatMap((p, i) => [p, p.slice(1), p.slice(0, -1), `白${p}${phrases[(i + 1) % phrases.length]}${phrases[(i + 7) % phrases.length]}`]);
  let seed = 7;
  const pick = () => phrases[(seed = (seed * 1103515245 + 12345) % 2147483648) % phrases.length]!;
  for (let n = 0; n < 2000; n++) texts.push(pick() + pick().slice(1) + '沈覆画' + pick());
  for (const t of texts) if (!t.includes('著')) assert.equal(simplifiedPhrases(t), reference(t), t);
});
