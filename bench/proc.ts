import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Process and machine helpers for the benchmark: every child and temporary folder is tracked so
// that an error, Ctrl-C or SIGTERM still stops them all and removes the folders.

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const cleanups: (() => void)[] = [];

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Runs `fn` during cleanup (last registered, first run). It must be synchronous. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function spawnTracked(cmd: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  return track(spawn(cmd, args, opts));
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

let cleaned = false;
/** Synchronous, idempotent: safe from 'exit' handlers. */
export function cleanupAll(): void {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) {
    try {
      if (c.pid && c.exitCode === null && c.signalCode === null) process.kill(c.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch (err) {
      console.error(`cleanup: ${(err as Error).message}`);
    }
  }
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
}

export function installCleanupHandlers(): void {
  process.once('exit', cleanupAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      console.error(`\n${sig}: stopping every process the benchmark started…`);
      cleanupAll();
      process.exit(130);
    });
  }
}

export function which(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resident and peak resident memory of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

// CPU accounting, to say how much of the machine something else used during a measurement:
// the benchmark's figures are only as good as the quiet of the machine they ran on.

function machineBusyTicks(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

function processTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state, field 3.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]); // utime, stime
  } catch {
    return 0;
  }
}

export function childPids(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface CpuSample {
  at: number;
  busy: number;
  ours: Map<number, number>;
}

/** `ours()` lists the processes that belong to the measurement (server, wrk, database). */
export function cpuSample(ours: number[]): CpuSample {
  return { at: performance.now(), busy: machineBusyTicks(), ours: new Map(ours.map((p) => [p, processTicks(p)])) };
}

/** Cores' worth of CPU used by other processes between two samples. */
export function otherLoad(start: CpuSample, end: CpuSample): number {
  const seconds = (end.at - start.at) / 1000;
  let oursTicks = 0;
  for (const [pid, t] of end.ours) oursTicks += Math.max(0, t - (start.ours.get(pid) ?? 0));
  const other = (end.busy - start.busy - oursTicks) / TICKS_PER_SECOND / seconds;
  return Math.max(0, other);
}

export function logTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
