// The content feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { BODY_MAX_CHARS, readDraft, validateDraft } from './article-form.js';
export type { ArticleDraft, FormBody } from './article-form.js';
export { blocks } from './blocks.js';
export type { Block } from './blocks.js';
export { articleCardsByIds, findCategory, findPublishedArticle, listCategories, mostReadIds, pinnedIds, sitemapArticles } from './content.repository.js';
export type { ArticleCard } from './content.repository.js';
export { articleSearchSource, parseBlocks } from './content.service.js';
export type { RevisionContent } from './content.service.js';

export { WorkflowError, createArticle, publish, saveDraft } from './editorial.service.js';
export type { PublishGate } from './editorial.service.js';
export { categoryName, categoryOptions } from './content.repository.js';
export { setArticleAsideSections } from './sections.js';
export type { ArticleAsideSection } from './sections.js';
export { doctorArticlesSection } from './content.sections.js';
export { blockText } from './compliance-article.js';
