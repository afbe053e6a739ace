import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { freePort } from '../../scripts/pg-cluster.js';
import { startServer, type RunningServer } from '../helpers/server.js';

// WORKERS > 1: one port, several worker processes, a primary that replaces the dead and drains the
// living, and /metrics on its own port adding up every worker — on both engines, as `npm start` runs.

interface Rec {
  msg: string;
  pid?: number;
  worker?: number;
  workerPid?: number;
  role?: string;
  url?: string;
}

function records(s: RunningServer): Rec[] {
  return s
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Rec);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const workerPids = (s: RunningServer) => records(s).filter((r) => r.msg === 'worker started').map((r) => r.workerPid!);

/** A fresh connection per request (no keep-alive), so the primary hands requests to every worker. */
async function get(url: string): Promise<number> {
  const r = await fetch(url, { headers: { connection: 'close' }, signal: AbortSignal.timeout(10_000) });
  await r.arrayBuffer();
  return r.status;
}

function promtool(): string {
  for (const p of ['/usr/bin/promtool', '/usr/local/bin/promtool']) if (fs.existsSync(p)) return p;
  throw new Error('promtool not found: npm test installs Debian\'s prometheus package; run the tests with npm test');
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`WORKERS=2 on ${dialect}`, () => {
    test('both workers answer on one port; a killed worker is replaced; /metrics adds them up and passes promtool; SIGTERM drains all', async () => {
      // The metrics port is found before the primary binds it; if another test takes it in between, try a fresh one.
      let metricsPort = 0;
      let s: RunningServer | undefined;
      for (let attempt = 1; !s; attempt++) {
        metricsPort = await freePort();
        try {
          s = await startServer({ dialect, env: { WORKERS: '2', METRICS_PORT: String(metricsPort) }, readyTimeoutMs: 120_000 });
        } catch (err) {
          if (attempt >= 3 || !(err as Error).message.includes(`:${metricsPort}`)) throw err;
        }
      }
      try {
        // /readyz answered by one worker: wait until both have started listening.
        await waitFor('two ready workers', () => records(s).filter((r) => r.msg === 'worker ready').length >= 2 || undefined);
        const primaryPid = s.pid;
        const pids = workerPids(s);
        assert.equal(pids.length, 2);
        assert.ok(!pids.includes(primaryPid), 'the workers are processes of their own');

        for (let i = 0; i < 40; i++) assert.equal(await get(`${s.url}/healthz`), 200);
        const served = new Set(records(s).filter((r) => r.url === '/healthz').map((r) => r.pid));
        assert.deepEqual([...served].sort(), [...pids].sort(), 'requests are spread over both workers');

        const text = await waitFor('metrics', async () => {
          const r = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
          return r.status === 200 ? r.text() : undefined;
        });
        // The public port does not serve them.
        assert.equal(await get(`${s.url}/metrics`), 404);
        const doctors = /clinicpress_http_requests_total\{route="\/healthz",method="GET",status="200"\} (\d+)/.exec(text);
        assert.ok(doctors, `no request counter for /healthz in:\n${text.slice(0, 2000)}`);
        assert.ok(Number(doctors[1]) >= 40, `the counter adds both workers up: ${doctors[1]}`);
        for (const name of ['clinicpress_page_cache_hits_total', 'clinicpress_db_query_duration_seconds_count', 'clinicpress_process_resident_memory_bytes', 'clinicpress_nodejs_eventloop_lag_seconds', 'clinicpress_db_pool_connections']) {
          assert.match(text, new RegExp(`^${name}`, 'm'), `${name} is exported`);
        }
        const file = path.join(os.tmpdir(), `clinicpress-metrics-${process.pid}-${dialect}.txt`);
        fs.writeFileSync(file, text);
        try {
          // promtool exits non-zero on a malformed exposition or a lint problem (names, units, help).
          execFileSync('sh', ['-c', `${promtool()} check metrics < ${file}`], { encoding: 'utf8', stdio: 'pipe' });
        } finally {
          fs.rmSync(file, { force: true });
        }

        // A worker that dies is replaced, and the site keeps answering meanwhile.
        process.kill(pids[0]!, 'SIGKILL');
        const replacement = await waitFor('a replacement worker', () => workerPids(s).find((p) => !pids.includes(p)));
        assert.ok(replacement);
        await waitFor('the replacement to be ready', () => records(s).some((r) => r.msg === 'worker ready' && r.pid === replacement) || undefined);
        for (let i = 0; i < 10; i++) assert.equal(await get(`${s.url}/`), 200);

        const code = await s.stop();
        assert.equal(code, 0, `exit code after SIGTERM:\n${s.output().slice(-3000)}`);
        const stopped = records(s);
        assert.ok(stopped.some((r) => r.msg === 'all workers stopped'));
        // Both living workers drained themselves (their own shutdown line), none was killed.
        const drained = new Set(stopped.filter((r) => r.msg === 'shutting down' && r.worker).map((r) => r.pid));
        assert.equal(drained.size, 2);
        for (const pid of [pids[1]!, replacement]) assert.throws(() => process.kill(pid, 0), 'worker process is gone');
      } finally {
        await s.stop();
      }
    });
  });
}

test('a worker whose primary is killed does not keep the port', async () => {
  const s = await startServer({ env: { WORKERS: '2' }, readyTimeoutMs: 120_000 });
  try {
    await waitFor('two ready workers', () => records(s).filter((r) => r.msg === 'worker ready').length >= 2 || undefined);
    const pids = workerPids(s);
    process.kill(s.pid, 'SIGKILL');
    await waitFor('workers to exit', () => pids.every((pid) => { try { process.kill(pid, 0); return false; } catch { return true; } }) || undefined, 30_000);
  } finally {
    await s.stop();
  }
});
