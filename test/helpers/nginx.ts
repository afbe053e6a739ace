import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { REPO_ROOT } from './server.js';

// Debian's nginx with the deployment configuration of deploy/nginx.conf, in a private prefix:
// its own certificate, ports, temp folders and pid file, stopped (and removed) by the test.

export interface Nginx {
  /** https://localhost:<port>, no trailing slash. */
  url: string;
  httpsPort: number;
  /** The self-signed certificate, to trust in the test's client. */
  ca: Buffer;
  stop(): Promise<void>;
  errorLog(): string;
}

/** Whether a TLS server answers a handshake on the port: something else listening there does not count as nginx. */
async function tlsAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: false });
    s.setTimeout(2000, () => (s.destroy(), resolve(false)));
    s.once('secureConnect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

export async function startNginx(opts: { upstreams: number[]; httpsPort: number; httpPort: number }): Promise<Nginx> {
  const bin = '/usr/sbin/nginx';
  if (!fs.existsSync(bin)) throw new Error("nginx not found: npm test installs Debian's nginx package; run the tests with npm test");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-nginx-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'pipe' });
  const site = fs
    .readFileSync(path.join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replaceAll('{{SERVER_NAME}}', 'localhost')
    .replaceAll('{{HTTPS_PORT}}', `127.0.0.1:${opts.httpsPort}`)
    .replaceAll('{{HTTP_PORT}}', `127.0.0.1:${opts.httpPort}`)
    .replaceAll('{{CERT}}', cert)
    .replaceAll('{{KEY}}', key)
    .replaceAll('{{UPSTREAMS}}', opts.upstreams.map((p) => `server 127.0.0.1:${p} max_fails=0;`).join('\n    '));
  assert(!site.split('\n').some((l) => !l.trim().startsWith('#') && l.includes('{{')), 'every placeholder of deploy/nginx.conf is filled');
  fs.writeFileSync(path.join(dir, 'clinicpress.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // As root nginx would switch its workers to "nobody", who cannot read this private folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'clinicpress.conf')};`,
      '}',
    ].join('\n'),
  );
  const child = spawn(bin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const errorLog = () => {
    try {
      return out + fs.readFileSync(path.join(dir, 'error.log'), 'utf8');
    } catch {
      return out;
    }
  };
  const deadline = Date.now() + 20_000;
  // Ready when nginx itself runs (its pid file is written after it has bound its ports) and the
  // port answers TLS; if another process holds the port, nginx exits and the error log says so.
  const pidFile = path.join(dir, 'nginx.pid');
  while (!(child.exitCode === null && fs.existsSync(pidFile) && (await tlsAnswers(opts.httpsPort)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${errorLog()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `https://localhost:${opts.httpsPort}`,
    httpsPort: opts.httpsPort,
    ca: fs.readFileSync(cert),
    errorLog,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function assert(ok: boolean, msg: string): asserts ok {
  if (!ok) throw new Error(msg);
}
