import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { ALLOW_FILE, check, compare, counts, FEATURE_TIERS, FEATURES, type Allow } from '../../scripts/check-layers.js';

// The layering rules of docs/decisions/0020-two-layers.md, checked over every import in src/.

test('src/ keeps the two layers: nothing beyond the allow-list, and the allow-list holds nothing fixed', () => {
  const r = check();
  const allow = JSON.parse(fs.readFileSync(ALLOW_FILE, 'utf8')) as Allow;
  const c = counts(r.violations);
  // Progress made visible in the test log.
  console.log(`layers: ${r.files} files; cycles ${c.cycle}, upward ${c.upward}, side doors ${c['side-door']}, SQL outside repositories ${c.sql}`);
  const { beyond, stale } = compare(r.violations, allow);
  assert.deepEqual(beyond, [], 'new layering violations (see scripts/check-layers.ts for the rules)');
  assert.deepEqual(stale, [], 'fixed violations still in scripts/check-layers.allow.json: delete them (npm run check:layers -- --write-allow)');
});

test('issue 16, acceptance 1: no cycle between folders and no upward import, with nothing allowed', () => {
  const r = check();
  const c = counts(r.violations);
  assert.deepEqual(r.cycles, [], 'folders that import each other round a cycle');
  assert.equal(c.upward, 0, 'imports from the platform up into a feature or the composition');
  assert.equal(c['side-door'], 0, 'a feature reaching past another feature\'s index.ts');
  const allow = JSON.parse(fs.readFileSync(ALLOW_FILE, 'utf8')) as Allow;
  assert.deepEqual([allow.cycle, allow.upward, allow['side-door']], [{}, {}, {}], 'the allow-list may hold only SQL sites still to move');
});

test('every feature-to-feature import goes down a tier, and docs/ARCHITECTURE.md draws the tiers the code has', () => {
  assert.deepEqual(Object.keys(FEATURE_TIERS).sort(), [...FEATURES].sort(), 'every feature has a tier');
  const up: string[] = [];
  for (const edge of check().edges.keys()) {
    const [a, b] = edge.split(' -> ') as [string, string];
    if (FEATURES.has(a) && FEATURES.has(b) && FEATURE_TIERS[b]! >= FEATURE_TIERS[a]!) up.push(`${edge} (tier ${FEATURE_TIERS[a]} -> ${FEATURE_TIERS[b]})`);
  }
  assert.deepEqual(up, [], 'a feature imports one of its own tier or above');
  // The drawing: inside the FEATURES box, a line starting with a digit opens a tier; each feature
  // (written "name/") belongs to the last tier opened.
  const doc = fs.readFileSync(path.join(import.meta.dirname, '../../docs/ARCHITECTURE.md'), 'utf8');
  const box = doc.slice(doc.indexOf('│ FEATURES'), doc.indexOf('│ PLATFORM'));
  const drawn: Record<string, number> = {};
  let tier = -1;
  for (const line of box.split('\n')) {
    const m = /^│\s+(\d)\s/.exec(line);
    if (m) tier = Number(m[1]);
    if (tier < 0) continue;
    for (const f of line.matchAll(/\b([a-z]+)\/ /g)) if (FEATURES.has(f[1]!)) drawn[f[1]!] = tier;
  }
  assert.deepEqual(drawn, FEATURE_TIERS);
});

test('the checker finds each kind of violation in a small tree', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  try {
    const put = (f: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    };
    put('http/app.ts', "import { a } from '../content/content.service.js';\nexport const app = a;\n"); // upward
    put('content/content.service.ts', "import { b } from '../booking/booking.service.js';\nexport const a = b;\n"); // side door
    put('content/index.ts', "export { a } from './content.service.js';\n");
    put('booking/booking.service.ts', "import { a } from '../content/index.js';\nexport const b = 1;\nexport const q = (db: any) => db.selectFrom('x');\n"); // sql
    put('booking/booking.repository.ts', "export const r = (db: any) => db.selectFrom('x');\n"); // allowed
    put('booking/index.ts', "export type { b } from './booking.service.js';\n");
    put('db/schema.ts', "import type { T } from '../booking/booking.tables.js';\nexport type S = T;\n"); // the schema exception
    put('booking/booking.tables.ts', 'export type T = 1;\n');
    const r = check(dir);
    const keys = r.violations.map((v) => `${v.kind}: ${v.key}`).sort();
    assert.deepEqual(keys, [
      'cycle: booking content',
      'side-door: content/content.service.ts -> booking/booking.service.ts',
      'sql: booking/booking.service.ts',
      'upward: http/app.ts -> content/content.service.ts',
    ]);
    // And the allow-list comparison reports both directions.
    const { beyond, stale } = compare(r.violations, { cycle: { 'booking content': 1 }, upward: {}, 'side-door': {}, sql: { 'booking/booking.service.ts': 2, 'gone.ts': 1 } });
    assert.deepEqual(beyond, ['upward: http/app.ts -> content/content.service.ts (1 > 0)', 'side-door: content/content.service.ts -> booking/booking.service.ts (1 > 0)']);
    assert.deepEqual(stale, ['sql: booking/booking.service.ts (allowed 2, found 1)', 'sql: gone.ts (allowed 1, found 0)']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
