import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { localDate } from '../web/i18n.js';
import { addViews, existingArticleIds } from './content.repository.js';

/**
 * Counts article views in memory and writes them in one batch every few seconds: reading a
 * page costs no database write, and nothing about the reader is kept — only a number per article.
 */
export class ViewCounter {
  private pending = new Map<number, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timeZone: string,
  ) {}

  add(articleId: number): void {
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
  }

  get pendingCount(): number {
    let n = 0;
    for (const v of this.pending.values()) n += v;
    return n;
  }

  async flush(now: Date): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      const alive = await existingArticleIds(this.db, [...batch.keys()]);
      for (const id of batch.keys()) if (!alive.has(id)) batch.delete(id);
      await addViews(this.db, localDate(now, this.timeZone), batch);
    } catch (err) {
      // Keep the counts for the next flush rather than lose them.
      for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
      throw err;
    }
  }
}
