// A node:test reporter that prints, once every file has run, the files that took longest: the sum of
// each file's top-level test durations, and the wall-clock time of its process as the runner timed it
// (loading included; the reporter's own clock would not do, since a file's events may wait for an
// earlier file's to be printed). It is how the suite's time is kept under watch (the brief's 25-minute goal).
import path from 'node:path';

export default async function* timings(source) {
  const files = new Map();
  const t0 = Date.now();
  for await (const event of source) {
    const file = event.data?.file;
    if (!file) continue;
    let f = files.get(file);
    if (!f) files.set(file, (f = { tests: 0, wall: 0 }));
    // The file itself completes as a test named by its path, timed by the runner from its process's start to its end
    // (it has no pass or fail event of its own); its top-level tests pass or fail at the same nesting.
    if (event.type === 'test:complete' && event.data.name === file) f.wall = event.data.details?.duration_ms ?? 0;
    else if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.name !== file) f.tests += event.data.details?.duration_ms ?? 0;
  }
  // A unit file run in a shared process (scripts/test.ts) has no process of its own: its tests' time ranks it, and the
  // shared process is listed by its own wall time.
  const shown = (file) => (file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : path.basename(file));
  const rows = [...files].map(([file, f]) => ({ file: shown(file), ...f })).sort((a, b) => (b.wall || b.tests) - (a.wall || a.tests));
  const s = (ms) => `${(ms / 1000).toFixed(1).padStart(7)} s`;
  yield `\nSlowest test files (wall time of its process, or "shared"; its top-level tests' time), of ${rows.length}:\n`;
  for (const r of rows.slice(0, 20)) yield `${r.wall ? s(r.wall) : '   shared'} ${s(r.tests)}  ${r.file}\n`;
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  yield `${s(sum('wall'))} ${s(sum('tests'))}  in all, over ${s(Date.now() - t0).trim()} of the run's wall time\n`;
  // By tier (test/<tier>/…; the unit tier's shared processes count as unit), to see which tier a change of time is in.
  const tiers = new Map();
  for (const r of rows) {
    const underTest = r.file.startsWith(`test${path.sep}`);
    const tier = underTest ? r.file.split(path.sep)[1] : 'unit';
    const t = tiers.get(tier) ?? { wall: 0, tests: 0, files: 0 };
    tiers.set(tier, { wall: t.wall + r.wall, tests: t.tests + r.tests, files: t.files + (underTest ? 1 : 0) });
  }
  for (const [tier, t] of tiers) yield `${s(t.wall)} ${s(t.tests)}  ${tier} (${t.files} files)\n`;
}
