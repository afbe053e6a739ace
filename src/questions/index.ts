// The questions feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { findPublishedQa, listPublishedQa, sitemapQa } from './qa.repository.js';
export type { QaCard } from './qa.repository.js';
export { qaSearchSource } from './qa.search.js';
export { dropRedactions, keepRedactedOriginal, MAX_PHRASES, parsePhrases, parseSpan, redact, redactedOriginals, REDACTION_MARK, spansOfPhrases, textHash } from './redaction.js';
export type { Span } from './redaction.js';
export { relatedQaSection } from './qa.sections.js';
