import { CONFIG_KEYS } from '../../src/config.js';
import { TEST_DATA_KEY } from './db.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../scripts/pg-cluster.js';
import { SERVER_ARGS } from '../../scripts/server-entry.js';

// The REAL entry point (what `npm start` runs: scripts/server-entry.ts) as a child process, for end-to-end tests:
// a free port, a fresh DATA_DIR, optionally a fresh PostgreSQL database, and JSON logs at info level.

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every variable src/config.ts reads: none of them leaks in from the test runner's environment. */

/** Children still running when the test process ends are killed, so a failed test never leaks a server. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-e2e-'));
}

function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of CONFIG_KEYS) delete env[k];
  // node --test marks its children with NODE_TEST_CONTEXT; the server is no test file.
  delete env.NODE_TEST_CONTEXT;
  // The key the test databases are seeded with; a test that means "no key" passes DATA_KEY: ''.
  env.DATA_KEY = TEST_DATA_KEY;
  // NODE_ENV is a configuration key too, cleared above: test servers keep the runner's (npm test
  // sets "test", so the recording SMS provider keeps the codes browser tests type).
  if (process.env.NODE_ENV) env.NODE_ENV = process.env.NODE_ENV;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

interface Spawned {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  output(): string;
}

function spawnEntry(env: Record<string, string | undefined>): Spawned {
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: REPO_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let out = '';
  let err = '';
  let all = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    all += d;
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    all += d;
  });
  // 'close' (not 'exit') so everything the process wrote has been read.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, stdout: () => out, stderr: () => err, output: () => all };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a fresh, EMPTY database on the test cluster (the entry point migrates and seeds it).

export interface PgDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createPgDatabase(): Promise<PgDatabase> {
  const admin = process.env.TEST_PG_URL;
  // Never skip PostgreSQL quietly: without a server the tests fail and say how to get one.
  if (!admin) throw new Error('TEST_PG_URL is not set: run the tests with `npm test`, which starts a PostgreSQL cluster.');
  const name = `cp_e2e_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface ServerOptions {
  /** 'sqlite' (default): the SQLite file in DATA_DIR; 'postgres': a fresh database on TEST_PG_URL. */
  dialect?: 'sqlite' | 'postgres';
  /** Use this DATABASE_URL as given (nothing is created or dropped). Overrides `dialect`. */
  databaseUrl?: string;
  /** Use this DATA_DIR instead of a fresh temporary folder (it is then not removed). */
  dataDir?: string;
  /** More environment for the server (e.g. SITE_URL); undefined values are left out. */
  env?: Record<string, string | undefined>;
  /** How long to wait for /readyz to answer 200. */
  readyTimeoutMs?: number;
  /** Listen on this port (a restarted instance behind a proxy keeps its port); default: a free one. */
  port?: number;
}

export interface RunningServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  port: number;
  dataDir: string;
  dialect: 'sqlite' | 'postgres';
  databaseUrl: string | undefined;
  pid: number;
  /** SIGTERM, wait for the process to end, clean up; resolves to the exit code (null if it was killed). */
  stop(): Promise<number | null>;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  stdout(): string;
  stderr(): string;
}

const STOP_TIMEOUT_MS = 15_000;

/** Starts the real entry point and resolves once GET /readyz answers 200. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  // The free port is found before the child binds it, so another process may take it in between:
  // retry (with fresh data) when that is the reason the server could not listen.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (err) {
      if (attempt < 3 && err instanceof PortTakenError && !opts.port) continue;
      throw err;
    }
  }
}

class PortTakenError extends Error {}

/** What src/server.ts logs at info once a single process, or one worker of a cluster, has bound its port (startServer runs it at info). */
const LISTENING = /ClinicPress is serving \S+ \(|"msg":"worker ready"/;

async function startOnce(opts: ServerOptions): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? tempDir();
  const pgDb = !opts.databaseUrl && opts.dialect === 'postgres' ? await createPgDatabase() : undefined;
  const databaseUrl = opts.databaseUrl ?? pgDb?.url;
  const cleanup = async () => {
    if (pgDb) await pgDb.drop();
    if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const p = spawnEntry({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    // One process unless a test asks for a cluster: most tests are about one server's behaviour.
    WORKERS: '1',
    ...opts.env,
  });
  const url = `http://127.0.0.1:${port}`;
  let exitedEarly: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void p.exited.then((e) => (exitedEarly = e));

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  let lastError = '';
  while (true) {
    // Another test's server may hold the port our child could not bind, and answer /readyz for it
    // (a clean-clone CI once ran a whole browser suite that way): the child's EADDRINUSE, whether it
    // has exited yet or not, is a retry at once, and a 200 counts only once our child has said it listens.
    if (/EADDRINUSE/.test(p.output())) {
      p.child.kill('SIGKILL');
      await p.exited;
      await cleanup();
      throw new PortTakenError(`port ${port} was taken:\n${p.output()}`);
    }
    if (exitedEarly) {
      await cleanup();
      throw new Error(`server exited (code ${exitedEarly.code}, signal ${exitedEarly.signal}) before it was ready:\n${p.output()}`);
    }
    if (Date.now() > deadline) {
      p.child.kill('SIGKILL');
      await p.exited;
      await cleanup();
      throw new Error(`server did not answer /readyz within ${opts.readyTimeoutMs ?? 60_000} ms (last: ${lastError}):\n${p.output()}`);
    }
    if (!LISTENING.test(p.output())) {
      lastError = 'not listening yet';
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    try {
      const r = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) break;
      lastError = `HTTP ${r.status}`;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let stopped: Promise<number | null> | undefined;
  return {
    url,
    port,
    dataDir,
    dialect: databaseUrl ? 'postgres' : 'sqlite',
    databaseUrl,
    pid: p.child.pid!,
    output: p.output,
    stdout: p.stdout,
    stderr: p.stderr,
    stop() {
      stopped ??= (async () => {
        if (!exitedEarly) p.child.kill('SIGTERM');
        const timer = setTimeout(() => p.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        const { code } = await p.exited;
        clearTimeout(timer);
        await cleanup();
        return code;
      })();
      return stopped;
    },
  };
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  output: string;
}

/**
 * Runs the entry point with exactly this configuration (plus a fresh DATA_DIR and LOG_LEVEL=info
 * unless given) and waits for it to exit by itself: for configurations it must refuse.
 * A process still running after `timeoutMs` is killed and reported with signal SIGKILL. A refused
 * start takes ~2.5 s of CPU (the bundle is built and loaded before the configuration is read); on
 * a machine whose two cores were loaded twelve deep, four such starts took over 30 s of wall time
 * and failed. 90 s still tells a process that would never exit from one that is slow to.
 */
export async function runUntilExit(env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<ExitResult> {
  const dir = tempDir();
  const p = spawnEntry({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', ...env });
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await p.exited;
  clearTimeout(timer);
  fs.rmSync(dir, { recursive: true, force: true });
  return { code, signal, stdout: p.stdout(), stderr: p.stderr(), output: p.output() };
}

/**
 * Runs the real `clinicpress` command (bin/clinicpress.mjs) against a running server's database
 * (its DATA_DIR and DATABASE_URL, nothing else from the test runner's environment), with `stdin`
 * written to its standard input. Resolves once it exits; a non-zero exit rejects with its output.
 */
export async function runCli(server: Pick<RunningServer, 'dataDir' | 'databaseUrl'>, args: string[], stdin = '', timeoutMs = 30_000): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join('bin', 'clinicpress.mjs'), ...args], {
    cwd: REPO_ROOT,
    env: childEnv({ DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl, LOG_LEVEL: 'warn' }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin!.end(stdin);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (c, s) => {
      live.delete(child);
      resolve({ code: c, signal: s });
    }),
  );
  clearTimeout(timer);
  if (code !== 0) throw new Error(`clinicpress ${args.join(' ')} exited with code ${code} (signal ${signal}):\n${stdout}${stderr}`);
  return { stdout, stderr };
}
