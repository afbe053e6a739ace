import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CONFIG_KEYS } from '../../src/config.js';

// Issue 11, defect 9: every `clinicpress` command answers --help with its usage (exit 0); an
// unknown option is one line on stderr and exit 2; no stack trace for a user's mistake. The real
// bin in a child process, as an operator runs it. No database is touched by any of these runs.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMMANDS = ['migrate', 'seed', 'reindex', 'backup', 'create-user', 'rotate-key', 'audit-verify', 'audit-site', 'import', 'restore', 'migrate-uploads', 'lint-content'];

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const e: NodeJS.ProcessEnv = { ...process.env };
  for (const k of CONFIG_KEYS) delete e[k];
  delete e.NODE_TEST_CONTEXT;
  Object.assign(e, env);
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'clinicpress.mjs'), ...args], { cwd: REPO_ROOT, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at [\w.<]+ \(|node:internal|\.ts:\d+:\d+/, `no stack trace:\n${s}`);

describe('clinicpress command line', () => {
  let dir: string;
  // A DATA_DIR that does not exist: proves --help and option errors never open a database.
  let env: Record<string, string>;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-cli-'));
    env = { DATA_DIR: path.join(dir, 'never-created') };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the overview lists every command', async () => {
    const r = await run(['--help'], env);
    assert.equal(r.code, 0);
    for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c}\\b`, 'm'), `${c} is listed`);
  });

  for (const c of COMMANDS) {
    test(`${c} --help prints its usage and exits 0; -h too`, async () => {
      for (const flag of ['--help', '-h']) {
        const r = await run([c, flag], env);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^Usage: .*clinicpress ${c}`, 'm'));
        assert.equal(r.stderr, '');
      }
      assert.ok(!fs.existsSync(env.DATA_DIR!), 'no database was opened');
    });

    test(`${c} with an unknown option: one line naming it, exit 2, no stack`, async () => {
      const r = await run([c, '--no-such-option'], env);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line:\n${r.stderr}`);
      assert.match(r.stderr, /--no-such-option/);
      assert.match(r.stderr, new RegExp(`clinicpress ${c} --help`));
      noStack(r.stderr);
      assert.ok(!fs.existsSync(env.DATA_DIR!), 'no database was opened');
    });
  }

  test('user errors without stack traces: unknown command, a missing value, an extra argument, bad configuration', async () => {
    const unknown = await run(['frobnicate'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
    const missing = await run(['create-user', '--email'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--email/);
    noStack(missing.stderr);
    const extra = await run(['migrate', 'now'], env);
    assert.equal(extra.code, 2);
    assert.match(extra.stderr, /unexpected argument "now"/);
    const badConfig = await run(['migrate'], { ...env, PORT: 'abc' });
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /PORT="abc"/);
    noStack(badConfig.stderr);
    const noKey = await run(['rotate-key'], { DATA_DIR: dir });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /Set NEW_DATA_KEY/);
    noStack(noKey.stderr);
  });
});
