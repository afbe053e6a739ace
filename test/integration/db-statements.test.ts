import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { dialects, type TestDatabase } from '../helpers/db.js';

// Issue 12: statements the app runs again and again are parsed and planned once per connection
// (a statement cache on SQLite, named prepared statements on PostgreSQL), and the results stay
// the same when the schema changes under them.

for (const dialect of dialects) {
  describe(`repeated statements on ${dialect.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await dialect.create();
    });
    after(() => t.drop());

    test('a statement run often gives the same answers, and a table changed under it still reads right', async () => {
      const db = t.db.kysely;
      await sql`create table stmt_probe (id integer primary key, label text not null)`.execute(db);
      await db.transaction().execute(async (trx) => {
        for (let i = 1; i <= 6; i++) await sql`insert into stmt_probe (id, label) values (${i}, ${`l${i}`})`.execute(trx);
        for (let i = 1; i <= 6; i++) {
          const r = await sql<{ label: string }>`select * from stmt_probe where id = ${i}`.execute(trx);
          assert.deepEqual(r.rows.map((x) => x.label), [`l${i}`]);
        }
        if (dialect.name === 'postgres') {
          // Same connection (one transaction): the repeated select is now a named statement.
          const named = await sql<{ n: string }>`select count(*) as n from pg_prepared_statements where statement like '%from stmt_probe where id%'`.execute(trx);
          assert.equal(Number(named.rows[0]!.n), 1, 'the repeated select is prepared once, by name');
        }
      });
      // A column added under a prepared "select *": PostgreSQL refuses the old plan; the query
      // is run afresh instead of failing.
      await sql`alter table stmt_probe add column extra text`.execute(db);
      for (let i = 1; i <= 6; i++) {
        const r = await sql<{ label: string; extra: string | null }>`select * from stmt_probe where id = ${i}`.execute(db);
        assert.deepEqual(r.rows.map((x) => [x.label, x.extra]), [[`l${i}`, null]]);
      }
    });
  });
}
