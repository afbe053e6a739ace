import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsExactly } from '../../src/search/body.js';
import { snippet } from '../../src/search/search.service.js';

// The in-memory path reads bodies as UTF-8 bytes and decodes only around the first match
// (src/search/body.ts): its snippets must be exactly those of the decoded text.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['白癜风', '微针', '护理', '治疗后', '的', '。', '，', 'nm', '308', 'Ａ', '😀', ' ', '  ', '\n\n', '\u3000', '\t ', '光', '斑'];

function body(rnd: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    // Long whitespace runs now and then: the window must notice it cannot decide and decode it all.
    s += rnd() < 0.01 ? ' '.repeat(Math.floor(rnd() * 400)) : PIECES[Math.floor(rnd() * PIECES.length)]!;
  }
  return s;
}

test('a snippet from the bytes of a body equals the snippet of its text', () => {
  const rnd = prng(13);
  const termSets = [['白癜风'], ['微针', '护理'], ['斑'], ['量子'], [], ['治疗后', '😀'], ['光', '白癜风', '的']];
  let checked = 0;
  for (let i = 0; i < 3000; i++) {
    const text = i % 7 === 0 ? ` \n${body(rnd, Math.floor(rnd() * 60))}\u3000 ` : body(rnd, Math.floor(rnd() * 3000));
    const terms = termSets[i % termSets.length]!;
    for (const width of [90, 30, 9]) {
      assert.deepEqual(snippet(Buffer.from(text, 'utf8'), terms, width), snippet(text, terms, width), JSON.stringify({ i, terms, width }));
      checked++;
    }
  }
  assert.equal(checked, 9000);
});

test('terms that need folding (Latin letters) take the decoded text, with the same result', () => {
  const text = '准分子光 VITILIGO 治疗，Ｅｘｃｉｍｅｒ 308NM 与 白癜风'.repeat(20);
  for (const terms of [['vitiligo'], ['excimer', '白癜风'], ['308nm']]) assert.deepEqual(snippet(Buffer.from(text), terms), snippet(text, terms));
});

test('a phrase is found in bytes exactly where it is found in text', () => {
  const text = '光疗后皮肤发红怎么护理😀白癜风护理';
  for (const phrase of ['白癜风护理', '护理😀', '发红怎么', '风护理吗', '']) assert.equal(containsExactly(Buffer.from(text), phrase), text.includes(phrase), phrase);
});
