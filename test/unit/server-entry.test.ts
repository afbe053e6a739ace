import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SERVER_ARGS } from '../../scripts/server-entry.js';
import { REPO_ROOT } from '../helpers/server.js';

// Tests, benchmarks and Lighthouse start the server through SERVER_ARGS: it must be what
// `npm start` runs, or they would measure something an operator never runs.

test('npm start runs node with SERVER_ARGS', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.equal(pkg.scripts.start, `node ${SERVER_ARGS.join(' ')}`);
});

// In the bundle every module shares the bundle's URL, so a path made from a module's own
// import.meta.url points into dist/ instead of beside the source. src/paths.ts is the one place.
test('no module under src/ locates files from its own import.meta.url, except src/paths.ts', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && fs.readFileSync(p, 'utf8').includes('import.meta.url')) offenders.push(path.relative(REPO_ROOT, p));
    }
  };
  walk(path.join(REPO_ROOT, 'src'));
  // segment.ts and db/sqlite-driver.ts resolve packages (node_modules is found from dist/ as from src/), not files of ours.
  // search.thread.ts starts a thread on the code that is running (the bundle when bundled, its own
  // source under tsx), which is exactly its own URL, and resolves tsx's package from it.
  assert.deepEqual(offenders.sort(), ['src/db/sqlite-driver.ts', 'src/paths.ts', 'src/search/search.thread.ts', 'src/search/segment.ts']);
});
