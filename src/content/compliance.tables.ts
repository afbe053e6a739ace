import type { Generated } from 'kysely';

// The compliance checker's tables (migration 0003_compliance), assembled into `Database` in db/schema.ts.

export interface ComplianceAcceptanceTable {
  id: Generated<number>;
  article_id: number;
  /** sha256 of rule, matched text and the sentence around it (gate.ts findingKey). */
  finding_key: string;
  rule: string;
  text: string;
  context: string;
  reason: string;
  user_id: number | null;
  user_name: string;
  /** 1 when accepted by someone who may override the gate: only then does it settle an error. */
  by_admin: Generated<number>;
  accepted_at: string;
}

export interface ComplianceOverrideTable {
  id: Generated<number>;
  article_id: number;
  content_hash: string;
  reason: string;
  findings_json: string;
  user_id: number | null;
  user_name: string;
  created_at: string;
}

export interface ComplianceTables {
  compliance_acceptance: ComplianceAcceptanceTable;
  compliance_override: ComplianceOverrideTable;
}
