import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { TurnBufferedDestination } from '../../src/http/log-destination.js';

test('the lines of one event-loop turn are written together, in order, at the end of the turn', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-log-')), 'out.log');
  const fd = fs.openSync(file, 'w');
  const dest = new TurnBufferedDestination(fd);
  const writes: number[] = [];
  const real = fs.writeSync;
  (fs as { writeSync: typeof fs.writeSync }).writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    writes.push(1);
    return real(...args);
  }) as typeof fs.writeSync;
  try {
    for (let i = 0; i < 100; i++) dest.write(`{"n":${i},"msg":"请求"}\n`);
    assert.equal(fs.readFileSync(file, 'utf8'), '', 'nothing is written within the turn');
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    assert.equal(writes.length, 1, 'one write for the whole turn');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    assert.deepEqual(lines.map((l) => JSON.parse(l).n), [...Array(100).keys()]);
    dest.write('{"n":100}\n');
    await new Promise((r) => setImmediate(r));
    assert.equal(writes.length, 2, 'a quiet moment: the next line goes out in its own turn');
  } finally {
    (fs as { writeSync: typeof fs.writeSync }).writeSync = real;
    fs.closeSync(fd);
  }
});

test('a large burst is written before the turn ends, and what is pending is written when the process exits', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-log-'));
  const script = path.join(dir, 'exit.ts');
  fs.writeFileSync(
    script,
    `import { TurnBufferedDestination } from ${JSON.stringify(path.resolve('src/http/log-destination.ts'))};
     const d = new TurnBufferedDestination(1, 64);
     for (let i = 0; i < 10; i++) d.write('line ' + i + ' ' + 'x'.repeat(20) + '\\n');
     d.write('the last line\\n');
     process.exit(3);`,
  );
  let out = '';
  try {
    execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  } catch (err) {
    const e = err as { status: number; stdout: string };
    assert.equal(e.status, 3);
    out = e.stdout;
  }
  assert.deepEqual(out.trim().split('\n'), [...[...Array(10).keys()].map((i) => `line ${i} ${'x'.repeat(20)}`), 'the last line']);
});
