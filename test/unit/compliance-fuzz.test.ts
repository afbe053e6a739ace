import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../src/compliance/checker.js';
import { DOC_TYPES } from '../../src/compliance/types.js';

// Property test over the checker (issue 11): for random and adversarial text it never throws, every
// finding points at the original text, and no input takes more than a bound. Fixed seed, so a
// failure reproduces; the bound is generous for a loaded machine.

/** Pieces that the rules, the normaliser and the context code react to. */
const PIECES = [
  '根治', '最好', '第一', '无副作用', '治愈率', '神药', '患者心声', '“', '”', '《', '》', '"', '(', ')', '](', '![', '[1]', '？', '吗',
  '。', '，', '\n', '\n\n', '# ', '**', ' ', '\u3000', '\u200b', '＊', '·', '😀', '\ud83d', '\udc00', '1', '138', '%', 'zl', '本院', '不',
  '无法', '警惕', 'ｇｅｎ ｚｈｉ', 'gen zhi', 'zui hao', '跟治', '白癜风', '3个月', '| ', '- ', '> ', '专利技术', 'https://', '研究表明',
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((a) => a.join(''));
const random = fc.string({ unit: 'binary', maxLength: 2000 });
const repeated = fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), fc.integer({ min: 100, max: 4000 })).map(([a, b, n]) => (a + b).repeat(n));

test('the checker never throws, keeps offsets in the original text and stays within a time bound', () => {
  checkText('本院可以根治白癜风，神药', { docType: 'kepu' });
  fc.assert(
    fc.property(fc.oneof(adversarial, random, repeated), fc.constantFrom(...DOC_TYPES), (text, docType) => {
      // 20 µs a character plus 300 ms: linear, with room for a loaded machine. The fastest of up to
      // three runs counts (a descheduled run says nothing about the code; a quadratic case misses
      // the bound every time).
      const bound = 300 + text.length * 0.02;
      let ms = Infinity;
      let findings = checkText(text, { docType });
      for (let i = 0; i < 3 && ms >= bound; i++) {
        const t0 = performance.now();
        findings = checkText(text, { docType });
        ms = Math.min(ms, performance.now() - t0);
      }
      assert.ok(ms < bound, `${ms.toFixed(0)} ms for ${text.length} characters`);
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
        assert.equal(f.text, text.slice(f.start, f.end));
        assert.ok(f.line >= 1);
      }
    }),
    { seed: 20261202, numRuns: 300 },
  );
});
