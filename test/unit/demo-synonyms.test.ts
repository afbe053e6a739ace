import assert from 'node:assert/strict';
import { test } from 'node:test';
import { synonyms } from '../../src/demo/data/synonyms.js';

// search_synonym holds each (term, target) pair once (a unique constraint); the demo seed inserts
// these rows as they are. Two search batches that each added the same English visit words met
// only at the merge, where seeding would have failed on the constraint.
test('the demo synonyms name each (term, target) pair once, trimmed, and never a word as its own target', () => {
  const seen = new Set<string>();
  for (const { term, target } of synonyms) {
    assert.equal(term, term.trim(), `"${term}" has spaces around it`);
    assert.equal(target, target.trim(), `"${target}" has spaces around it`);
    assert.notEqual(term, target);
    const key = `${term}\u0000${target}`;
    assert.ok(!seen.has(key), `${term} → ${target} is listed twice`);
    seen.add(key);
  }
});
