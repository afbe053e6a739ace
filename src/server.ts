import pino from 'pino';
import { TurnBufferedDestination } from './http/log-destination.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseOpenError } from './db/connection.js';
import { prepareDatabase } from './db/bootstrap.js';
import { buildApp } from './http/app.js';
import { closeGracefully } from './http/shutdown.js';

// The entry point of `npm start`: check the configuration, open and migrate the database,
// listen, and on SIGTERM/SIGINT stop taking requests, finish those in flight and flush counts.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`ClinicPress cannot start. ${err.message}\nSee .env.example for every setting.`);
      process.exit(2);
    }
    throw err;
  }

  // One JSON logger from the first line on, shared with Fastify, so every line is machine-readable;
  // the lines of each event-loop turn are written together (src/http/log-destination.ts).
  const log = pino({ level: config.logLevel }, new TurnBufferedDestination(1));
  let db;
  try {
    db = await prepareDatabase(config, (m) => log.info(m));
  } catch (err) {
    console.error(`ClinicPress cannot start. ${err instanceof DatabaseOpenError ? err.message : `Database set-up failed: ${(err as Error).message}`}`);
    process.exit(1);
  }

  const { app, state } = await buildApp({ config, db, loggerInstance: log });
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

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    console.error(`ClinicPress cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`);
    await db.close();
    process.exit(1);
  }
  app.log.info(`ClinicPress is serving ${config.siteUrl} (${db.dialect}: ${db.location})`);
}

await main();
