import type { Rule } from '../types.js';
import { absoluteRules } from './absolute.js';
import { efficacyRules } from './efficacy.js';
import { evidenceRules } from './evidence.js';
import { personRules } from './persons.js';
import { promotionRules } from './promotion.js';
import { safetyRules } from './safety.js';
import { scopeRules } from './scope.js';
import { shapeRules } from './shapes.js';

/** Every rule, in the order reports list categories. Ids are unique (checked below). */
export const RULES: readonly Rule[] = [...absoluteRules, ...efficacyRules, ...evidenceRules, ...safetyRules, ...promotionRules, ...personRules, ...scopeRules, ...shapeRules];

const seen = new Set<string>();
for (const r of RULES) {
  if (seen.has(r.id)) throw new Error(`compliance rule id ${r.id} is used twice`);
  seen.add(r.id);
}
