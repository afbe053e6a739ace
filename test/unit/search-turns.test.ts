import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Turns, TurnsFull } from '../../src/search/turns.js';

// Synchronous work, as a search on SQLite is: it holds the thread until it is done.
const hold = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

test('searches take turns: other work that arrives meanwhile runs between two searches, not after all of them', async () => {
  const turns = new Turns(1);
  const log: string[] = [];
  const searches = [1, 2, 3, 4].map((i) =>
    turns.run(async () => {
      log.push(`search ${i}`);
      hold(5);
      // The first search's continuation is where a request for a cached page arrives.
      if (i === 1) setImmediate(() => log.push('other request'));
    }),
  );
  await Promise.all(searches);
  assert.deepEqual(log.slice(0, 3), ['search 1', 'other request', 'search 2']);
  assert.deepEqual(log.filter((l) => l.startsWith('search')), ['search 1', 'search 2', 'search 3', 'search 4'], 'first come, first served');
});

test('width bounds how many run at once; a full queue refuses at once; a failing search frees its turn', async () => {
  const turns = new Turns(2, 1);
  let running = 0;
  let most = 0;
  const work = () =>
    turns.run(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
    });
  const a = work();
  const b = work();
  await new Promise((r) => setImmediate(r));
  const c = work(); // waits
  await assert.rejects(work(), TurnsFull); // the one waiting place is taken
  await Promise.all([a, b, c]);
  assert.equal(most, 2);

  await assert.rejects(turns.run(async () => {
    throw new Error('index broken');
  }), /index broken/);
  assert.equal(await turns.run(async () => 'next'), 'next');
  assert.equal(turns.queued, 0);
});
