import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BODY_MAX_CHARS } from '../../src/content/article-form.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// Issue 11, defect 1: an editor's live compliance check of a long body stuffed with risky words
// (POST /staff/articles/compliance) answered after 41 s, and a public page requested meanwhile
// waited 38 s. The check now runs in slices that hand the event loop back, and its work is linear
// in the text plus the findings. Bound from the issue: public p99 < 50 ms while the check runs.

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

function form(bodyMd: string): Record<string, string> {
  return {
    title: '白癜风的光疗',
    summary: '介绍光疗的基本知识。',
    slug: 'load-test',
    category_id: '1',
    doc_type: 'kepu',
    source: '青禾皮肤科普编辑部（演示）',
    author_doctor_id: '',
    body_md: bodyMd,
    block_count: '0',
  };
}

/**
 * The form as a browser could send it with only ASCII percent-encoded: Chinese stays raw UTF-8
 * (3 bytes a character instead of 9), which is how ~60,000 characters fit the 256 KB form limit.
 */
async function postRaw(app: TestApp, client: StaffClient, url: string, fields: Record<string, string>) {
  const enc = (v: string) => v.replace(/[\x00-\x7f]/g, (c) => (/[A-Za-z0-9_.-]/.test(c) ? c : encodeURIComponent(c)));
  const payload = Object.entries({ _csrf: client.csrf, ...fields })
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
  return app.app.inject({
    method: 'POST',
    url,
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    payload: Buffer.from(payload, 'utf8'),
  });
}

function p99(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)]!;
}

for (const dialect of dialects) {
  describe(`live compliance check under load on ${dialect.name}`, () => {
    let app: TestApp;
    let editor: StaffClient;

    before(async () => {
      app = await demoApp(dialect);
      editor = await signedIn(app, ['editor']);
      await editor.get('/staff/articles/new');
    });
    after(() => app.close());

    test('a public page stays answered (p99 < 50 ms) while an editor checks a long body of risky words', async () => {
      // Warm up the public page and the checker (segmenter dictionary, JIT).
      for (let i = 0; i < 5; i++) assert.equal((await app.app.inject({ method: 'GET', url: '/' })).statusCode, 200);
      assert.equal((await postRaw(app, editor, '/staff/articles/compliance', form('本院可以根治白癜风。'))).statusCode, 200);

      const bodies = [repeat('最好的治疗 根治 ', BODY_MAX_CHARS - 10), repeat('根治。\n\n', BODY_MAX_CHARS - 10), repeat('无副作用，“包治百病”', BODY_MAX_CHARS - 10)];
      const measure = async () => {
        const latencies: number[] = [];
        for (const body of bodies) {
          let done = false;
          const check = postRaw(app, editor, '/staff/articles/compliance', form(body)).finally(() => (done = true));
          // Public requests one after another for as long as the check runs.
          while (!done) {
            const t0 = performance.now();
            const res = await app.app.inject({ method: 'GET', url: '/' });
            latencies.push(performance.now() - t0);
            assert.equal(res.statusCode, 200);
            await new Promise((r) => setTimeout(r, 2));
          }
          const res = await check;
          assert.equal(res.statusCode, 200);
          const shown = text(res.body);
          assert.ok(/合规检查 按健康科普检查：\d+ 个错误/.test(shown), shown.slice(0, 200));
          // The panel shows a bounded number of findings and says how many more there are (per
          // paragraph, or per rule once a rule has been found 200 times).
          assert.ok(/另有 \d+ 处未逐一标出|已发现 200 处/.test(shown), 'the panel says the list is cut');
          assert.ok(res.body.length < 2_000_000, `the panel is ${res.body.length} bytes`);
        }
        assert.ok(latencies.length >= 10, `only ${latencies.length} public requests were made while the checks ran`);
        return latencies;
      };
      // Wall time also counts whatever else the machine runs: other test files, or other work on a
      // shared CI host once held a public request 67 ms. A check that kept the event loop would hold
      // every public request for seconds, in every round; so a round under the bound is enough, and
      // up to three rounds are measured before the test says no.
      const seen: string[] = [];
      for (let round = 0; round < 3; round++) {
        const latencies = await measure();
        const worst = p99(latencies);
        seen.push(`${worst.toFixed(1)} ms over ${latencies.length} requests`);
        if (worst < 50) return;
      }
      assert.fail(`public p99 not under 50 ms in any of three rounds: ${seen.join('; ')}`);
    });

    test('a body over the character limit is refused with 413 and a message, counted on the decoded text', async () => {
      // 60,001 Chinese characters are 180 KB of UTF-8 and fit the form limit; still one over the limit.
      const res = await postRaw(app, editor, '/staff/articles/compliance', form(repeat('根', BODY_MAX_CHARS + 1)));
      assert.equal(res.statusCode, 413);
      assert.ok(/超过了 60000 个字符的上限/.test(text(res.body)), text(res.body).slice(0, 200));
      const ok = await postRaw(app, editor, '/staff/articles/compliance', form(repeat('根', BODY_MAX_CHARS)));
      assert.equal(ok.statusCode, 200);
    });
  });
}
