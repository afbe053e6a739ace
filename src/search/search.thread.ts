import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/connection.js';
import { shareThreadWithLoads } from './postings.js';
import { search, type SearchOutcome } from './search.service.js';
import { RecentOutcomes } from './recent.js';
import { suggest, type Suggestion } from './suggest.js';

// Search on a thread of its own (issue 13: "search work off the main event loop"). On SQLite a
// search is synchronous CPU work, and so is the in-memory index on PostgreSQL: on the server's own
// thread fifty searches at once held up every other request, and their garbage (snippets, rows,
// outcomes) made the collector pause that thread for tens of milliseconds. Here the index, the
// vocabulary and their garbage live in another V8 heap; the server's thread only parses requests,
// renders pages and serves the cached ones (docs/decisions/0039-search-thread.md).

const KIND = 'clinicpress-search-thread';
/**
 * How much lower than the server's thread the search thread runs, in nice levels (each ~1.25× less
 * CPU share when both want the core). On one core with 50 connections searching and 4 reading a
 * cached page (decision 0039): +10 starved searches (65/s, the page 15,700/s at p99 7 ms), 0 let
 * searches hold up the page (397/s, the page 1,075/s at p99 41 ms), +4 kept both (280–295/s, the
 * page 7,000–7,800/s at p99 13 ms).
 */
const NICER_BY = 4;
/** The share of this thread an index load takes while searches wait (postings.ts loadTurns). */
const LOAD_SHARE = 0.8;
/** How long a closing thread may take to close its database before it is stopped. */
const CLOSE_WAIT_MS = 2000;

interface Opening {
  kind: typeof KIND;
  dataDir: string;
  databaseUrl: string | undefined;
}

type Call =
  | { id: number; op: 'close' }
  | { id: number; op: 'search'; query: string; page: number; version: number; exact: boolean }
  | { id: number; op: 'suggest'; query: string; version: number };

type Answer = { id: number; value: unknown } | { id: number; error: string; unavailable: boolean };

/** The thread could not answer (it failed to start or died): the caller searches in-process. */
export class SearchThreadUnavailable extends Error {}

export interface SearchThreadOptions {
  dataDir: string;
  databaseUrl: string | undefined;
  /** Told once per failure, without the query (it may hold personal data). */
  onFailure?: (err: Error) => void;
}

/**
 * The main thread's side: started on the first search, restarted on the next call after it died.
 * Every call is answered or rejected; a dead thread rejects what it had with SearchThreadUnavailable.
 */
export class SearchThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 1;
  private closed = false;

  constructor(private readonly opts: SearchThreadOptions) {}

  search(query: string, page: number, version: number, exact: boolean): Promise<SearchOutcome> {
    return this.call({ id: 0, op: 'search', query, page, version, exact }) as Promise<SearchOutcome>;
  }

  suggest(query: string, version: number): Promise<Suggestion[]> {
    return this.call({ id: 0, op: 'suggest', query, version }) as Promise<Suggestion[]>;
  }

  /** The thread's id while it runs (tests check that the work happens there). */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /** Lets the thread close its database (PostgreSQL connections end cleanly), then stops it. */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = undefined;
    if (!w) return;
    const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
    // Waited for: the process must not end before the thread has closed its connections.
    w.ref();
    w.postMessage({ id: 0, op: 'close' } satisfies Call);
    const late = setTimeout(() => void w.terminate(), CLOSE_WAIT_MS);
    await exited;
    clearTimeout(late);
  }

  private call(c: Call): Promise<unknown> {
    if (this.closed) return Promise.reject(new SearchThreadUnavailable('the search thread is closed'));
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      // Referenced only while it owes an answer: an idle thread must not keep a finished process
      // alive (tests, CLI commands), and a process awaiting an answer must not end.
      if (!this.pending.size) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...c, id });
    });
  }

  private start(): Worker {
    const opening: Opening = { kind: KIND, dataDir: this.opts.dataDir, databaseUrl: this.opts.databaseUrl };
    const worker = threadOfThisModule(opening);
    worker.unref();
    worker.on('message', (a: Answer) => {
      const p = this.pending.get(a.id);
      if (!p) return;
      this.pending.delete(a.id);
      if (!this.pending.size) worker.unref();
      if ('error' in a) p.reject(a.unavailable ? new SearchThreadUnavailable(a.error) : new Error(a.error));
      else p.resolve(a.value);
    });
    const died = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const failure = new SearchThreadUnavailable(`the search thread stopped: ${err.message}`);
      for (const p of this.pending.values()) p.reject(failure);
      this.pending.clear();
      if (!this.closed) this.opts.onFailure?.(failure);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`exit code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * A thread that runs this very module: its own bundle under `npm start`, the server's bundle when
 * that is run alone (whose entry does nothing on a thread that is not the main one), or the
 * TypeScript source under tsx, whose loader a
 * thread does not inherit from `--import tsx` on Node 20, so the thread registers it first.
 */
function threadOfThisModule(opening: Opening): Worker {
  // `npm start` builds the thread a bundle of its own (scripts/start.mjs): less code in its heap.
  const bundled = process.env.CLINICPRESS_SEARCH_THREAD_BUNDLE;
  if (bundled) return new Worker(pathToFileURL(bundled), { workerData: opening });
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(self, { workerData: opening });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(self.href)}));`, { eval: true, workerData: opening });
}

/**
 * The search thread yields the core to the server's thread: on Linux `setpriority` with 0 names
 * the calling thread alone, so searches run at a lower priority and a cached page, or the rendering of a
 * finished search, is never kept waiting behind one on a busy core. The work is not lost, only
 * ordered: an idle core still runs it at once. Elsewhere the same call would lower the whole
 * process, so it is not made.
 */
function lowerThisThreadsPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + NICER_BY));
  } catch {
    // not allowed here (a sandbox): searches share the core evenly, as without the thread
  }
}

/** The thread's side: one database of its own (read only in practice), answering calls in order of arrival. */
async function serveThread(opening: Opening): Promise<void> {
  const port = parentPort!;
  lowerThisThreadsPriority();
  // Until the index is in memory every search here costs five times as much: the load comes first.
  shareThreadWithLoads(LOAD_SHARE);
  let db: Db | undefined;
  const recent = new RecentOutcomes();
  const ready = openDatabase({ dataDir: opening.dataDir, databaseUrl: opening.databaseUrl, poolSize: 2 }).then((d) => (db = d));
  port.on('message', (c: Call) => {
    if (c.op === 'close') {
      void ready
        .then((d) => d.close())
        .catch(() => undefined)
        .finally(() => process.exit(0));
      return;
    }
    void (async () => {
      try {
        const { kysely } = db ?? (await ready);
        const value = c.op === 'search' ? await recent.get(c.version, c.query, c.page, c.exact, () => search(kysely, c.query, c.page, c.version, { exact: c.exact })) : await suggest(kysely, c.query, c.version);
        port.postMessage({ id: c.id, value } satisfies Answer);
      } catch (err) {
        // Without its database the thread cannot search; the main thread can, on its own connection.
        port.postMessage({ id: c.id, error: err instanceof Error ? err.message : String(err), unavailable: !db } satisfies Answer);
      }
    })();
  });
  // A failed open fails every call, the thread stays: the main thread searches in-process meanwhile.
  await ready.catch(() => undefined);
}

if (!isMainThread && (workerData as Opening | undefined)?.kind === KIND) void serveThread(workerData as Opening);
