import type { ArticleAsideSection } from '../content/index.js';
import { listPublishedQa, type QaCard } from './qa.repository.js';
import { RelatedQa } from './qa.views.js';

/** The article page's "related questions": published Q&A of the article's category. */
export const relatedQaSection: ArticleAsideSection<QaCard[]> = {
  name: 'qa',
  loadForCategory: (db, categoryId) => listPublishedQa(db, { categoryId, limit: 5 }),
  render: (ctx, items) => <RelatedQa ctx={ctx} items={items} />,
};
