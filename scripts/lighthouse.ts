import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, freePort } from './pg-cluster.js';
import { SERVER_ARGS } from './server-entry.js';

// `npm run lighthouse [-- /some/path]`: starts the real server (as `npm start` does)
// on an empty temporary DATA_DIR (so it loads the demo hospital), runs Lighthouse 12 with Debian's
// Chromium — mobile, the default form factor — on the article page, prints the four category
// scores and every audit that did not pass, saves the JSON report under test-output/lighthouse/,
// and exits 1 if any score is under 95. The server and the folder are removed whatever happens.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = process.argv[2] ?? '/articles/peeling-after-microneedling';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MIN_SCORE = 95;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
const LIGHTHOUSE = path.join(ROOT, 'node_modules', '.bin', 'lighthouse');
const OUT_DIR = path.join(ROOT, 'test-output', 'lighthouse');
const CONFIG_KEYS = [
  'PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'SITE_URL', 'CLINIC_TIMEZONE', 'LOG_LEVEL',
  'PAGE_CACHE', 'SEED_DEMO', 'TRUST_PROXY', 'VIEW_FLUSH_SECONDS',
];

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  errorMessage?: string;
  details?: { type?: string; items?: Record<string, unknown>[] };
}

interface Lhr {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<string, Audit>;
}

let server: ChildProcess | undefined;
let lighthouse: ChildProcess | undefined;
let dataDir: string | undefined;

function alive(c: ChildProcess | undefined): c is ChildProcess {
  return !!c?.pid && c.exitCode === null && c.signalCode === null;
}

/** Synchronous last resort (process 'exit'): the server and the temporary folder. */
function cleanup(): void {
  for (const c of [lighthouse, server]) if (alive(c)) c.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

/** On an interruption: Lighthouse stops its Chromium itself on SIGINT, so ask it first. */
async function abort(): Promise<void> {
  if (alive(lighthouse)) {
    const exited = new Promise((r) => lighthouse!.once('exit', r));
    lighthouse.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  cleanup();
}
process.once('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => void abort().then(() => process.exit(130)));
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

async function startServer(): Promise<{ base: string; log: string }> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-lighthouse-'));
  const port = await freePort();
  const log = path.join(dataDir, 'server.log');
  const fd = fs.openSync(log, 'a');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of CONFIG_KEYS) delete env[k];
  Object.assign(env, { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
  server = spawn(process.execPath, SERVER_ARGS, { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    if ((await get(`${base}/readyz`)) === 200) return { base, log };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server did not become ready:\n${fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')}`);
}

function ensureChromium(): void {
  if (fs.existsSync(CHROME)) return;
  if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH=${CHROME} does not exist`);
  console.log("Chromium not found: installing Debian's chromium package…");
  aptInstall(['chromium', 'fonts-noto-cjk']);
}

function itemSummary(a: Audit): string {
  const items = a.details?.items ?? [];
  if (!items.length) return '';
  const describe = (it: Record<string, unknown>): string | undefined => {
    const node = it.node as { snippet?: string } | undefined;
    if (node?.snippet) return node.snippet;
    if (typeof it.url === 'string') return it.url;
    if (typeof it.source === 'object' && it.source && 'url' in it.source) return String((it.source as { url: string }).url);
    return undefined;
  };
  const described = items.map(describe).filter((d): d is string => !!d);
  if (!described.length) return '';
  const shown = described.slice(0, 3).map((d) => `        · ${d.replace(/\s+/g, ' ').slice(0, 160)}`);
  return `\n${shown.join('\n')}${described.length > 3 ? `\n        · … ${described.length - 3} more` : ''}`;
}

async function main(): Promise<number> {
  if (!fs.existsSync(LIGHTHOUSE)) throw new Error(`${LIGHTHOUSE} is missing: run npm ci (lighthouse is a devDependency)`);
  ensureChromium();
  const { base, log } = await startServer();
  const url = base + PAGE;
  const status = await get(url); // also warms the page cache and the JIT, as a running site would be
  if (status !== 200) throw new Error(`GET ${PAGE} answered ${status}:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const name = PAGE.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  const reportFile = path.join(OUT_DIR, `${name}.report.json`);
  const version = spawnSync(LIGHTHOUSE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Lighthouse ${version} (mobile) on ${url} with ${CHROME}…`);
  // Lighthouse sometimes fails to record Chromium's trace (NO_NAVSTART) and says to run it again:
  // that is the tool, not the page, so it gets two more tries; any other failure stops here.
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(reportFile, { force: true });
    lighthouse = spawn(
      LIGHTHOUSE,
      [
        url,
        '--output=json',
        `--output-path=${reportFile}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--quiet',
      ],
      { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    lighthouse.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      process.stderr.write(d);
    });
    const code = await new Promise<number | null>((resolve) => lighthouse!.once('exit', (c) => resolve(c)));
    if (code === 0 && fs.existsSync(reportFile)) break;
    if (attempt < 3 && /run Lighthouse again/i.test(stderr)) {
      console.log(`Lighthouse could not record the page load (attempt ${attempt} of 3); running it again.`);
      continue;
    }
    throw new Error(`lighthouse exited with ${code}`);
  }

  const lhr = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings) console.log(`warning: ${w}`);

  console.log(`\n${lhr.finalDisplayedUrl} — Lighthouse ${lhr.lighthouseVersion}, mobile\n`);
  const scores: Record<string, number> = {};
  for (const id of CATEGORIES) {
    const c = lhr.categories[id];
    scores[id] = c?.score == null ? 0 : Math.round(c.score * 100);
    console.log(`  ${(c?.title ?? id).padEnd(16)} ${String(scores[id]).padStart(3)}${scores[id]! < MIN_SCORE ? `   (< ${MIN_SCORE})` : ''}`);
  }
  const perf = lhr.audits;
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`\n  Metrics: ${metrics.map((m) => `${perf[m]?.title ?? m} ${perf[m]?.displayValue ?? '—'}`).join(', ')}`);

  for (const id of CATEGORIES) {
    const c = lhr.categories[id];
    if (!c) continue;
    const failed = c.auditRefs
      .map((ref) => ({ ref, a: lhr.audits[ref.id]! }))
      .filter(({ a }) => a && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
      .filter(({ a }) => a.score === null || a.score < 0.9);
    console.log(`\n  ${c.title}: ${failed.length ? `${failed.length} audit(s) not passed` : 'every audit passed'}`);
    for (const { ref, a } of failed) {
      const score = a.score === null ? `error: ${a.errorMessage ?? 'no score'}` : `score ${a.score.toFixed(2)}`;
      const weight = ref.weight ? `weight ${ref.weight}` : 'weight 0: advisory, not part of the score';
      console.log(`    - ${a.title} [${a.id}; ${score}${a.displayValue ? `; ${a.displayValue}` : ''}; ${weight}]${itemSummary(a)}`);
    }
  }

  const low = CATEGORIES.filter((id) => scores[id]! < MIN_SCORE);
  console.log(`\nReport: ${path.relative(ROOT, reportFile)}`);
  console.log(low.length ? `FAIL: ${low.join(', ')} under ${MIN_SCORE}` : `PASS: every category ≥ ${MIN_SCORE}`);
  return low.length ? 1 : 0;
}

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  async (err) => {
    console.error(`lighthouse: ${err instanceof Error ? err.message : String(err)}`);
    await abort();
    process.exit(1);
  },
);
