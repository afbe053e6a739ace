import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyedFindings } from '../../src/content/compliance-gate.js';
import { checkText, PER_RULE } from '../../src/compliance/checker.js';
import { ComplianceLive, SHOWN_PER_PARAGRAPH } from '../../src/content/compliance.admin.views.js';
import { toHtml } from '../../src/http/render.js';
import { RULES } from '../../src/compliance/rules/index.js';
import { ratio, repeat as repeatTo } from '../helpers/linear.js';

// Issue 11, defect 1: the checker and its highlighted view must be linear in the text plus the
// findings. Before the fix, 200,000 characters of `最好的治疗 根治 ` took minutes (every match
// rescanned its sentence and paragraph, overlaps were merged with findIndex, the view filtered all
// findings at every cut). How linearity is measured: test/helpers/linear.ts.

const N = 200_000;
const repeat = (unit: string, n = N) => repeatTo(unit, n);

/** Worst cases found while fixing: keyword stuffing with and without sentence ends, quotes that never close, link syntax that never ends, many tiny paragraphs; last, sentences no rule flags and the model does (its nearest-neighbour lookups). */
const WORST = ['最好的治疗 根治 ', '根治', '根治。', '“根治', '无副作用，', '神药 ', '我在医院治疗好了', '](', '![治疗前', '\n', '根\n\n', '# 患者心声\n', '根 * 治 ', '1', '研究表明', '我们这里的治疗方案效果非常好，很多人来了一次就不用再来了。', '| 疗法 | 见效时间 |\n|---|---|\n| 激光 | 2周 |\n', '| 见效时间 |\n', '|---|---', ' ', '根□治，', '保证痊●愈 根*治 ', '永不复×发。'];

test('the checker is linear on worst-case text: 200,000 characters cost at most about four times 50,000', async () => {
  checkText('本院可以根治白癜风，神药', { docType: 'kepu' }); // loads the segmenter's dictionary and builds the model
  for (const unit of WORST) checkText(unit.repeat(500), { docType: 'kepu' }); // and lets the JIT settle
  for (const unit of WORST) {
    const [[text, findings], r, small, big] = await ratio(N, (n) => {
      const t = repeat(unit, n);
      return [t, checkText(t, { docType: 'kepu' })] as const;
    });
    assert.ok(r <= 8, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms CPU for ${N / 4} characters, ${big.toFixed(1)} ms for ${N} (${findings.length} findings)`);
    for (const f of findings) assert.equal(f.text, text.slice(f.start, f.end));
  }
});

/**
 * One long run of a character between Chinese words: two unbounded runs of the same character side by side in a
 * pattern split the run every way. 20,000 spaces after 照射治疗 took 2.7 s (a short line's optional colon between two
 * runs of blanks) and 20,000 digits 0.7 s (a price's digits looked for from every digit of the run); review, session 40.
 */
const RUNS = ['1', ' ', '１', '.', '\t', '%', '根', '\n', '1.', 'zhi ', '、', '-'];

test('a long run of one character inside Chinese text is linear in its length', async () => {
  for (const unit of RUNS) {
    const [findings, r, small, big] = await ratio(N, (n) => checkText(`照射治疗${repeat(unit, n)}，一点都不疼`, { docType: 'ad' }));
    assert.ok(r <= 8, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms CPU for a run of ${N / 4}, ${big.toFixed(1)} ms for ${N} (${findings.length} findings)`);
  }
});

test("a long run of one character inside each rule's own bad examples is linear in its length", async () => {
  // Each rule's patterns are asked only when the text has its words (the prefilter), so a run inside the rule's own examples
  // reaches them all. Found this way (review, session 40): unanchored numbers (\d+元, [一二三…\d]+年前, \d+万 users, rates)
  // scanned a run of digits or numerals to its end from each of its characters, and a heading's lazy text tried every
  // trailing blank. A first measure screens; a case that looks more than linear is measured again as the tests above.
  const once = (t: string) => {
    const t0 = process.cpuUsage();
    checkText(t, { docType: 'ad' });
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
  };
  let cases = 0;
  for (const rule of RULES) {
    for (const bad of rule.examples.bad.slice(0, 2)) {
      const example = typeof bad === 'string' ? bad : bad.text;
      for (const unit of ['1', ' ', '一', '*', '.', '|', '\n', '：', '根', 'a']) {
        for (const at of [1, Math.floor(example.length / 2)]) {
          const text = (n: number) => example.slice(0, at) + unit.repeat(n) + example.slice(at);
          cases++;
          const small = once(text(4000));
          if (small < 5 || once(text(16_000)) / small < 6) continue;
          const [, r, a, b] = await ratio(16_000, (n) => checkText(text(n), { docType: 'ad' }));
          assert.ok(r <= 8, `${rule.id}: ${JSON.stringify(unit)} × 4,000 inside ${JSON.stringify(example)}: ${a.toFixed(1)} ms CPU, × 16,000 ${b.toFixed(1)} ms`);
        }
      }
    }
  }
  assert.ok(cases > 1000, `${cases} cases`);
});

test('keyword stuffing is reported, but a rule stops listing after a fixed number and says so', () => {
  const findings = checkText(repeat('根治。'), { docType: 'kepu' });
  const cure = findings.filter((f) => f.rule === 'cure-claim');
  assert.equal(cure.length, PER_RULE);
  assert.match(cure.at(-1)!.message, new RegExp(`已发现 ${PER_RULE} 处`));
  // Story headings too: each opens a section of its own, and the list stops at the same number.
  const headings = checkText(repeat('# 患者心声\n'), { docType: 'kepu' }).filter((f) => f.rule === 'testimonial-heading');
  assert.equal(headings.length, PER_RULE);
  assert.match(headings.at(-1)!.message, new RegExp(`已发现 ${PER_RULE} 处`));
  assert.doesNotMatch(headings[0]!.message, /已发现/);
  // Within one long run with no sentence end, still found (a few per sentence).
  assert.ok(checkText(repeat('最好的治疗 根治 '), { docType: 'kepu' }).some((f) => f.rule === 'cure-claim' && f.severity === 'error'));
});

test('the highlighted view of worst-case text is linear and bounded: at most 20 findings per paragraph, with "N more"', async () => {
  for (const unit of ['最好的治疗 根治 ', '“根治', '根治。\n']) {
    const view = (n: number) => {
      const body = repeat(unit, n);
      const content = { title: '标题', summary: '摘要', bodyMd: body, blocks: [] };
      const findings = keyedFindings(content, 'kepu');
      const review = { docType: 'kepu' as const, findings, unresolved: findings.filter((f) => f.severity === 'error'), blocked: true };
      return toHtml(<ComplianceLive review={review} bodyMd={body} />);
    };
    const [html, r, small, big] = await ratio(N, view);
    assert.ok(r <= 8, `${JSON.stringify(unit)}: view in ${small.toFixed(1)} ms CPU for ${N / 4} characters, ${big.toFixed(1)} ms for ${N}`);
    const marks = html.match(/<li id="cp-live-/g)?.length ?? 0;
    assert.ok(marks > 0);
    if (!unit.includes('\n')) {
      // One paragraph: only the first SHOWN_PER_PARAGRAPH are listed, then the count of the rest.
      assert.ok(marks <= SHOWN_PER_PARAGRAPH, `${marks} findings listed`);
      assert.match(html, /本段另有 \d+ 处未逐一标出/);
    }
  }
});
