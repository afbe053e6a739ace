import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { runCli, startServer, type RunningServer } from './server.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface StaffAccount {
  email: string;
  name: string;
  doctor?: string;
}

/**
 * For a browser test file of the editorial flow: one Chromium, one real server per engine, and an
 * editor and a reviewer made the way an operator makes them (the CLI, the password on stdin).
 * Servers must stop cleanly (exit 0) when the file ends.
 */
export function editorialServers(password: string, editor: StaffAccount, reviewer: StaffAccount & { doctor: string }) {
  const world = { browser: undefined as unknown as Browser, servers: new Map<Dialect, RunningServer>() };
  before(async () => {
    const [b, ...started] = await Promise.all([launchBrowser(), ...DIALECTS.map((dialect) => startServer({ dialect }))]);
    world.browser = b;
    DIALECTS.forEach((d, i) => world.servers.set(d, started[i]!));
    await Promise.all(
      [...world.servers.values()].flatMap((s) => [
        runCli(s, ['create-user', '--email', editor.email, '--name', editor.name, '--role', 'editor', '--password-stdin'], `${password}\n`),
        runCli(s, ['create-user', '--email', reviewer.email, '--name', reviewer.name, '--role', 'reviewer', '--doctor', reviewer.doctor, '--password-stdin'], `${password}\n`),
      ]),
    );
  });
  after(async () => {
    await world.browser?.close();
    const codes = await Promise.all([...world.servers.values()].map(async (s) => ({ s, code: await s.stop() })));
    for (const { s, code } of codes) assert.equal(code, 0, `the ${s.dialect} server did not stop cleanly:\n${s.output().slice(-3000)}`);
  });
  return world;
}
