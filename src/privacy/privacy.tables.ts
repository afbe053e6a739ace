import type { Generated, Selectable } from 'kysely';

// The data-rights feature's tables (migration 0008_privacy), assembled into `Database` in db/schema.ts.

/** A one-time code sent by SMS; also the log the per-number and per-address limits count. */
export interface PrivacyOtpTable {
  id: Generated<number>;
  mobile_hmac: string;
  /** Keyed hash of the requesting address (never the address itself). */
  ip_hmac: string;
  /** Keyed hash of the code (src/privacy/otp.ts): a leaked table cannot be brute-forced offline. */
  code_hash: string;
  attempts: Generated<number>;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A short data-rights session after a code was verified; the cookie holds the token, this row its hash. */
export interface PrivacySessionTable {
  id: Generated<number>;
  token_hash: string;
  mobile_hmac: string;
  mobile_enc: string;
  created_at: string;
  expires_at: string;
}

export type PrivacyRequestStatus = 'pending' | 'completed';

/** A patient's request that staff complete; its identifying columns are blanked on completion. */
export interface PrivacyRequestTable {
  id: Generated<number>;
  kind: 'erasure';
  status: PrivacyRequestStatus;
  mobile_hmac: string | null;
  mobile_enc: string | null;
  created_at: string;
  completed_at: string | null;
  completed_by: number | null;
  /** Rows changed per source, e.g. {"booking":3,"questions":1,"privacy":2}. */
  summary_json: string | null;
}

export interface PrivacyTables {
  privacy_otp: PrivacyOtpTable;
  privacy_session: PrivacySessionTable;
  privacy_request: PrivacyRequestTable;
}

export type PrivacyOtp = Selectable<PrivacyOtpTable>;
export type PrivacySession = Selectable<PrivacySessionTable>;
export type PrivacyRequest = Selectable<PrivacyRequestTable>;
