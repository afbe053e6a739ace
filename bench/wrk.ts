import fs from 'node:fs';
import path from 'node:path';
import { aptInstall } from '../scripts/pg-cluster.js';
import { cpuSample, otherLoad, spawnTracked, which, type CpuSample } from './proc.js';

// Runs wrk and reads its figures: req/s and the --latency distribution from its text output,
// p95 and the error counts from a Lua `done` hook (wrk's text output has no p95).

export const TIMEOUT_SECONDS = 30;

export interface WrkResult {
  label: string;
  url: string;
  paths: number;
  requests: number;
  seconds: number;
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  non2xx: number;
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  /** Cores' worth of CPU used by processes outside the measurement while it ran. */
  otherLoad: number;
}

export function ensureWrk(): string {
  let bin = which('wrk');
  if (!bin) {
    console.log('wrk not found: installing Debian\'s wrk package…');
    aptInstall(['wrk']);
    bin = which('wrk');
    if (!bin) throw new Error('wrk was installed but is still not on PATH');
  }
  return bin;
}

/**
 * A Lua script: with `paths`, each request takes the next path from the list (starting at the
 * offset given as the script's first argument); always reports the exact figures as one JSON line.
 */
export function writeScript(dir: string, name: string, paths?: string[]): string {
  const lines: string[] = [];
  if (paths?.length) {
    lines.push('local paths = {');
    for (const p of paths) lines.push(`  ${JSON.stringify(p)},`);
    lines.push('}');
    lines.push(
      'local n = #paths',
      'local i = 0',
      'function init(args)',
      '  i = (tonumber(args[1]) or 0) % n',
      'end',
      'function request()',
      '  i = i + 1',
      '  if i > n then i = 1 end',
      '  return wrk.format("GET", paths[i])',
      'end',
    );
  }
  lines.push(
    'function done(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format(\'BENCH_JSON {"requests":%d,"duration_us":%d,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50":%d,"p75":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}\\n\',',
    '    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,',
    '    latency:percentile(50), latency:percentile(75), latency:percentile(90), latency:percentile(95),',
    '    latency:percentile(99), latency.max, latency.mean))',
    'end',
  );
  const file = path.join(dir, `${name}.lua`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function toMs(value: string, unit: string): number {
  const v = Number(value);
  return unit === 'us' ? v / 1000 : unit === 'ms' ? v : unit === 's' ? v * 1000 : unit === 'm' ? v * 60_000 : NaN;
}

/** Parses wrk's text output; exported for a quick self-check. */
export function parseWrk(out: string): Omit<WrkResult, 'label' | 'url' | 'paths' | 'otherLoad'> {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const dist = new Map<number, number>();
  for (const m of out.matchAll(/^\s+(\d+(?:\.\d+)?)%\s+([\d.]+)(us|ms|s|m)\s*$/gm)) dist.set(Number(m[1]), toMs(m[2]!, m[3]!));
  const json = /BENCH_JSON (\{.*\})/.exec(out)?.[1];
  if (!json || Number.isNaN(rps) || !dist.has(99)) throw new Error(`Could not read wrk's output:\n${out}`);
  const j = JSON.parse(json) as Record<string, number>;
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? j.non2xx ?? 0);
  if (!j.requests) {
    // Nothing completed within the run: there are no latency figures, only a failure.
    for (const k of [50, 75, 90, 99]) dist.set(k, NaN);
    j.p95 = NaN;
    j.max = NaN;
    j.mean = NaN;
  }
  return {
    requests: j.requests!,
    seconds: j.duration_us! / 1e6,
    rps,
    p50: dist.get(50)!,
    p75: dist.get(75)!,
    p90: dist.get(90)!,
    // wrk prints no p95; its Lua latency object has it (microseconds).
    p95: j.p95! / 1000,
    p99: dist.get(99)!,
    max: j.max! / 1000,
    mean: j.mean! / 1000,
    non2xx,
    socketErrors: {
      connect: Number(socket?.[1] ?? j.connect),
      read: Number(socket?.[2] ?? j.read),
      write: Number(socket?.[3] ?? j.write),
      timeout: Number(socket?.[4] ?? j.timeout),
    },
  };
}

export interface WrkOptions {
  label: string;
  url: string;
  script: string;
  paths?: number;
  seconds: number;
  connections: number;
  /** Where the first request starts in the script's path list. */
  offset?: number;
  /** wrk's CPU (none when the machine has a single core). */
  cpu?: number;
  /** Processes whose CPU is part of the measurement (the server, its database). */
  ours: () => number[];
}

export async function runWrk(o: WrkOptions): Promise<WrkResult> {
  // --timeout: wrk's default (2 s) drops slower requests from the latency figures; keep them all.
  const wrkArgs = ['-t1', `-c${o.connections}`, `-d${o.seconds}s`, '--latency', '--timeout', `${TIMEOUT_SECONDS}s`, '-s', o.script, o.url, '--', String(o.offset ?? 0)];
  const [cmd, args] = o.cpu === undefined ? ['wrk', wrkArgs] : ['taskset', ['-c', String(o.cpu), 'wrk', ...wrkArgs]];
  const child = spawnTracked(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // taskset execs wrk, so the child's pid is wrk's. The CPU window closes just before wrk stops.
  const pids = () => [child.pid!, ...o.ours()];
  let start: CpuSample | undefined;
  let end: CpuSample | undefined;
  setTimeout(() => (start = cpuSample(pids())), 200).unref();
  const endTimer = setTimeout(() => (end = cpuSample(pids())), Math.max(500, o.seconds * 1000 - 300));
  const killer = setTimeout(() => child.kill('SIGKILL'), (o.seconds + 60) * 1000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(killer);
  clearTimeout(endTimer);
  if (code !== 0) throw new Error(`wrk exited with ${code}:\n${out}`);
  return {
    label: o.label,
    url: o.url,
    paths: o.paths ?? 1,
    ...parseWrk(out),
    otherLoad: start && end ? otherLoad(start, end) : NaN,
  };
}
