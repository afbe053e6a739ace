import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../helpers/server.js';

// `clinicpress lint-content` as users run it: the package's bin in a child process.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function lint(args: string[], stdin?: Buffer | string): Promise<Run> {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'clinicpress.mjs'), 'lint-content', ...args], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let dir: string;
const file = (name: string) => path.join(dir, name);

// A health-education text with a cure claim after emoji and an astral character, on line 3.
const RISKY = '# 光疗后的护理\n\n😀 𠮷 本院治疗白癜风可以根治，欢迎咨询。\n多数人照光后会轻微发红。\n';
const CLEAN = '## 光疗后发红怎么办\n\n照光后局部轻度发红通常在一两天内减轻，注意保湿和防晒，按医生安排复诊。\n';
const WARN_ONLY = '308激光治疗无痛。\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-lint-'));
  fs.writeFileSync(file('risky.md'), RISKY);
  fs.writeFileSync(file('clean.md'), CLEAN);
  fs.writeFileSync(file('warn.md'), WARN_ONLY);
  fs.writeFileSync(file('ad.txt'), '专业治疗白癜风。联系电话：0571-88886666\n');
  fs.writeFileSync(file('latin1.md'), Buffer.from([0xb1, 0xbe, 0xd4, 0xba, 0xff, 0x0a]));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('JSON: one array for all files, each finding with its file; offsets are UTF-16 into that file and slice to the text', async () => {
  const r = await lint(['--format', 'json', file('risky.md'), file('clean.md'), file('warn.md')]);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.ok(Array.isArray(out));
  for (const f of out) {
    assert.deepEqual(Object.keys(f), ['file', 'rule', 'category', 'severity', 'start', 'end', 'line', 'text', 'basis', 'message', 'suggestion']);
    assert.ok(['error', 'warning', 'info'].includes(f.severity as string));
    const text = fs.readFileSync(f.file as string, 'utf8');
    assert.equal(text.slice(f.start as number, f.end as number), f.text);
  }
  const cure = out.find((f) => f.rule === 'cure-claim')!;
  assert.equal(cure.file, file('risky.md'));
  assert.equal(cure.severity, 'error');
  assert.equal(cure.line, 3);
  // '# 光疗后的护理\n\n' is 10 code units; 😀 (2) + space + 𠮷 (2) + space + 本院治疗白癜风可以 (9) → 25.
  assert.equal(cure.start, RISKY.indexOf('根治'));
  assert.equal(cure.start, 25);
  assert.equal(cure.end, 27);
  assert.match(cure.basis as string, /广告法/);
  assert.ok(out.some((f) => f.file === file('warn.md') && f.rule === 'safety-painless' && f.severity === 'warning'));
  assert.ok(!out.some((f) => f.file === file('clean.md')));
});

test('exit status: 0 with no error-level finding (warnings allowed), 1 with one, and standard input as -', async () => {
  const [clean, warn, risky, stdin] = await Promise.all([
    lint([file('clean.md')]),
    lint(['--format', 'json', file('warn.md')]),
    lint([file('risky.md')]),
    lint(['--format', 'json', '-'], RISKY),
  ]);
  assert.equal(clean.code, 0, clean.stderr);
  assert.match(clean.stdout, /0 个错误，0 个警告/);
  assert.equal(warn.code, 0);
  assert.equal(JSON.parse(warn.stdout)[0].severity, 'warning');
  assert.equal(risky.code, 1);
  assert.match(risky.stdout, /risky\.md:3:\d+: 错误 \[cure-claim\] 「根治」/);
  assert.match(risky.stdout, /依据：/);
  assert.match(risky.stdout, /建议：/);
  assert.equal(stdin.code, 1);
  const fromStdin = JSON.parse(stdin.stdout);
  assert.equal(fromStdin[0].file, '-');
  assert.equal(fromStdin.find((f: { rule: string }) => f.rule === 'cure-claim').start, 25);
});

test('--type changes the rules: disease names are errors in an ad, fine in health education', async () => {
  const [ad, kepu] = await Promise.all([lint(['--type', 'ad', '--format', 'json', file('ad.txt')]), lint(['--type=kepu', '--format=json', file('ad.txt')])]);
  assert.equal(ad.code, 1);
  assert.ok(JSON.parse(ad.stdout).some((f: { rule: string }) => f.rule === 'ad-disease-name'));
  const k = JSON.parse(kepu.stdout);
  assert.ok(!k.some((f: { rule: string }) => f.rule === 'ad-disease-name'));
  assert.ok(k.some((f: { rule: string }) => f.rule === 'kepu-contact'), 'a phone number on a health-education page');
});

test('exit status 2 for usage and input errors: unreadable file, invalid UTF-8, unknown option or type, no file', async () => {
  const runs = await Promise.all([
    lint([file('missing.md')]),
    lint([file('latin1.md')]),
    lint(['--verbose', file('clean.md')]),
    lint(['--type', 'blog', file('clean.md')]),
    lint(['--format', 'xml', file('clean.md')]),
    lint([]),
    lint(['--format', 'json', file('risky.md'), file('missing.md')]),
  ]);
  for (const r of runs) assert.equal(r.code, 2, r.stderr + r.stdout);
  assert.match(runs[0]!.stderr, /missing\.md: cannot read/);
  assert.match(runs[1]!.stderr, /latin1\.md: not valid UTF-8/);
  assert.match(runs[3]!.stderr, /Unknown --type "blog"/);
  // The readable file is still reported; the unreadable one decides the exit status.
  assert.ok(JSON.parse(runs[6]!.stdout).some((f: { rule: string }) => f.rule === 'cure-claim'));
});
