import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall, startPgCluster } from './pg-cluster.js';

// `npm test`: starts what the tests need (a throwaway PostgreSQL cluster; Debian's Chromium for the
// browser tier), runs every test file with node:test, and stops the cluster whatever happens.
// Usage: npm test [-- unit|integration|e2e ... | -- test/<tier>/<file>.test.ts ...]  (default: all tiers)

// Run in this order: node:test starts the files in the order given as its slots free, so the longest
// tier (browsers, several processes) goes first and the many short unit files fill the last slots,
// instead of a browser test starting alone at the end.
const TIERS = ['e2e', 'integration', 'unit'] as const;
// Test files may also be named one by one: npm test -- test/integration/questions.test.ts
const args = process.argv.slice(2);
const named = args.filter((a) => /\.test\.tsx?$/.test(a));
const asked = args.filter((a) => (TIERS as readonly string[]).includes(a));
const tiers = asked.length ? asked : named.length ? [...new Set(named.map((f) => f.split('/')[1]).filter((t) => (TIERS as readonly string[]).includes(t!)))] as string[] : [...TIERS];

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(path.join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

const found = named.length ? named : tiers.flatMap((t) => testFiles(path.join('test', t)));
if (!found.length) {
  console.error(`No test files found for ${tiers.join(', ')}: refusing to report success.`);
  process.exit(1);
}

// The unit tier's small files run several to a process. Most of a small file's time was its process: starting
// node and tsx and importing the modules it tests (85 search files took 100 s one by one, 9.5 s in one process;
// the unit tier spent 195 of its 367 s of file time outside its tests). A file that times or measures itself
// (linearity, wall-clock bounds) still gets a process of its own, so that other files' garbage and compiled code
// cannot sway its figures, and so do the compliance files, each several seconds of its own. A file named on the
// command line always runs alone.
const SHARD_FILES = 20;
let shardDir: string | undefined;
function shard(all: string[]): string[] {
  if (named.length || !tiers.includes('unit')) return all;
  const unit = all.filter((f) => f.startsWith(path.join('test', 'unit') + path.sep));
  const measures = (f: string) => /cpuUsage|memoryUsage|performance\.now|Date\.now\(\)|\bratio\(/.test(fs.readFileSync(f, 'utf8'));
  const together = unit.filter((f) => !path.basename(f).startsWith('compliance-') && !measures(f));
  if (together.length < 2) return all;
  shardDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-unit-'));
  const shards: string[] = [];
  const count = Math.ceil(together.length / SHARD_FILES);
  for (let i = 0; i < count; i++) {
    // Spread evenly, in name order (neighbours share the modules they import).
    const part = together.slice(Math.floor((i * together.length) / count), Math.floor(((i + 1) * together.length) / count));
    const file = path.join(shardDir, `unit-${i + 1}-of-${count}.test.mjs`);
    const urls = part.map((f) => pathToFileURL(path.resolve(f)).href);
    // A file that fails to load is one failed test that names it; the shard's other files still run.
    fs.writeFileSync(
      file,
      `// ${part.join(', ')}: run in one process by scripts/test.ts.\nimport { test } from 'node:test';\n` +
        `for (const url of ${JSON.stringify(urls)}) {\n  try {\n    await import(url);\n  } catch (error) {\n    test(\`\${url} failed to load\`, () => {\n      throw error;\n    });\n  }\n}\n`,
    );
    shards.push(file);
    console.log(`${path.basename(file)}: ${part.map((f) => path.basename(f)).join(' ')}`);
  }
  // Before the short files the unit tier keeps one to a process, so that the last slots fill with short work.
  const alone = unit.filter((f) => !together.includes(f));
  return [...all.filter((f) => !unit.includes(f)), ...alone, ...shards];
}

// NODE_ENV=test: the recording SMS provider keeps codes readable for the tests that type them (src/messaging/sms.ts).
const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', TZ: process.env.TZ ?? 'UTC', NODE_ENV: process.env.NODE_ENV ?? 'test' };
let cluster: Awaited<ReturnType<typeof startPgCluster>> | undefined;
if (tiers.some((t) => t !== 'unit')) {
  cluster = await startPgCluster();
  env.TEST_PG_URL = cluster.url;
  console.log(`PostgreSQL test cluster at ${cluster.url}`);
}
if (tiers.includes('e2e')) {
  // Debian's packages the end-to-end tier drives for real: the browser, nginx in front of two
  // instances, and promtool to validate /metrics.
  const missing = [
    ['/usr/bin/chromium', ['chromium', 'fonts-noto-cjk']],
    ['/usr/sbin/nginx', ['nginx']],
    ['/usr/bin/promtool', ['prometheus']],
  ].flatMap(([file, pkgs]) => (fs.existsSync(file as string) ? [] : (pkgs as string[])));
  if (missing.length) {
    console.log(`Installing Debian's ${missing.join(', ')} for the end-to-end tests…`);
    aptInstall(missing);
  }
}

const stop = () => {
  cluster?.stop();
  if (shardDir) fs.rmSync(shardDir, { recursive: true, force: true });
};

// The compliance model's training cache, written once here before the files run (src/compliance/warm.ts): on a
// clean checkout every server's warm-up child and every test process that checks text would otherwise train it
// at once, two files at a time, and a browser test's page waited past its timeout behind a server training it.
const warmed = spawnSync(process.execPath, ['--import', 'tsx', path.join('src', 'compliance', 'warm.ts'), '--verbose'], { stdio: 'inherit', env });
if (warmed.status !== 0) {
  console.error('Training the compliance model failed: see above.');
  stop();
  process.exit(1);
}

process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

// A test that never ends (a browser waiting for a page that never comes) fails after a quarter of
// an hour instead of holding the run until CI's limit; the longest test takes about 100 s.
const TEST_TIMEOUT_MS = 15 * 60_000;

// Files run side by side, each in its own process: TEST_CONCURRENCY overrides how many at a time, for a
// machine with more cores. Two is right for two: with three, the browser tier kept both cores busy (0 % idle
// in vmstat) and two browser tests timed out waiting for a navigation.
const CONCURRENCY = Number(process.env.TEST_CONCURRENCY) || 2;
// The spec reporter for every test, then the slowest files once all have run (scripts/test-timings.mjs).
const REPORTERS = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/test-timings.mjs', '--test-reporter-destination=stdout'];

const files = shard(found);
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', ...REPORTERS, `--test-concurrency=${CONCURRENCY}`, `--test-timeout=${TEST_TIMEOUT_MS}`, ...files],
  { stdio: 'inherit', env },
);
const code: number = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
stop();
process.exit(code);
