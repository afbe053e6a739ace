import type { Generated, Selectable } from 'kysely';

// The feedback feature's tables (migration 0007_feedback), assembled into `Database` in db/schema.ts.

/**
 * What happens to a comment. Ratings carry no text and count in the aggregates at once; a comment
 * reaches a public page only when 'approved' (and the clinic shows comments at all).
 * - 'none': no comment was written;
 * - 'pending': waiting for a moderator;
 * - 'approved': may be shown, de-identified (needs the patient's consent and no error-level finding);
 * - 'private': the ratings stand, the comment is kept for the clinic only (no consent, an efficacy
 *   claim, or the patient withdrew the consent);
 * - 'rejected': the comment is not acceptable at all (abuse, spam, someone else's data).
 */
export type CommentStatus = 'none' | 'pending' | 'approved' | 'private' | 'rejected';

export interface FeedbackTable {
  id: Generated<number>;
  doctor_id: number;
  /** The checked-in visit rated; null for a visit known only by a staff-issued code. Unique. */
  booking_id: number | null;
  /** The staff-issued code used; null for a booking. Unique. */
  code_id: number | null;
  /** 1–5 each: was it explained clearly (解释), staff attitude (态度), waiting time (等候). */
  rating_explain: number;
  rating_attitude: number;
  rating_wait: number;
  /** Plain text, at most 500 characters; null when none (or erased). */
  comment: string | null;
  /** The compliance checker's findings on the comment (src/compliance Finding[]), as JSON. */
  findings_json: string;
  /** 1 when the patient agreed to have the comment shown publicly, de-identified. */
  consent_publish: number;
  /** [{ purpose, version, at, withdrawn_at }]: what was agreed to and when. */
  consent_json: string;
  comment_status: CommentStatus;
  moderated_by: number | null;
  moderated_at: string | null;
  /** Keyed hash of the booking's mobile number, for the data-rights pages; null for code visits. */
  mobile_hmac: string | null;
  locale: string;
  /** When a moderator last redacted part of the comment (the original is in `redaction`, migration 0017). */
  redacted_at: Generated<string | null>;
  created_at: string;
}

/** A one-use code the front desk gives a patient whose visit is not in the booking system. */
export interface FeedbackCodeTable {
  id: Generated<number>;
  /** sha256 of the code as printed (normalised: upper case, no dash). */
  code_hash: string;
  doctor_id: number;
  /** Clinic-local 'YYYY-MM-DD' of the visit, when staff gave it. */
  visit_date: string | null;
  issued_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface FeedbackTables {
  feedback: FeedbackTable;
  feedback_code: FeedbackCodeTable;
}

export type Feedback = Selectable<FeedbackTable>;
export type FeedbackCode = Selectable<FeedbackCodeTable>;
