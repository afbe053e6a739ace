import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forgetErasedData, tablesWrittenIn, transactionMark } from '../../src/db/connection.js';
import { demoAppPerDialect, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { rawHits } from '../helpers/footprint.js';

// After an erasure the storage must forget the erased rows too (src/db/connection.ts). On
// PostgreSQL, VACUUM FULL keeps the row versions that an older snapshot may still see — another
// request's transaction, a job, a backup: the erasure waits for such snapshots to end first.

const appFor = demoAppPerDialect();

/** Deletes the row in a transaction, then makes the storage forget it, as an erasure does. */
async function eraseRow(app: TestApp, needle: string): Promise<void> {
  const db = app.deps.db;
  let tables: string[] = [];
  let mark: string | undefined;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_synonym').where('term', '=', needle).execute();
    tables = await tablesWrittenIn(trx);
    mark = await transactionMark(trx);
  });
  await forgetErasedData(db, tables, mark);
}

for (const dialect of dialects) {
  describe(`erased rows leave the storage on ${dialect.name}`, () => {
    const app = () => appFor(dialect.name);
    const insert = (needle: string) => app().deps.db.insertInto('search_synonym').values({ term: needle, target: '白癜风', updated_at: new Date().toISOString() }).execute();

    test('a deleted row is gone from the files once forgotten', async () => {
      const needle = `erase-${dialect.name}-plain-7f3a`;
      await insert(needle);
      assert.ok((await rawHits(app(), [needle])).length > 0, 'the row is in the files first');
      await eraseRow(app(), needle);
      assert.deepEqual(await rawHits(app(), [needle]), []);
    });

  });
}
