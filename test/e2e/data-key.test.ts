import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runUntilExit, startServer } from '../helpers/server.js';

// Issue 11, defect 3: the personal-data key. A key kept in the database file protects nothing once
// the file leaks, so PostgreSQL and production refuse to start without DATA_KEY; the development
// set-up of the README (`npm start` on SQLite) keeps working without one.

const KEY_A = '11'.repeat(32);
const KEY_B = '22'.repeat(32);

describe('DATA_KEY at start', () => {
  test('PostgreSQL without DATA_KEY: exit code 2 with a message that says what to do', async () => {
    const r = await runUntilExit({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nope', DATA_KEY: '' });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stderr, /DATA_KEY=undefined: must be set when DATABASE_URL is set/);
    assert.match(r.stderr, /openssl rand -hex 32/);
    assert.doesNotMatch(r.output, /\n\s+at /, 'no stack trace');
  });

  test('NODE_ENV=production without DATA_KEY, even on SQLite: exit code 2', async () => {
    const r = await runUntilExit({ NODE_ENV: 'production', DATA_KEY: '' });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stderr, /DATA_KEY=undefined: must be set when NODE_ENV=production/);
  });

  test('SQLite in development without DATA_KEY still starts and serves (the README commands)', async () => {
    const s = await startServer({ env: { DATA_KEY: '' } });
    try {
      assert.equal((await fetch(`${s.url}/`)).status, 200);
    } finally {
      assert.equal(await s.stop(), 0);
    }
  });

  test('a DATA_KEY other than the one the data is encrypted with: refused at start, naming both key ids', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-key-'));
    try {
      const s = await startServer({ dataDir: dir, env: { DATA_KEY: KEY_A } });
      assert.equal(await s.stop(), 0);
      const r = await runUntilExit({ DATA_DIR: dir, DATA_KEY: KEY_B });
      assert.equal(r.code, 1, r.output);
      assert.match(r.stderr, /DATA_KEY is not the key this database is encrypted with .*rotate-key/);
      const none = await runUntilExit({ DATA_DIR: dir, DATA_KEY: '' });
      assert.equal(none.code, 1, none.output);
      assert.match(none.stderr, /DATA_KEY is not set, and this database is encrypted with the key whose id is/);
      const again = await startServer({ dataDir: dir, env: { DATA_KEY: KEY_A } });
      assert.equal(await again.stop(), 0, 'the right key still starts');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
