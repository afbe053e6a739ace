import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { SQLite, SQLITE_DRIVER_MAJOR } from '../../src/db/sqlite-driver.js';

const nodeMajor = Number(process.versions.node.split('.')[0]);

test('each Node gets the better-sqlite3 made for it: 13 (Node-API) from Node 22 on, 12 on Node 20', () => {
  assert.equal(SQLITE_DRIVER_MAJOR >= 13, nodeMajor >= 22, `Node ${process.versions.node}, better-sqlite3 ${SQLITE_DRIVER_MAJOR}`);
  const db = new SQLite(':memory:');
  try {
    db.exec('create table t (a integer primary key, b text)');
    db.prepare('insert into t (b) values (?)').run('白斑');
    assert.deepEqual(db.prepare('select a, b from t').all(), [{ a: 1, b: '白斑' }]);
  } finally {
    db.close();
  }
});

test('a process whose worker thread prepared statements and left them to the collector exits cleanly', () => {
  // The search thread's shape — a worker with its own connection — and the server's: thousands of
  // statements, some cached, ended with the process. Node 24.19+ aborted here (exit 134, SIGABRT in
  // RemoveEnvironmentCleanupHook) with better-sqlite3 12; the exit code and stderr show it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-sqlite-driver-'));
  try {
    const script = `
      import { Worker } from 'node:worker_threads';
      const driver = ${JSON.stringify(new URL('../../src/db/sqlite-driver.ts', import.meta.url).href)};
      const file = ${JSON.stringify(path.join(dir, 'x.db'))};
      const { SQLite } = await import(driver);
      const main = new SQLite(file);
      main.exec('create table t (a integer primary key, b text)');
      for (let i = 0; i < 200; i++) main.prepare('insert into t (b) values (?)').run('row ' + i);
      const code = \`
        const { parentPort, workerData } = require('node:worker_threads');
        const Database = require(Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3');
        const db = new Database(workerData.file, { readonly: true });
        let n = 0;
        for (let i = 0; i < 500; i++) n += db.prepare('select count(*) as c from t where a > ' + i).get().c;
        parentPort.postMessage(n);
      \`;
      const w = new Worker(code, { eval: true, workerData: { file }, execArgv: [] });
      w.on('message', (n) => { console.log('counted', n); });
      await new Promise((r) => w.on('exit', r));
      // Thousands of statements, half still held (as the statement cache holds them), half garbage,
      // and more garbage around them: the collector still has statements to finalise at exit.
      const held = new Map();
      for (let i = 0; i < 5000; i++) {
        const s = main.prepare('select b from t where a = ' + i);
        s.get();
        if (i % 2) held.set(i, s);
      }
      const junk = [];
      for (let i = 0; i < 200000; i++) junk.push({ i, s: 'x' + i });
      console.log('held', held.size, junk.length);
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.resolve(new URL('../..', import.meta.url).pathname), encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, `ended by ${r.signal}: ${r.stderr.slice(-800)}`);
    assert.equal(r.status, 0, r.stderr.slice(-800));
    assert.match(r.stdout, /counted \d+/);
    assert.doesNotMatch(r.stderr, /Assertion failed/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
