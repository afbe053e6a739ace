import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;

export interface BrowserServers {
  /** Set once the `before` hook has run. */
  browser: Browser;
  /** The real entry point on each engine, with a connection of the test's own to its database. */
  servers: Map<string, { server: RunningServer; db: Db }>;
}

/**
 * Registers the file's before/after hooks: Debian's Chromium and one real server per engine,
 * started side by side; afterwards each server must stop with exit code 0.
 */
export function browserAndServers(env: Record<string, string> = {}): BrowserServers {
  const out = { servers: new Map() } as BrowserServers;
  before(async () => {
    const [b, ...started] = await Promise.all([launchBrowser(), ...DIALECTS.map((dialect) => startServer({ dialect, env }))]);
    out.browser = b;
    for (const [i, d] of DIALECTS.entries()) {
      const server = started[i]!;
      out.servers.set(d, { server, db: await openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl, poolSize: 2 }) });
    }
  });
  after(async () => {
    await out.browser?.close();
    for (const { server, db } of out.servers.values()) {
      await db.close();
      assert.equal(await server.stop(), 0, server.output().slice(-3000));
    }
  });
  return out;
}
