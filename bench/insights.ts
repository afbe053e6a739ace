import fs from 'node:fs';
import path from 'node:path';
import { writeScript, type WrkResult } from './wrk.js';

// The cost of counting for the insights page (src/insights): the cached article measured on a
// server with INSIGHTS_COUNTING=on and one with it off, in turn (off, on, off, on, … off), each
// "on" run against the mean of the "off" runs just before and after it, the median counting — the
// same bracketing as the cached/static ratio (cachedRatio in run.ts), because this machine's speed
// drifts by more between two runs than the difference measured. Requests carry a phone's
// User-Agent and a search engine's Referer, so every one is classified and counted.

export const COUNTING_ROUNDS = 5;
export const COUNTING_FLOOR = 0.95;

const HEADERS = {
  'User-Agent': 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
  Referer: 'https://www.baidu.com/s?wd=%E5%BE%AE%E9%92%88',
};

/** A wrk script asking for one URL with a reader's headers. */
export function readerScript(dir: string): string {
  const file = writeScript(dir, 'reader');
  const head = Object.entries(HEADERS).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`);
  fs.writeFileSync(file, `${head.join('\n')}\n${fs.readFileSync(file, 'utf8')}`);
  return path.resolve(file);
}

export interface CountingRounds {
  off: WrkResult[];
  on: WrkResult[];
}

export function countingRatio(r: CountingRounds): { ratio: number; ratios: number[] } | undefined {
  if (!r.on.length || r.off.length !== r.on.length + 1) return undefined;
  const ratios = r.on.map((c, i) => c.rps / ((r.off[i]!.rps + r.off[i + 1]!.rps) / 2));
  const sorted = [...ratios].sort((a, b) => a - b);
  return { ratio: sorted[Math.floor((sorted.length - 1) / 2)]!, ratios };
}

/**
 * The same comparison in-process, where another process's load hardly matters: the front cache's
 * fast path called directly (no socket, no wrk) with counting on and off, in short alternating
 * rounds. Without the socket's share of the work this ratio is the stricter of the two.
 */
export async function fastPathCounting(rounds = 15, perRound = 20_000): Promise<{ ratio: number; ratios: number[]; nsOn: number; nsOff: number }> {
  const { frontCache } = await import('../src/http/front-cache.js');
  const { PageCache } = await import('../src/web/page-cache.js');
  const { PageCounter } = await import('../src/insights/insights.counter.js');
  const pino = (await import('pino')).default;
  const now = Date.now();
  const cache = new PageCache(10, 3_600_000);
  const body = Buffer.from(`<!doctype html><html lang="zh-CN"><title>微针</title><p>${'微针治疗后出现轻度脱皮较常见，注意保湿和防晒。'.repeat(800)}</p></html>`);
  cache.set('zh-CN:/articles/a', { body, status: 200, articleId: 1, subject: { kind: 'article', id: 1 } }, 1, now);
  const log = pino({ level: 'info' }, { write: () => {} });
  const make = (on: boolean) =>
    frontCache({
      cache,
      site: { knownVersion: () => 1 },
      views: { add: () => {} },
      insights: new PageCounter({} as never, 'Asia/Shanghai', 'https://clinic.example', on),
      now: () => new Date(now),
      log: () => log,
      headers: { 'x-frame-options': 'DENY' },
    });
  const paths = { on: make(true), off: make(false) };
  // Fresh string objects, as each parsed request has: no hash cached on a shared string.
  const fresh = (s: string) => Buffer.from(s).toString();
  const reqs = Array.from({ length: 512 }, () => ({
    method: 'GET',
    url: '/articles/a',
    headers: { 'user-agent': fresh(HEADERS['User-Agent']), referer: fresh(HEADERS.Referer), host: fresh('clinic.example'), 'accept-encoding': fresh('identity') },
  }));
  const res = { writeHead: () => res, end: () => {} };
  const run = (fast: (req: never, res: never) => boolean) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) if (!fast(reqs[i & 511] as never, res as never)) throw new Error('the fast path did not answer');
    return Number(process.hrtime.bigint() - t) / perRound;
  };
  for (let i = 0; i < 3; i++) run(paths.on), run(paths.off);
  const off: number[] = [run(paths.off)];
  const on: number[] = [];
  for (let i = 0; i < rounds; i++) {
    on.push(run(paths.on));
    off.push(run(paths.off));
  }
  // Throughput ratio: the inverse of the time per request.
  const ratios = on.map((ns, i) => (off[i]! + off[i + 1]!) / 2 / ns);
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  return { ratio: sorted[Math.floor((sorted.length - 1) / 2)]!, ratios, nsOn: median(on), nsOff: median(off) };
}
