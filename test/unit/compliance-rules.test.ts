import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText, RULES } from '../../src/compliance/index.js';
import { CATEGORIES, DOC_TYPES, type Example } from '../../src/compliance/types.js';

// Every rule carries its own examples: the bad ones must be flagged by that rule (warning or
// error) for their document type, the ok ones must not be. Without the model's veto (decision
// 0044), which is measured on the corpora and tested in compliance-model.test.ts: an example
// written to sit next to innocent look-alikes is just what the veto may lower.

const asCase = (e: Example) => (typeof e === 'string' ? { text: e, type: 'kepu' as const } : e);

test('every rule is complete: id, category, basis, levels, message, suggestion, examples both ways', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/, r.id);
    assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.category in CATEGORIES, `${r.id}: category`);
    assert.ok(r.basis.length > 30 && /《[^》]+》/.test(r.basis), `${r.id}: basis names the law`);
    assert.ok(r.message.length > 10 && r.suggestion.length > 10, `${r.id}: message and suggestion`);
    for (const t of DOC_TYPES) assert.ok(['error', 'warning', 'info', 'off'].includes(r.levels[t]), `${r.id}: level for ${t}`);
    // A block rule (heading) matches sections instead of patterns.
    assert.ok((r.patterns.length > 0 || r.heading) && r.patterns.every((p) => p.re.global), `${r.id}: global patterns or a heading`);
    assert.ok(r.examples.bad.length >= 2 && r.examples.ok.length >= 2, `${r.id}: at least two examples each way`);
  }
  for (const c of Object.keys(CATEGORIES)) assert.ok(RULES.some((r) => r.category === c), `category ${c} has a rule`);
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    for (const ex of rule.examples.bad.map(asCase)) {
      test(`flags [${ex.type}] ${ex.text}`, () => {
        const found = checkText(ex.text, { docType: ex.type, veto: false }).filter((f) => f.rule === rule.id && f.severity !== 'info');
        assert.ok(found.length > 0, `${rule.id} should flag: ${ex.text}`);
        for (const f of found) assert.equal(ex.text.slice(f.start, f.end), f.text);
      });
    }
    for (const ex of rule.examples.ok.map(asCase)) {
      test(`passes [${ex.type}] ${ex.text}`, () => {
        const rules = checkText(ex.text, { docType: ex.type, veto: false, model: null }).filter((f) => f.severity !== 'info');
        assert.deepEqual(rules.filter((f) => f.rule === rule.id).map((f) => f.text), [], `${rule.id} should not flag: ${ex.text}`);
        // Nor does the model name this rule where no rule flags the example. Where another rule
        // does, the model may add a resemblance of another kind (decision 0089): a second opinion on
        // a sentence already sent to a reviewer, not a finding of this rule's.
        if (rules.length) return;
        const found = checkText(ex.text, { docType: ex.type, veto: false }).filter((f) => f.rule === rule.id && f.severity !== 'info');
        assert.deepEqual(found.map((f) => f.text), [], `the model names ${rule.id} on: ${ex.text}`);
      });
    }
  });
}
