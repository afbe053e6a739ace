// The questions feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { findPii } from './pii.js';
export { findPublishedQa, listPublishedQa, sitemapQa } from './qa.repository.js';
export type { QaCard } from './qa.repository.js';
export { indexAllQa } from './qa.search.js';
export { RelatedQa } from './qa.views.js';
