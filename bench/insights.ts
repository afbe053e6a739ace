import fs from 'node:fs';
import path from 'node:path';
import { writeScript, type WrkResult } from './wrk.js';

// The cost of counting for the insights page (src/insights): the cached article measured on a
// server with INSIGHTS_COUNTING=on and one with it off, in turn (off, on, off, on, … off), each
// "on" run against the mean of the "off" runs just before and after it, the median counting — the
// same bracketing as the cached/static ratio (cachedRatio in run.ts), because this machine's speed
// drifts by more between two runs than the difference measured. Requests carry a phone's
// User-Agent and a search engine's Referer, so every one is classified and counted.

export const COUNTING_ROUNDS = 3;
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
