import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleFields } from '../../src/content/compliance-article.js';
import { checkText, RULES } from '../../src/compliance/index.js';
import { readCorpus } from '../../src/compliance/eval.js';
import { normalize } from '../../src/compliance/normalize.js';
import { everyMatch, Prefilter, requiredLiterals, requiredOffset, type Sighting } from '../../src/compliance/prefilter.js';
import { articles } from '../../src/demo/data/articles/index.js';
import { ROOT } from '../../src/paths.js';

// The prefilter (src/compliance/prefilter.ts) skips a pattern when none of its required literals is
// in the text. It may only ever skip work: if a pattern can match a text, the prefilter must let it
// run. Shown here on every pattern against the development corpora, the demo site and every
// rule's own examples, and on random texts built from the patterns' own words.

const sorted = (xs: string[] | null) => (xs ? [...xs].sort() : xs);

test('required literals: alternations, optional parts, lookarounds, classes, unbounded gaps', () => {
  assert.deepEqual(sorted(requiredLiterals(/效果(?:非常|十分)?显著/g)), ['效果十分显著', '效果显著', '效果非常显著']);
  // A gap of unknown text keeps one side: the one with the longer shortest string, then the fewer.
  assert.deepEqual(sorted(requiredLiterals(/(?:白斑|病灶)[^,，。]{0,6}?(?:变黑|由白转黑)/g)), ['病灶', '白斑']);
  assert.deepEqual(sorted(requiredLiterals(/(?:白|斑)[^,，。]{0,6}?(?:变黑|由白转黑)/g)), ['变黑', '由白转黑']);
  assert.deepEqual(sorted(requiredLiterals(/(?<=本院)根治(?!性)/g)), ['根治']);
  // What a positive lookaround requires must be in the text too, and it can be the better set: a
  // pattern that opens with (?<=群聊…\n) and a name (no literal of its own) is not run everywhere.
  assert.deepEqual(sorted(requiredLiterals(/(?<=(?:群聊|聊天记录)[^]{0,200}?\n)[王李张][\u4e00-\u9fff]{1,2}[:：]/g)), ['群聊', '聊天记录']);
  assert.deepEqual(sorted(requiredLiterals(/可(?<=(?:患者|您)可)\*{2,}/g)), ['患者可', '您可']);
  assert.deepEqual(sorted(requiredLiterals(/[\u4e00-\u9fff]{2}(?=疗效)/g)), ['疗效']);
  // A negative one requires nothing, and a lookaround between literals does not cut them apart.
  assert.equal(requiredLiterals(/[\u4e00-\u9fff]{2}(?!疗效)/g), null);
  assert.deepEqual(sorted(requiredLiterals(/治(?=愈)愈/g)), ['治愈']);
  assert.deepEqual(sorted(requiredLiterals(/[一二]折/g)), ['一折', '二折']);
  assert.deepEqual(sorted(requiredLiterals(/\d+%治愈/g)), ['%治愈']);
  assert.deepEqual(sorted(requiredLiterals(/\d+%\s?治愈/g)), ['治愈']);
  assert.deepEqual(sorted(requiredLiterals(/根治|治愈/g)), ['根治', '治愈']);
  // Nothing is required: such a pattern always runs.
  assert.equal(requiredLiterals(/[^。]{2,}/g), null);
  assert.equal(requiredLiterals(/根治|[\u4e00-\u9fff]{3}/g), null);
  assert.equal(requiredLiterals(/a?/g), null);
  // Case-insensitive patterns match letters the literals would not name.
  assert.equal(requiredLiterals(/no\.1/gi), null);
});

test('required offset: how far into a match its required string can start', () => {
  // The exact strings are the whole match; an alternation takes its furthest branch.
  assert.equal(requiredOffset(/根治|治愈/g), 0);
  assert.equal(requiredOffset(/效果(?:非常|十分)?显著/g), 0);
  // The chosen set after a bounded gap: 白 or 斑 (1), up to six more characters (6).
  assert.equal(requiredOffset(/(?:白|斑)[^,，。]{0,6}?(?:变黑|由白转黑)/g), 7);
  // Up to three digits, then the run 个月痊愈 / 月内痊愈 / …, the longer strings.
  assert.equal(requiredOffset(/\d{1,3}个?月(?:内|之内)?痊愈/g), 3);
  // The run before the gap (一个疗程 …) beats the one after it (痊愈, 治愈): longer.
  assert.equal(requiredOffset(/[一二三]个?疗程[^。]{0,4}(?:痊愈|治愈)/g), 0);
  // Equally long, 痊愈 is one string against two: up to 3 + 3 + 4 characters before it.
  assert.equal(requiredOffset(/(?:[一二三四五六七八九十]{1,3}|\d{1,2})个?疗程[^。]{0,4}痊愈/g), 10);
  // A lookbehind consumes nothing; a lookahead's string is beside the match, not in it.
  assert.equal(requiredOffset(/(?<=本院)根治(?!性)/g), 0);
  assert.equal(requiredOffset(/[\u4e00-\u9fff]{2}(?=疗效)/g), Infinity);
  // An unbounded gap before the string, and a repeat whose first round carries it.
  assert.equal(requiredOffset(/[^。]+?治愈/g), Infinity);
  assert.equal(requiredOffset(/(?:[^，]{0,3}治愈){2,}/g), 3);
  // Nothing required at all.
  assert.equal(requiredOffset(/[^。]{2,}/g), Infinity);
});

function chunks(): string[] {
  const dir = path.join(ROOT, 'test', 'fixtures', 'compliance');
  const rows = [...readCorpus(path.join(dir, 'corpus.tsv')), ...readCorpus(path.join(dir, 'corpus-dev-holdout.tsv'))].map((r) => r.text);
  const examples = RULES.flatMap((r) => [...r.examples.bad, ...r.examples.ok].map((e) => (typeof e === 'string' ? e : e.text)));
  const demo = articles.flatMap((a) => articleFields(a).map((f) => f.text));
  const out: string[] = [...demo];
  const all = [...rows, ...examples];
  for (let i = 0; i < all.length; i += 25) out.push(all.slice(i, i + 25).join('\n'));
  return out;
}

const PATTERNS = RULES.flatMap((r) => r.patterns.map((p) => p.re));

function unsound(pf: Prefilter, raw: string): string | undefined {
  const text = normalize(raw).text;
  const live = pf.scan(text);
  for (let k = 0; k < PATTERNS.length; k++) {
    if (live[k]) continue;
    const re = PATTERNS[k]!;
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m) return `pattern ${k} (${re.source.slice(0, 60)}…) matches 「${m[0]}」 but was ruled out`;
  }
  return undefined;
}

test('every part a pattern requires must be in the text, not only the most selective one', () => {
  const live = (re: RegExp, text: string) => new Prefilter([re]).scan(text)[0] === 1;
  // 在 … 上班的 … 老师: 上班的 (the most selective part) alone is not enough, nor 在 and 老师 without it.
  const job = /(?:在|于)[^,，。]{2,8}?上班的[^,，。]{0,4}?老师/g;
  assert.equal(live(job, '上班的人都累了'), false);
  assert.equal(live(job, '王老师说明天要降温'), false);
  assert.equal(live(job, '在家的老师'), false);
  assert.equal(live(job, '在市一中上班的李老师'), true);
  // The strings need not sit in the order of the pattern: it is their presence that is read.
  assert.equal(live(job, '老师说上班的人在减少'), true);
  // An optional part requires nothing, and each branch of an alternation stands alone.
  assert.equal(live(/复色(?:明显|显著)?/g, '复色'), true);
  assert.equal(live(/在[^,]{0,3}上班|休息/g, '周日休息'), true);
  assert.equal(live(/(?:光疗|药膏)[^。]{0,6}(?:根治|治愈)/g, '光疗后注意防晒'), false);
  // A positive lookaround's strings must be in the text too; a negative one's need not.
  assert.equal(live(/治疗(?=[^。]{0,5}痊愈)/g, '治疗中'), false);
  assert.equal(live(/治疗(?![^。]{0,5}痊愈)/g, '治疗中'), true);
  // Inside a lookbehind, as inside the match.
  assert.equal(live(/(?<=本院)[^。]{0,4}根治/g, '可以根治'), false);
  assert.equal(live(/(?<=本院)[^。]{0,4}根治/g, '本院可以根治'), true);
});

test('every pattern that matches a corpus, demo or example text is let through, and most are ruled out', () => {
  const pf = new Prefilter(PATTERNS);
  assert.ok(pf.unfiltered <= PATTERNS.length / 20, `${pf.unfiltered} of ${PATTERNS.length} patterns have no literal`);
  let live = 0;
  let total = 0;
  for (const text of chunks()) {
    const bad = unsound(pf, text);
    assert.equal(bad, undefined, bad);
    for (const x of pf.scan(normalize(text).text)) live += x;
    total += PATTERNS.length;
  }
  // The point of it: on this text most patterns need not run (about a fifth do).
  assert.ok(live / total < 0.5, `${((100 * live) / total).toFixed(1)}% of patterns live`);
});

test('random texts made of the patterns own words and gaps: never a pattern ruled out that matches', () => {
  const pf = new Prefilter(PATTERNS);
  // Words taken from the sources: the Han runs of every pattern, cut into pieces of 1–4 characters.
  const words = [...new Set(PATTERNS.flatMap((re) => re.source.match(/[\u4e00-\u9fff]{1,4}/g) ?? []))];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('，', '。', ' ', '1', '30', '%', '？', '\n', '的', '了', '我们', '本院'));
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
      const bad = unsound(pf, parts.join(''));
      assert.equal(bad, undefined, bad);
    }),
    { numRuns: 400 },
  );
});

test('the checker finds the same with and without the prefilter', () => {
  for (const text of chunks().slice(0, 160)) {
    for (const docType of ['kepu', 'ad'] as const) {
      const a = checkText(text, { docType, model: null });
      const b = checkText(text, { docType, model: null, prefilter: false });
      assert.deepEqual(a, b);
    }
  }
});

/** A pattern's matches as the checker reads them, from the prefilter's sighting or from a scan of the whole text. */
function both(pf: Prefilter, k: number, s: Sighting): [string, string] {
  const text = s.text;
  const read = (next: () => RegExpExecArray | null) => {
    const out: string[] = [];
    for (let m = next(); m; m = next()) out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? null)}`);
    return out.join('|');
  };
  return [read(everyMatch(PATTERNS[k]!, text)), s.live[k] ? read(pf.matches(k, s)) : ''];
}

test('looked for only where the required strings are, every pattern finds what a scan of the whole text finds', () => {
  const pf = new Prefilter(PATTERNS);
  // Both ways of looking: strings seen at a few places and a small offset (tried at each start), and the rest (scanned
  // from the first place on). Most patterns have a bounded offset.
  const bounded = PATTERNS.filter((re) => requiredOffset(re) < Infinity).length;
  assert.ok(bounded >= PATTERNS.length * 0.8, `${bounded} of ${PATTERNS.length} patterns with a bounded offset`);
  let compared = 0;
  for (const raw of chunks()) {
    const text = normalize(raw).text;
    const s = pf.sight(text);
    // The patterns ruled out are the test above's.
    for (let k = 0; k < PATTERNS.length; k++) {
      if (!s.live[k]) continue;
      const [whole, sighted] = both(pf, k, s);
      assert.equal(sighted, whole, `pattern ${k} (${PATTERNS[k]!.source.slice(0, 60)}…) on 「${text.slice(0, 80)}」`);
      if (whole) compared++;
    }
  }
  assert.ok(compared > 1000, `${compared} texts with matches compared`);
});

test('random texts with the patterns own words repeated: the same matches both ways', () => {
  const pf = new Prefilter(PATTERNS);
  const words = [...new Set(PATTERNS.flatMap((re) => re.source.match(/[\u4e00-\u9fff]{1,4}/g) ?? []))];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('，', '。', ' ', '1', '30', '%', '？', '\n', '的', '了', '我们', '本院', '个月', '患者'));
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (parts) => {
      const text = normalize(parts.join('')).text;
      const s = pf.sight(text);
      for (let k = 0; k < PATTERNS.length; k++) {
        if (!s.live[k]) continue;
        const [whole, sighted] = both(pf, k, s);
        assert.equal(sighted, whole, `pattern ${k} on 「${text}」`);
      }
    }),
    { numRuns: 300 },
  );
});
