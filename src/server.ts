import cluster, { type Worker } from 'node:cluster';
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import pino from 'pino';
import { TurnBufferedDestination } from './http/log-destination.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DatabaseOpenError, openDatabase } from './db/connection.js';
import { clusterMetrics, processMetrics, serveMetrics } from './metrics/metrics.js';

// The entry point of `npm start`: check the configuration, open and migrate the database,
// listen, and on SIGTERM/SIGINT stop taking requests, finish those in flight and flush counts.
// With WORKERS > 1 this process becomes the primary of a cluster (docs/decisions/0017): it
// migrates and seeds once, then forks workers that share the port, replaces any that dies, and
// drains them all on SIGTERM. Every worker is a complete server; nothing is shared in memory.
// The primary never loads the application: a short-lived worker migrates and seeds, so the process
// that only supervises holds ~70 MB instead of the ~185 MB the whole application left in it.

// V8 lets a busy server's heap grow to up to four times what is alive before it collects: under
// search load a worker peaked at 490–610 MB with ~150 MB alive. Growing by half at most keeps it
// near 400 MB at no measurable CPU cost (decision 0037). Set here, so every worker gets it too.
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) v8.setFlagsFromString('--heap-growing-percent=50');

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`ClinicPress cannot start. ${err.message}\nSee .env.example for every setting.`);
      process.exit(2);
    }
    throw err;
  }
}

function cannotStart(err: unknown): never {
  console.error(`ClinicPress cannot start. ${err instanceof DatabaseOpenError ? err.message : `Database set-up failed: ${(err as Error).message}`}`);
  process.exit(1);
}

/** One server: the whole process (WORKERS=1) or one worker of a cluster. */
async function serve(config: Config): Promise<void> {
  // One JSON logger from the first line on, shared with Fastify, so every line is machine-readable;
  // the lines of each event-loop turn are written together (src/http/log-destination.ts).
  const log = pino({ level: config.logLevel, ...(cluster.isWorker ? { base: { pid: process.pid, worker: cluster.worker!.id } } : {}) }, new TurnBufferedDestination(1));
  let db;
  try {
    // The cluster's preparing worker has migrated and seeded already; a worker only opens.
    db = cluster.isWorker ? await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }) : await prepared(config, log);
  } catch (err) {
    cannotStart(err);
  }

  const [{ buildApp }, { closeGracefully }] = await Promise.all([import('./main.js'), import('./http/shutdown.js')]);
  // The compliance checker's model and prefilter are not built here but by the first check (a staff
  // edit, a patient's feedback, an import): ~45 MB of heap that a server mostly serving pages and
  // searches never needed, paid once by that first check (~0.3–1 s) instead (decision 0091).
  const { app, state } = await buildApp({ config, db, loggerInstance: log });
  let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    state.shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests get this long to finish; a stuck one must not keep the process forever.
    const force = setTimeout(() => {
      app.log.error("shutdown took longer than 20 s; exiting");
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      metricsServer?.close();
      await closeGracefully(app);
      await db.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // A worker whose primary is gone (killed with SIGKILL, say) must not keep the port.
  if (cluster.isWorker) process.on('disconnect', () => void stop('primary gone'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    console.error(`ClinicPress cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`);
    await db.close();
    process.exit(1);
  }
  if (!cluster.isWorker && config.metrics) {
    metricsServer = await serveMetrics(config.metrics.port, config.metrics.host, processMetrics);
    app.log.info(`Metrics at http://${config.metrics.host}:${config.metrics.port}/metrics`);
  }
  if (cluster.isWorker) app.log.info('worker ready');
  else app.log.info(`ClinicPress is serving ${config.siteUrl} (${db.dialect}: ${db.location})`);
}

/** Opens, migrates and (on an empty database) seeds the demo. */
async function prepared(config: Config, log: pino.Logger) {
  const [{ prepareDatabase }, { seedDemoIfEmpty }] = await Promise.all([import('./platform/bootstrap.js'), import('./demo/seed.js')]);
  return prepareDatabase(config, (m) => log.info(m), seedDemoIfEmpty);
}

/** The cluster's first worker: prepares the database once and exits (0, or cannotStart's code). */
async function prepareAndExit(config: Config): Promise<never> {
  const log = pino({ level: config.logLevel, base: { pid: process.pid, role: 'primary' } });
  try {
    await (await prepared(config, log)).close();
  } catch (err) {
    cannotStart(err);
  }
  process.exit(0);
}

const PREPARE = 'CLINICPRESS_PREPARE_ONLY';

/** The primary of a cluster: has the database prepared once, keeps `config.workers` workers alive. */
async function primary(config: Config): Promise<void> {
  const log = pino({ level: config.logLevel, base: { pid: process.pid, role: 'primary' } });
  // `npm start` runs a bundle (scripts/start.mjs names it): workers start from it directly instead
  // of bundling again; under tsx (npm run dev) argv[1] with the same execArgv does the same.
  cluster.setupPrimary({ exec: process.env.CLINICPRESS_BUNDLE ?? process.argv[1]!, execArgv: process.execArgv });
  const prepareCode = await new Promise<number>((resolve) => {
    const w = cluster.fork({ [PREPARE]: '1' });
    w.on('exit', (code) => resolve(code ?? 1));
  });
  // It has said why on stderr.
  if (prepareCode !== 0) process.exit(prepareCode);

  let stopping = false;
  let failedStarts = 0;
  const started = new Map<Worker, number>();
  const fork = () => started.set(cluster.fork(), Date.now());
  cluster.on('online', (w) => log.info({ worker: w.id, workerPid: w.process.pid }, 'worker started'));
  cluster.on('exit', (w, code, signal) => {
    const lived = Date.now() - (started.get(w) ?? 0);
    started.delete(w);
    if (stopping) {
      if (!started.size) {
        log.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    log.warn({ worker: w.id, workerPid: w.process.pid, code, signal }, 'worker died; starting another');
    // A worker that cannot even start (port taken, database gone) would otherwise be restarted in a
    // tight loop: back off, and give up when every recent start failed.
    failedStarts = lived < 5000 ? failedStarts + 1 : 0;
    if (failedStarts > 5 * config.workers) {
      log.error('workers keep failing at start; stopping');
      process.exit(1);
    }
    setTimeout(fork, failedStarts ? Math.min(5000, 200 * 2 ** failedStarts) : 0);
  });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining every worker');
    if (!started.size) process.exit(0);
    for (const w of started.keys()) w.process.kill('SIGTERM');
    const force = setTimeout(() => {
      log.error('workers did not stop within 25 s; killing them');
      for (const w of started.keys()) w.process.kill('SIGKILL');
      process.exit(1);
    }, 25_000);
    force.unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < config.workers; i++) fork();
  if (config.metrics) {
    await serveMetrics(config.metrics.port, config.metrics.host, clusterMetrics());
    log.info(`Metrics of all workers at http://${config.metrics.host}:${config.metrics.port}/metrics`);
  }
  log.info(`ClinicPress is serving ${config.siteUrl} with ${config.workers} workers`);
}

// The bundle is also the search thread's code (src/search/search.thread.ts): on that thread this
// entry does nothing.
if (isMainThread) {
  const config = readConfig();
  if (cluster.isWorker && process.env[PREPARE] === '1') await prepareAndExit(config);
  else if (config.workers > 1 && cluster.isPrimary) await primary(config);
  else await serve(config);
}
