import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { ratio, repeat } from '../helpers/linear.js';
import { heldOf, demoLexicon } from '../helpers/search.js';

// Planning a query must be linear in its length. The search box takes 100 characters, but the
// readings are regular expressions, and one with optional spaces around optional words backtracked
// over a run of spaces in the number of ways to split it: before the fix (review, session 39)
// 3点 with 96 spaces took 46 ms to plan and with 400 spaces 3 s. Here each worst-case shape is
// planned at 400 and at 1,600 characters (past the box, where a super-linear reading cannot hide
// behind the cap), and the second may cost at most about four times the first (test/helpers/linear.ts).

/** A plan of 1,600 characters takes 20–50 ms, one call per measure: a collection in three of them in a row once made a linear case look 9 times dearer. */
const MEASURES = 5;

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 白癜风: 50, 白斑: 52, 光疗: 12, 医生: 40, 激光: 20 });

/**
 * Runs of spaces and of other blanks, with and without words of the readings between them (the
 * clock, a question after a symptom, a doctor asked for, an English question, pinyin, numbers with
 * units, a word cut short), and text no reading knows.
 */
const WORST = [
  ' ',
  '\u3000 \t',
  '3点 ',
  '3点     x',
  '白斑     严重吗',
  '这种现     ',
  '医生 推荐 ',
  'could you recommend a doctor experienced in ',
  'baidianfeng ',
  '308 nm ',
  '白颠风',
  '吗？',
  'ab1 ',
  '%E4%',
];

test('planning a query is linear in its length on worst-case shapes: 1,600 characters cost at most about four times 400', async () => {
  const plan = (q: string) => planQuery(q, { vocab, synonyms, df });
  await plan('白癜风 308 nm 激光 doctor'); // the segmenter's dictionary and the JIT
  for (const unit of WORST) {
    const [p, r, small, big] = await ratio(1600, (n) => plan(repeat(unit, n)), MEASURES);
    assert.ok(r <= 8, `${JSON.stringify(unit)}: ${small.toFixed(2)} ms CPU for 400 characters, ${big.toFixed(2)} ms for 1,600`);
    assert.ok(Array.isArray(p.slots));
  }
});

test('a long run of one character between words is linear in its length', async () => {
  // A digit followed by a unit (308 nm) was looked for with a look-behind that ran back over the whole run of digits from
  // each digit: 白斑, 6,400 digits and 严重吗 took 36 ms, 1,600 digits 2.6 ms (review, session 40).
  const plan = (q: string) => planQuery(q, { vocab, synonyms, df });
  for (const unit of ['1', '308', ' 1', '1 a ', '白', '斑', '的', 'a', '?1', '%']) {
    const [, r, small, big] = await ratio(1600, (n) => plan(`白斑${repeat(unit, n)}严重吗`), MEASURES);
    assert.ok(r <= 8, `${JSON.stringify(unit)}: ${small.toFixed(2)} ms CPU for a run of 400, ${big.toFixed(2)} ms for 1,600`);
  }
});

test('the exact reading (the "search for the original words" link) is linear too', async () => {
  const plan = (q: string) => planQuery(q, { vocab, synonyms, df, exact: true });
  for (const unit of [' ', '3点     x', '白斑     严重吗', 'baidianfeng ']) {
    const [, r, small, big] = await ratio(1600, (n) => plan(repeat(unit, n)), MEASURES);
    assert.ok(r <= 8, `${JSON.stringify(unit)}: ${small.toFixed(2)} ms CPU for 400 characters, ${big.toFixed(2)} ms for 1,600`);
  }
});
