import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTurns, shareThreadWithLoads } from '../../src/search/postings.js';

// A full index load yields between its chunks (postings.ts loadTurns). On the server's thread it
// yields after every chunk; on the search thread it takes most of the thread, so that a stream of
// searches (each costing five times as much until the index is in memory) cannot starve it. Counted
// here in turns given to a competitor that stands for the queued searches, not in milliseconds.

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Runs a load of `chunks` 1 ms chunks beside a competitor taking 8 ms each turn; returns the competitor's turns. */
async function competitorTurns(share: number, chunks: number): Promise<number> {
  shareThreadWithLoads(share);
  let turns = 0;
  let done = false;
  const compete = () => {
    if (done) return;
    turns++;
    busy(8);
    setImmediate(compete);
  };
  setImmediate(compete);
  const turn = loadTurns();
  for (let i = 0; i < chunks; i++) {
    busy(1);
    await turn();
  }
  done = true;
  return turns;
}

test('on the search thread a load keeps most of the thread; on the server thread it yields after each chunk', async () => {
  try {
    const server = await competitorTurns(0, 40);
    const thread = await competitorTurns(0.8, 40);
    // Share 0: one turn of the others per chunk. Share 0.8: a slice of about 4 × 8 ms per turn of theirs.
    assert.ok(server >= 35, `server thread: ${server} competitor turns for 40 chunks`);
    assert.ok(thread <= 12, `search thread: ${thread} competitor turns for 40 chunks`);
  } finally {
    shareThreadWithLoads(0);
  }
});
