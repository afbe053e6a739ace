import type { Kysely } from 'kysely';
import type { ComponentChildren } from 'preact';
import type { Database } from '../db/schema.js';
import type { PageContext } from '../web/context.js';

// Extension points of the article page: a feature that builds on content (questions today) adds a
// section to the page's aside without content importing it. The composition (src/main.ts) sets the
// list once, as it sets the personal-data sources; content renders whatever it is given.

/** A section of the article page's aside; what it shows depends only on the article's category. */
export interface ArticleAsideSection<T = unknown> {
  name: string;
  /** Loaded once per category and content version: every article of a category shows the same. */
  loadForCategory(db: Kysely<Database>, categoryId: number): Promise<T>;
  render(ctx: PageContext, data: T): ComponentChildren;
}

let asideSections: readonly ArticleAsideSection<any>[] = [];

export function setArticleAsideSections(sections: readonly ArticleAsideSection<any>[]): void {
  asideSections = sections;
}

export function articleAsideSections(): readonly ArticleAsideSection<any>[] {
  return asideSections;
}
