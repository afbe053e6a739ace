// The compliance checker's public surface: checkText() and the rule list. It knows texts, not
// articles: the article gate (which findings block publishing) belongs to content.
export { checkText, checkTextAsync, ruleById, tally, type CheckOptions } from './checker.js';
export { RULES } from './rules/index.js';
export { CATEGORIES, DOC_TYPES, DOC_TYPE_LABELS, type Category, type DocType, type Finding, type Rule, type Severity } from './types.js';
