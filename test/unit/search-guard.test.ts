import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVAL_QUERIES } from '../../src/search/eval/queries.js';
import { guardedPatterns, mayMatch, replaceIf, requiredChars } from '../../src/search/guard.js';
import { asksWhichOfTwo, normalize, queryTerms, questionForm, spacedOut, spokenAsWritten, wavelengthAsWritten } from '../../src/search/segment.js';

// Decision 0107: a replacement of the query's reading is skipped when the text holds none of the
// characters every match of its regex needs, read off the regex's source (requiredChars). The guard
// follows any edit of a regex by itself; these tests keep the reader right.

const chars = (re: RegExp) => {
  const s = requiredChars(re);
  return s ? [...s].sort().join('') : undefined;
};

test('the reader: literals, classes, groups, quantifiers and look-arounds', () => {
  assert.equal(chars(/白癜风/u), '白'); // the first of equally small sets
  assert.equal(chars(/a?b/u), 'b');
  assert.equal(chars(/a*b+/u), 'b');
  assert.equal(chars(/a{0,2}b{1,3}/u), 'b');
  assert.equal(chars(/(?:甲|乙)丙?/u), '乙甲');
  assert.equal(chars(/甲|乙丙|[丁戊]/u), '丁乙戊甲');
  assert.equal(chars(/(?!x)y/u), 'y');
  assert.equal(chars(/(?<!x)y/u), 'y');
  assert.equal(chars(/(?=x)\p{L}/u), 'x'); // a positive look-ahead's character is in the text
  assert.equal(chars(/(?<=白斑|白点)又/u), '白'); // the look-behind's, met first
  assert.equal(chars(/[a-e]/u), 'abcde');
  assert.equal(chars(/\u{1F17F}\u{FE0F}?/u), '\u{1F17F}');
  assert.equal(chars(/\.|\[/u), '.[');
  assert.equal(chars(/(\d)\s*纳米/gu), '纳');
  assert.equal(chars(/(?<name>甲)\k<name>/u), '甲');
  assert.equal(chars(/补(?=[钙铁])/giu), '补');
});

test('the reader: no guard where a match may hold none of the characters it could name', () => {
  for (const re of [/\d+/u, /./u, /[^a]/u, /\p{Script=Han}/u, /甲|\s/u, /甲?/u, /(?!甲)/u, /^$/u, /(\p{L})\1/u, /[\u3400-\u9fff]/u, /k/iu, /re|回复/iu, /甲|(?:乙)?/u]) {
    assert.equal(requiredChars(re), undefined, String(re));
  }
  // A branch with nothing known makes the whole alternation unknown.
  assert.equal(requiredChars(/甲|乙|\w/u), undefined);
});

test('mayMatch and replaceIf: the same text as the replacement without a guard', () => {
  assert.equal(mayMatch(/又白了/gu, '白斑'), false);
  assert.equal(replaceIf('白斑又白了', /又白了/gu, ' 再次变白 '), '白斑 再次变白 ');
  assert.equal(replaceIf('白斑', /又白了/gu, 'x'), '白斑');
  assert.equal(mayMatch(/\d/u, 'abc'), true); // unknown: always runs
});

// The texts the reading's regexes see: every eval query as typed, normalised, and read.
const texts: string[] = [];
for (const { q } of EVAL_QUERIES) {
  const n = spacedOut(normalize(q));
  texts.push(q, n, spokenAsWritten(n), questionForm(n), wavelengthAsWritten(n));
  queryTerms(q);
  asksWhichOfTwo(n);
}

/** A seeded PRNG (mulberry32): the generated strings are the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('every guarded regex of the reading: skipped only where it matches nowhere (eval queries and generated strings)', () => {
  const patterns = guardedPatterns();
  // The reading's replacements all went through the guard while the eval queries were read.
  assert.ok(patterns.length >= 60, `${patterns.length} guarded regexes`);
  const rnd = prng(107);
  const filler = [...'白癜风斑点的了吗呢是不没有会一二三四五六七八九十百 ,，。?？:：-@[]0123456789abcnmz'];
  let guarded = 0;
  for (const re of patterns) {
    const s = requiredChars(re);
    if (s) guarded++;
    // Strings made of the regex's own characters and a few common ones: the branches meet their texts.
    const own = [...new Set([...re.source].filter((c) => !/[\\()[\]{}|?*+^$.]/.test(c)))];
    const pool = [...own, ...own, ...filler];
    const made: string[] = [];
    for (let k = 0; k < 400; k++) {
      const len = 1 + Math.floor(rnd() * 14);
      made.push(Array.from({ length: len }, () => pool[Math.floor(rnd() * pool.length)]!).join(''));
    }
    for (const t of [...texts, ...made]) {
      re.lastIndex = 0;
      const matches = re.test(t);
      re.lastIndex = 0;
      if (matches) assert.ok(mayMatch(re, t), `${re} matches ${JSON.stringify(t)}, which holds none of ${s ? [...s].join('') : ''}`);
      if (!mayMatch(re, t)) assert.equal(t.replace(re, '\u0000'), t);
    }
  }
  assert.ok(guarded >= 55, `${guarded} of ${patterns.length} regexes have a guard`);
});

test('every top-level branch of a guarded regex is guarded by characters of the whole', () => {
  // A branch added to a regex without one of the guard's characters changes the guard with it: the
  // guard is the union of the branches' sets, each read again here, branch by branch.
  for (const re of guardedPatterns()) {
    const all = requiredChars(re);
    if (!all) continue;
    let depth = 0;
    let klass = false;
    let from = 0;
    const branches: string[] = [];
    for (let i = 0; i < re.source.length; i++) {
      const c = re.source[i]!;
      if (c === '\\') i++;
      else if (klass) klass = c !== ']';
      else if (c === '[') klass = true;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        branches.push(re.source.slice(from, i));
        from = i + 1;
      }
    }
    branches.push(re.source.slice(from));
    for (const b of branches) {
      const own = requiredChars(new RegExp(b, re.flags));
      assert.ok(own && [...own].every((c) => all.has(c)), `${re}: branch /${b}/ needs one of ${own ? [...own].join('') : '(nothing known)'}`);
    }
  }
});
