import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a private
// port and socket folder, data in a temporary folder that is removed afterwards.

const isRoot = process.getuid?.() === 0;

export function findPgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

export function aptInstall(packages: string[]): void {
  if (!isRoot) throw new Error(`Missing ${packages.join(', ')}: install them with apt-get (needs root).`);
  const opts = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-q'], opts);
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-q', ...packages], opts);
}

export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!;
}

/**
 * Free ports, all different: each is held open until all are found, then released. Asked one at a
 * time, the kernel may hand the same port out twice (the nginx test once had an app server on
 * nginx's HTTPS port, and its TLS requests met plain HTTP).
 */
export async function freePorts(n: number): Promise<number[]> {
  const held: net.Server[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const srv = net.createServer();
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve());
      });
      held.push(srv);
    }
    return held.map((s) => (s.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(held.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}

export interface PgCluster {
  url: string;
  stop(): void;
}

function asPostgres(cmd: string, args: string[]): void {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} failed (${r.status}): ${r.stderr || r.stdout}`);
}

export async function startPgCluster(): Promise<PgCluster> {
  let bin = findPgBin();
  if (!bin) {
    console.log('PostgreSQL server binaries not found: installing Debian\'s postgresql package…');
    aptInstall(['postgresql']);
    bin = findPgBin();
    if (!bin) throw new Error('PostgreSQL was installed but /usr/lib/postgresql/*/bin/initdb is still missing');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  fs.chmodSync(dir, 0o755);
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
  asPostgres(path.join(bin, 'pg_ctl'), [
    '-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c full_page_writes=off`,
  ]);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
