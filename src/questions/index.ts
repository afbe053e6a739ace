// The questions feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { findPii } from './pii.js';
export { findPublishedQa, listPublishedQa, sitemapQa } from './qa.repository.js';
export type { QaCard } from './qa.repository.js';
export { indexAllQa } from './qa.search.js';
export { RelatedQa } from './qa.views.js';
export { dropRedactions, keepRedactedOriginal, MAX_PHRASES, parsePhrases, parseSpan, redact, redactedOriginals, REDACTION_MARK, spansOfPhrases, textHash } from './redaction.js';
export type { Span } from './redaction.js';
export { around, PII_LABELS } from './pii.js';
export type { PiiFinding } from './pii.js';
