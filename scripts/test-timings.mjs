// A node:test reporter that prints, once every file has run, the files that took longest: the sum of
// each file's top-level test durations, and its wall-clock time from the moment its process was started
// (the file's own dequeue event; its enqueue comes when the run starts) to its last event, which
// includes loading. It is how the suite's time is kept under watch (the brief's 25-minute goal).
import path from 'node:path';

export default async function* timings(source) {
  const files = new Map();
  const t0 = Date.now();
  for await (const event of source) {
    const file = event.data?.file;
    if (!file) continue;
    const now = Date.now() - t0;
    let f = files.get(file);
    if (!f) files.set(file, (f = { tests: 0, first: undefined, last: now }));
    if (event.type === 'test:dequeue' && event.data.name === file) f.first = now;
    f.last = now;
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0) f.tests += event.data.details?.duration_ms ?? 0;
  }
  const rows = [...files].map(([file, f]) => ({ file: path.relative(process.cwd(), file), ...f, wall: f.last - (f.first ?? f.last) })).sort((a, b) => b.wall - a.wall);
  const s = (ms) => `${(ms / 1000).toFixed(1).padStart(7)} s`;
  yield `\nSlowest test files (wall time of its process; its top-level tests' time), of ${rows.length}:\n`;
  for (const r of rows.slice(0, 20)) yield `${s(r.wall)} ${s(r.tests)}  ${r.file}\n`;
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  yield `${s(sum('wall'))} ${s(sum('tests'))}  in all, over ${s(Date.now() - t0).trim()} of the run's wall time\n`;
}
