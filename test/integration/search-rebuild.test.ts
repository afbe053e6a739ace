import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rebuildSearchIndex } from '../../src/main.js';
import { articles } from '../../src/demo/data/articles/index.js';
import { search } from '../../src/search/search.service.js';
import { createDemoDatabase, DEMO_NOW, dialects } from '../helpers/db.js';

// Issue 16: the rebuild of the search index reads articles through published() — the public pages'
// rule — so an article stays findable while a newer draft waits for review, and one whose published
// revision no longer matches its approval drops out.

async function articleUrls(db: Parameters<typeof search>[0], query: string): Promise<string[]> {
  const out = await search(db, query, 1);
  return out.kind === 'results' ? out.hits.filter((h) => h.kind === 'article').map((h) => h.url) : [];
}

for (const dialect of dialects) {
  describe(`search index rebuild on ${dialect.name}`, () => {
    test('an article with an unapproved draft stays findable; one changed behind its approval does not', async () => {
      const t = await createDemoDatabase(dialect);
      try {
        const db = t.db.kysely;
        const [withDraft, tampered] = [articles[0]!, articles[1]!];
        const a = await db.selectFrom('article').select(['id', 'published_revision_id']).where('slug', '=', withDraft.slug).executeTakeFirstOrThrow();
        const rev = await db.selectFrom('article_revision').selectAll().where('id', '=', a.published_revision_id!).executeTakeFirstOrThrow();
        // A newer draft, in review and not approved: its words must not be public, the published ones must stay.
        const { id: draftId } = await db
          .insertInto('article_revision')
          .values({ article_id: a.id, title: '草稿标题仅供审核', summary: rev.summary, body_md: rev.body_md, blocks_json: rev.blocks_json, author_name: rev.author_name, content_hash: 'draft-hash', created_at: DEMO_NOW.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db.updateTable('article').set({ head_revision_id: draftId, status: 'in_review' }).where('id', '=', a.id).execute();
        // The other article's published revision changes behind its approval (the hashes differ now).
        const b = await db.selectFrom('article').select(['published_revision_id']).where('slug', '=', tampered.slug).executeTakeFirstOrThrow();
        await db.updateTable('article_revision').set({ content_hash: 'changed-behind-approval' }).where('id', '=', b.published_revision_id!).execute();

        const r = await rebuildSearchIndex(db, DEMO_NOW);
        assert.equal(r.articles, articles.length - 1, 'every demo article but the tampered one');
        assert.ok((await articleUrls(db, withDraft.title)).includes(`/articles/${withDraft.slug}`), 'found by its published title');
        assert.ok(!(await articleUrls(db, '草稿标题仅供审核')).includes(`/articles/${withDraft.slug}`), 'not by the draft title');
        assert.ok(!(await articleUrls(db, tampered.title)).includes(`/articles/${tampered.slug}`), 'the tampered article is not found');
      } finally {
        await t.drop();
      }
    });
  });
}
