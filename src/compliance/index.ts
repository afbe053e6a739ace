// The compliance checker's public surface: checkText() and the rule list.
export { checkText, ruleById, tally, type CheckOptions } from './checker.js';
export { RULES } from './rules/index.js';
export { CATEGORIES, DOC_TYPES, DOC_TYPE_LABELS, type Category, type DocType, type Finding, type Rule, type Severity } from './types.js';
export { acceptFinding, overrideAndPublish, reviewHead } from './actions.js';
export { complianceRefusal } from './gate.js';
export { complianceRoutes, liveReview, tooLongToCheck } from './compliance.admin.routes.js';
export { ComplianceGate, ComplianceLive } from './compliance.admin.views.js';
