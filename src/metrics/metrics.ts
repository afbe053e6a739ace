import cluster from 'node:cluster';
import http from 'node:http';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import client from 'prom-client';
import type { Database } from '../db/schema.js';
import { observeQueries } from '../db/connection.js';

// Prometheus metrics (docs/OPERATIONS.md lists each one and the alert to set on it).
// Everything lives in prom-client's global registry because, with WORKERS > 1, the primary asks
// every worker for its registry and adds them up (AggregatorRegistry works on the global one).
// Hot paths only bump plain numbers (the page cache counts its own hits); prom-client reads them
// when Prometheus scrapes, so a cached page pays nothing for being counted.

const registry = client.register;
const PREFIX = 'clinicpress_';

/** Set once the process knows it serves metrics (here or through the primary); off: no per-request work. */
let enabled = false;

export const httpRequests = new client.Counter({
  name: `${PREFIX}http_requests_total`,
  help: 'HTTP requests answered by the router, by route pattern, method and status (cached pages are counted in clinicpress_page_cache_hits_total).',
  labelNames: ['route', 'method', 'status'] as const,
});

export const httpDuration = new client.Histogram({
  name: `${PREFIX}http_request_duration_seconds`,
  help: 'Time from request to response, by route pattern and method.',
  labelNames: ['route', 'method'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const bookingOutcomes = new client.Counter({
  name: `${PREFIX}booking_outcomes_total`,
  help: 'Booking attempts by outcome: confirmed, repeated (same form again), full, refused (rules or limits), waitlisted.',
  labelNames: ['outcome'] as const,
});

export const messagesSent = new client.Counter({
  name: `${PREFIX}messages_total`,
  help: 'Texts and e-mails handed to the gateway or mail server, by channel and outcome (sent, failed).',
  labelNames: ['channel', 'outcome'] as const,
});

export const loginFailures = new client.Counter({
  name: `${PREFIX}staff_login_failures_total`,
  help: 'Staff sign-in attempts refused (wrong password, unknown account, or limited).',
  labelNames: ['reason'] as const,
});

export const searchesAnswered = new client.Counter({
  name: `${PREFIX}searches_total`,
  help: 'Searches and suggestions answered, by where: thread (the search thread) or process (the server thread: the thread is off, or failed and restarts).',
  labelNames: ['where'] as const,
});

export const dbQueryDuration = new client.Histogram({
  name: `${PREFIX}db_query_duration_seconds`,
  help: 'Time of each database statement, as Kysely measures it.',
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
});

export function metricsEnabled(): boolean {
  return enabled;
}

export interface MetricSources {
  db: Kysely<Database>;
  pool?: pg.Pool | undefined;
  pageCache?: { hits: number; misses: number; bytes: number; size: number } | undefined;
  now: () => Date;
}

/**
 * Turns metrics on in this process: default process metrics (memory, event-loop delay, GC) and
 * gauges read at scrape time from the page cache, the pool and the job table.
 */
export function enableMetrics(src: MetricSources): void {
  if (enabled) return;
  enabled = true;
  client.collectDefaultMetrics({ prefix: PREFIX, eventLoopMonitoringPrecision: 20 });
  // Gauges named like counters (promtool rejects them); the same figures remain by type in
  // clinicpress_nodejs_active_handles / _requests / _resources.
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) registry.removeSingleMetric(PREFIX + name);
  // prom-client answers the primary's requests only once an AggregatorRegistry exists here.
  if (cluster.isWorker) new client.AggregatorRegistry();

  const cache = src.pageCache;
  new client.Counter({
    name: `${PREFIX}page_cache_hits_total`,
    help: 'Public pages answered from the page cache.',
    // Counters read at scrape time: the cache counts with plain integers.
    collect() {
      this.reset();
      if (cache) this.inc(cache.hits);
    },
  });
  new client.Counter({
    name: `${PREFIX}page_cache_misses_total`,
    help: 'Public pages that had to be rendered.',
    collect() {
      this.reset();
      if (cache) this.inc(cache.misses);
    },
  });
  new client.Gauge({
    name: `${PREFIX}page_cache_bytes`,
    help: 'Bytes held by the page cache (bodies and compressed copies).',
    collect() {
      this.set(cache?.bytes ?? 0);
    },
  });
  new client.Gauge({
    name: `${PREFIX}page_cache_entries`,
    help: 'Pages held by the page cache.',
    collect() {
      this.set(cache?.size ?? 0);
    },
  });

  const pool = src.pool;
  new client.Gauge({
    name: `${PREFIX}db_pool_connections`,
    help: 'PostgreSQL pool connections by state (total, idle, waiting requests); 0 on SQLite.',
    labelNames: ['state'] as const,
    collect() {
      this.set({ state: 'total' }, pool?.totalCount ?? 0);
      this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });

  // The job table is shared by every worker and instance: each reports the same figures, so the
  // cluster view takes the largest rather than the sum.
  const depth = new client.Gauge({
    name: `${PREFIX}job_queue_depth`,
    help: 'Jobs due and not done, by kind.',
    labelNames: ['kind'] as const,
    aggregator: 'max',
  });
  const lag = new client.Gauge({
    name: `${PREFIX}job_queue_lag_seconds`,
    help: 'Age of the oldest due job, by kind (how far the queue is behind).',
    labelNames: ['kind'] as const,
    aggregator: 'max',
  });
  new client.Gauge({
    name: `${PREFIX}job_retrying`,
    help: 'Jobs that failed at least once and wait for another attempt (a stuck gateway shows here).',
    aggregator: 'max',
    async collect() {
      const now = src.now();
      const iso = now.toISOString();
      const due = await src.db
        .selectFrom('job')
        .select((eb) => ['kind', eb.fn.countAll<number>().as('n'), eb.fn.min('run_at').as('oldest')])
        .where('done_at', 'is', null)
        .where('run_at', '<=', iso)
        .groupBy('kind')
        .execute();
      depth.reset();
      lag.reset();
      for (const r of due) {
        depth.set({ kind: r.kind }, Number(r.n));
        lag.set({ kind: r.kind }, Math.max(0, (now.getTime() - Date.parse(String(r.oldest))) / 1000));
      }
      const retrying = await src.db
        .selectFrom('job')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('done_at', 'is', null)
        .where('last_error', 'is not', null)
        .executeTakeFirst();
      this.set(Number(retrying?.n ?? 0));
    },
  });
}

/** Records one routed request; called from the router's onResponse hook. */
export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  if (!enabled) return;
  httpRequests.inc({ route, method, status: String(status) });
  httpDuration.observe({ route, method }, seconds);
}

/** For Kysely's `log` option: the duration of every statement. */
export function observeQuery(event: { level: string; queryDurationMillis: number }): void {
  if (enabled) dbQueryDuration.observe(event.queryDurationMillis / 1000);
}
observeQueries(observeQuery);

export type MetricsSource = () => Promise<{ body: string; contentType: string }>;

/** This process's own registry. */
export const processMetrics: MetricsSource = async () => ({ body: await registry.metrics(), contentType: registry.contentType });

/** The primary of a cluster: every worker's registry, added up (ask workers over IPC). */
export function clusterMetrics(): MetricsSource {
  const aggregator = new client.AggregatorRegistry();
  return async () => ({ body: await aggregator.clusterMetrics(), contentType: aggregator.contentType });
}

/**
 * /metrics on its own port (never the public one: figures such as queue depth are for operators).
 * Anything else on that port is a 404.
 */
export function serveMetrics(port: number, host: string, source: MetricsSource): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: see /metrics\n');
      return;
    }
    source().then(
      ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body),
      (err: Error) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`metrics failed: ${err.message}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
