// A node:test reporter that prints, once every file has run, the files that took longest: the sum of
// each file's top-level test durations and the wall-clock span from its first to its last event. It
// is how the suite's time is kept under watch (the brief's 25-minute goal) without a second run.
import path from 'node:path';

export default async function* timings(source) {
  const files = new Map();
  const t0 = Date.now();
  for await (const event of source) {
    const file = event.data?.file;
    if (!file) continue;
    const now = Date.now() - t0;
    let f = files.get(file);
    if (!f) files.set(file, (f = { tests: 0, first: now, last: now }));
    f.last = now;
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0) f.tests += event.data.details?.duration_ms ?? 0;
  }
  const rows = [...files].map(([file, f]) => ({ file: path.relative(process.cwd(), file), ...f })).sort((a, b) => b.tests - a.tests);
  const s = (ms) => `${(ms / 1000).toFixed(1).padStart(7)} s`;
  yield `\nSlowest test files (top-level test time; wall span from first to last event), of ${rows.length}:\n`;
  for (const r of rows.slice(0, 20)) yield `${s(r.tests)} ${s(r.last - r.first)}  ${r.file}\n`;
  const total = rows.reduce((n, r) => n + r.tests, 0);
  yield `${s(total)} in all, over ${s(Date.now() - t0)} of wall time\n`;
}
