import { after, before } from 'node:test';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { buildApp, type App } from '../../src/main.js';
import { createDemoDatabase, DEMO_NOW, dialects, TEST_DATA_KEY, type Dialect, type TestDatabase } from './db.js';

export interface TestApp extends App {
  t: TestDatabase;
  config: Config;
  clock: { now: Date };
  get(url: string, headers?: Record<string, string>): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  close(): Promise<void>;
}

/** The real app on a demo database of the given engine, driven in-process with inject. */
export async function demoApp(dialect: Dialect, env: Record<string, string> = {}, opts: { loggerInstance?: FastifyBaseLogger } = {}): Promise<TestApp> {
  const t = await createDemoDatabase(dialect);
  // NODE_ENV=test: the recording SMS provider keeps the codes the tests type (src/messaging/sms.ts).
  // SEARCH_THREAD=off: the search tests read outcomes in-process; the thread (a second module graph
  // under tsx, ~1 s to start) has its own tests (test/integration/search-thread.test.ts), and the
  // servers the end-to-end tests start run with it on, as `npm start` does.
  const config = loadConfig({ DATA_DIR: t.dataDir, DATA_KEY: TEST_DATA_KEY, SITE_URL: 'https://clinic.example', LOG_LEVEL: 'silent', NODE_ENV: 'test', SEARCH_THREAD: 'off', ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}), ...env });
  const clock = { now: new Date(DEMO_NOW.getTime() + 3600_000) };
  const built = await buildApp({ config, db: t.db, now: () => clock.now, ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: false }) });
  await built.app.ready();
  return {
    ...built,
    t,
    config,
    clock,
    get: async (url, headers) => built.app.inject({ method: 'GET', url, headers }),
    async close() {
      await built.app.close();
      await t.drop();
    },
  };
}

/** One demo app per engine for a test file: built before its tests, closed after; look one up by engine name. */
export function demoAppPerDialect(): (dialect: string) => TestApp {
  const apps = new Map<string, TestApp>();
  before(async () => {
    for (const d of dialects) apps.set(d.name, await demoApp(d));
  });
  after(async () => {
    for (const a of apps.values()) await a.close();
  });
  return (dialect) => apps.get(dialect)!;
}
