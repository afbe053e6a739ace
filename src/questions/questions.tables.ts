import type { Generated } from 'kysely';

// The questions feature's tables (migration 0006_questions), assembled into `Database` in db/schema.ts.

export type QuestionStatus = 'new' | 'triaged' | 'answered' | 'closed' | 'erased';
export type QuestionPriority = 'low' | 'normal' | 'high' | 'urgent';
/** Why a question was closed without an answer; 'spam' is the only one the sender is not told. */
export type CloseReason = 'duplicate' | 'visit' | 'unrelated' | 'spam';

export interface QuestionTable {
  id: Generated<number>;
  /** sha256 of the private-link token (the patient reads the answer with the token). */
  token_hash: string;
  /** The question as the patient wrote it, encrypted (PatientCrypto). */
  body_enc: string;
  /** e.g. '18-29'; null when not given. */
  age_range: string | null;
  /** 'female' | 'male' | null. */
  sex: string | null;
  /** 'mobile' | 'email' | null: how the patient wants to hear that the answer is ready. */
  contact_kind: string | null;
  contact_enc: string | null;
  /** Keyed hash of the mobile number (contact or not), for the data-rights pages. */
  mobile_hmac: string | null;
  consent_health: number;
  consent_publish: number;
  /** What was agreed to, when, and which wording version: [{ purpose, version, at, withdrawn_at? }]. */
  consent_json: string;
  locale: string;
  /** 1 when urgent words were found (the patient was shown the 120 notice). */
  urgent: Generated<number>;
  status: QuestionStatus;
  priority: Generated<QuestionPriority>;
  category_id: number | null;
  assigned_doctor_id: number | null;
  answer_enc: string | null;
  answered_by: number | null;
  answered_at: string | null;
  /** Hash of the normalised question text: the same question twice within a window is a duplicate. */
  dedupe_hash: string;
  /** Keyed hash of the sender's address, for rate limits across instances. */
  source_hmac: string;
  contact_erased_at: string | null;
  /** Set when staff close the question without an answer (migration 0009). */
  closed_at: string | null;
  close_reason: CloseReason | null;
  /** Keyed hash of the contact given (kind and value): a duplicate is the same text from the same contact (migration 0011). */
  contact_hmac: string | null;
  /** Keyed hash of the ask form's one-time key: only the form that stored a question gets its link again. */
  form_hmac: string | null;
  /** 1 for the first answer, +1 at each amendment; earlier answers are in question_answer_version (migration 0017). */
  answer_version: Generated<number>;
  answer_amended_at: Generated<string | null>;
  /** The answered question this one follows up (one per answer, migration 0017). */
  follow_up_of: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

/** An answer as it was before the doctor amended it; staff-only, encrypted like the answer. */
export interface QuestionAnswerVersionTable {
  id: Generated<number>;
  question_id: number;
  version: number;
  answer_enc: string;
  answered_by: number | null;
  answered_at: string;
  replaced_by: number | null;
  replaced_at: string;
}

export type RedactionSource = 'feedback' | 'qa';

/** The original of a text a moderator redacted: staff-only, encrypted, purged after `purge_after`. */
export interface RedactionTable {
  id: Generated<number>;
  source: RedactionSource;
  /** feedback.id, or question.id for a public Q&A text. */
  source_id: number;
  field: string;
  original_enc: string;
  spans: number;
  redacted_by: number | null;
  redacted_at: string;
  purge_after: string;
}

export type QaStatus = 'draft' | 'published' | 'withdrawn';

/** The de-identified public version of an answered question, prepared by an editor. */
export interface QaPublicationTable {
  id: Generated<number>;
  question_id: number;
  slug: string;
  title: string;
  question_public: string;
  answer_public: string;
  category_id: number | null;
  doctor_id: number | null;
  status: QaStatus;
  prepared_by: number | null;
  published_by: number | null;
  published_at: string | null;
  /** Set when the doctor amended the answer after this version was written; cleared by publishing (0017). */
  answer_changed_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface QuestionTables {
  question: QuestionTable;
  qa_publication: QaPublicationTable;
  question_answer_version: QuestionAnswerVersionTable;
  redaction: RedactionTable;
}
