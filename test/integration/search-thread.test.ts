import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { searchesAnswered } from '../../src/metrics/metrics.js';
import { getContentVersion } from '../../src/platform/site-state.repository.js';
import { EVAL_QUERIES } from '../../src/search/eval/queries.js';
import { search } from '../../src/search/search.service.js';
import { suggest } from '../../src/search/suggest.js';
import { SearchThread, SearchThreadUnavailable } from '../../src/search/search.thread.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects, engineSample } from '../helpers/db.js';
import { hrefs } from '../helpers/html.js';
import { signedIn } from '../helpers/staff.js';

// Searches run on a thread of their own with its own database connection (issue 13: search work
// off the main event loop). What it answers must be exactly what the server's thread would.

const answered = async (where: 'thread' | 'process') => (await searchesAnswered.get()).values.find((v) => v.labels.where === where)?.value ?? 0;
const articleLinks = (html: string) => hrefs(html).filter((h) => h.startsWith('/articles/'));
const q = encodeURIComponent;

for (const dialect of dialects) {
  describe(`the search thread on ${dialect.name}`, () => {
    let app: TestApp;
    let thread: SearchThread;
    before(async () => {
      app = await demoApp(dialect, { SEARCH_THREAD: 'on' });
      thread = new SearchThread({ dataDir: app.deps.config.dataDir, databaseUrl: app.deps.config.databaseUrl });
    });
    after(async () => {
      await thread.close();
      await app.close();
    });

    test('answers 900 of its engine\'s half of the labelled queries, deep pages, exact words and suggestions exactly as the server thread does', async () => {
      const version = await getContentVersion(app.deps.db);
      // 900 of this engine's half of the labelled queries (helpers/db.ts; other ones than search-memory's), and the edge cases on both.
      const calls: [string, number, boolean][] = [...engineSample(EVAL_QUERIES, dialect.name, 1 / 3).map((e) => [e.q, 1, false] as [string, number, boolean]), ['白癜风', 2, false], ['白癜风', 3, false], ['白颠风', 1, true], ['', 1, false], ['！！', 1, false], ['风'.repeat(80), 1, false]];
      const differ: string[] = [];
      for (const [query, page, exact] of calls) {
        const there = await thread.search(query, page, version, exact);
        const here = await search(app.deps.db, query, page, version, { exact });
        if (!isDeepStrictEqual(there, here)) differ.push(`${query} p${page}${exact ? ' exact' : ''}`);
      }
      assert.deepEqual(differ, [], `${differ.length} of ${calls.length} differ`);
      for (const s of ['白', 'bai', '微针', 'vitiligo', '白颠']) assert.deepEqual(await thread.suggest(s, version), await suggest(app.deps.db, s, version), s);
      assert.notEqual(thread.threadId, undefined);
    });

    test('on Linux the thread runs four nice levels below the server\'s thread, which keeps its own', async () => {
      await thread.search('微针', 1, await getContentVersion(app.deps.db), false);
      const niceOf = (task: string) => Number(fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]);
      const own = niceOf(String(process.pid));
      const nices = fs.readdirSync('/proc/self/task').map(niceOf);
      assert.equal(process.platform, 'linux');
      assert.ok(nices.includes(Math.min(19, own + 4)), `server ${own}, threads ${nices.join(' ')}`);
      assert.equal(os.getPriority(0), own);
    });

    test('the site searches on the thread, and an editor\'s synonym reaches it with the next search, without a reindex', async () => {
      const word = '白皮皮灯';
      const onThread = await answered('thread');
      const onProcess = await answered('process');
      const before = await app.get(`/search?q=${q(word)}`);
      assert.equal(before.statusCode, 200);
      assert.ok(!articleLinks(before.body).includes('/articles/woods-lamp-exam'));
      const editor = await signedIn(app, ['editor']);
      assert.equal((await editor.post('/staff/search/synonyms', { term: word, target: '伍德灯' })).statusCode, 303);
      const after = await app.get(`/search?q=${q(word)}`);
      assert.equal(articleLinks(after.body)[0], '/articles/woods-lamp-exam');
      const suggestions = JSON.parse((await app.get(`/search/suggest?q=${q(word.slice(0, 3))}`)).body) as { items: { label: string }[] };
      assert.ok(suggestions.items.some((i) => i.label.includes(word)), JSON.stringify(suggestions));
      assert.equal((await answered('thread')) - onThread, 3);
      assert.equal(await answered('process'), onProcess);
    });

    test('a thread that stops is replaced on the next search; one that cannot open its database leaves the search to the caller', async () => {
      const version = await getContentVersion(app.deps.db);
      const first = (await thread.search('微针', 1, version, false)) as { kind: string };
      const id = thread.threadId;
      // Stop it from inside, as a crash would: the next call starts another.
      const worker = (thread as unknown as { worker: Worker }).worker;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.ref();
      worker.postMessage({ id: 0, op: 'close' });
      await exited;
      assert.deepEqual(await thread.search('微针', 1, version, false), first);
      assert.notEqual(thread.threadId, id);

      const broken = new SearchThread({ dataDir: '/dev/null/no-such-folder', databaseUrl: dialect.name === 'postgres' ? 'postgres://nobody@127.0.0.1:1/none' : undefined });
      try {
        await assert.rejects(broken.search('微针', 1, version, false), SearchThreadUnavailable);
      } finally {
        await broken.close();
      }
      await assert.rejects(broken.search('微针', 1, version, false), SearchThreadUnavailable);
    });
  });
}
