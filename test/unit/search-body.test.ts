import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsExactly, foldedContains } from '../../src/search/body.js';
import { pageOf } from '../../src/search/search.repository.js';
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

test('the phrase bonus folds traditional characters as the index and the highlighter do: a traditional document gets the bonus its simplified form gets', () => {
  const row = (id: number, title: string, body: string | Buffer, score: number) => ({ id, kind: 'article' as const, url: `/articles/a${id}`, title, body, published_at: '2026-01-01', score });
  const order = (hits: { url: string }[]) => hits.map((h) => h.url);
  // a1 holds the phrase together, a2 holds the words scattered and scores higher without the bonus.
  const scattered = row(2, '脱皮与微针', '治疗后脱皮，微针护理。', 1100);
  for (const [title, body] of [
    ['微针脱皮怎么办', '正文'],
    ['微針脫皮怎麼辦', '正文'],
    ['护理', '微針治療後會脫皮嗎？微針脫皮怎麼辦'],
    ['护理', Buffer.from('微針治療後會脫皮嗎？微針脫皮怎麼辦', 'utf8')],
  ] as const) {
    const page = pageOf([scattered, row(1, title, body, 1000)], 2, 10, 0, '微针脱皮');
    assert.deepEqual(order(page.hits), ['/articles/a1', '/articles/a2'], title);
  }
  // Without the phrase anywhere, the scores decide; a phrase with Latin letters folds the same way.
  assert.deepEqual(order(pageOf([scattered, row(1, '護理', Buffer.from('微針', 'utf8'), 1000)], 2, 10, 0, '微针脱皮').hits), ['/articles/a2', '/articles/a1']);
  assert.deepEqual(order(pageOf([scattered, row(1, '308NM 準分子光', '正文', 1000)], 2, 10, 0, '308nm 准分子光').hits), ['/articles/a1', '/articles/a2']);
  // In the text too, read as bytes; its Chinese run alone (the first test a mixed phrase meets) is not the phrase.
  assert.deepEqual(order(pageOf([scattered, row(1, '护理', Buffer.from('治療時用 308NM 準分子光照射', 'utf8'), 1000)], 2, 10, 0, '308nm 准分子光').hits), ['/articles/a1', '/articles/a2']);
  assert.deepEqual(order(pageOf([scattered, row(1, '护理', Buffer.from('準分子光與 308NM 分開寫', 'utf8'), 1000)], 2, 10, 0, '308nm 准分子光').hits), ['/articles/a2', '/articles/a1']);
  assert.ok(foldedContains('白癜风会传染')(Buffer.from('白癜風會傳染嗎', 'utf8')));
  assert.ok(!foldedContains('白癜风会传染')(Buffer.from('白癜风会', 'utf8')));
});
