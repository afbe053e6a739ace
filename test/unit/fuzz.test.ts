import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainText, renderBody } from '../../src/web/markdown.js';
import { AppError } from '../../src/http/errors.js';
import { parsePage, parseSlug } from '../../src/http/params.js';

// Issue 11, acceptance 2: property-based fuzzing of Markdown rendering and parameter parsing with
// random and adversarial input. Fixed seeds and bounded runs: the same cases every run, in seconds.
// The time bound per call is generous (the machine is shared); it catches super-linear blow-ups,
// which take many seconds on these sizes, not a few milliseconds of noise.

const BOUND_MS = 2000;
const SEED = 20261202;

/** Markdown built from the constructs that nest or backtrack, repeated, mixed with any text. */
const adversarialMarkdown = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.array(fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '#', '|', '-', '\\', '\n', ' ', '&', ';', ':', '"', "'", '~', '{', '}', '\u0000', '\u202e', '\ufffd', '\ud800'), { maxLength: 3000 }).map((a) => a.join('')),
  fc.tuple(fc.constantFrom('> ', '- ', '1. ', '* ', '[', '*', '`', '<div>', '[x](', '![a](', '|a|', '    ', '{{', ':::'), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => s.repeat(n)),
  fc.constant(`${'['.repeat(5000)}x${']('.repeat(5000)}`),
  fc.constant(`<script>alert(1)</script>[x](javascript:alert(1)) <img src=x onerror=alert(1)> ${'**a '.repeat(3000)}`),
);

test('Markdown rendering: any text renders without throwing, in bounded time, and never passes raw script or javascript: links through', () => {
  fc.assert(
    fc.property(adversarialMarkdown, (md) => {
      const t0 = performance.now();
      const { parts } = renderBody(md);
      const text = plainText(md);
      const ms = performance.now() - t0;
      assert.ok(ms < BOUND_MS, `rendering ${md.length} characters took ${ms.toFixed(0)} ms`);
      assert.equal(typeof text, 'string');
      for (const p of parts) {
        if (p.kind !== 'html') continue;
        // Escaped text may say "onerror="; a real tag may not carry it.
        assert.ok(!/<script|href="javascript:|<[a-z][^>]*\son\w+=/i.test(p.html), 'no script, javascript: link or event handler got through');
      }
    }),
    { seed: SEED, numRuns: 60 },
  );
});

/** What a query string or path parameter can turn into once parsed: strings, arrays, objects, prototype keys. */
const anyParam = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1000, max: 100_000 })).map(([s, n]) => s.repeat(n)),
  fc.constantFrom('', '0', '-1', '1e3', '10001', '1.5', 'NaN', 'Infinity', '0x10', ' 7 ', '７', '__proto__', 'constructor', '%E4%B8', 'a--b', '-a', 'a-', 'ABC', 'a'.repeat(101)),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 6 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1}}')),
);

test('parameter parsing: any value is either accepted as valid or refused with a 400, never anything else', () => {
  fc.assert(
    fc.property(anyParam, (v) => {
      for (const [parse, check] of [
        [parseSlug, (r: unknown) => typeof r === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r) && r.length <= 100],
        [parsePage, (r: unknown) => Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 10_000],
      ] as const) {
        const t0 = performance.now();
        try {
          assert.ok(check(parse(v)), `accepted an invalid value: ${String(v).slice(0, 50)}`);
        } catch (err) {
          if (err instanceof assert.AssertionError) throw err;
          assert.ok(err instanceof AppError && err.status === 400, `refused with something other than a 400: ${String(err)}`);
        }
        assert.ok(performance.now() - t0 < BOUND_MS);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    }),
    { seed: SEED, numRuns: 200 },
  );
});
