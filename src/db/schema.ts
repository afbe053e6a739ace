import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { BookingTables } from '../booking/booking.tables.js';
import type { ComplianceTables } from '../content/compliance.tables.js';
import type { FeedbackTables } from '../feedback/feedback.tables.js';
import type { MediaStoreTables } from '../media/media.tables.js';
import type { InsightsTables } from '../insights/insights.tables.js';
import type { ImportTables } from '../import/import.tables.js';
import type { PrivacyTables } from '../privacy/privacy.tables.js';
import type { QuestionTables } from '../questions/questions.tables.js';

// Instants are ISO-8601 UTC strings and calendar dates are 'YYYY-MM-DD' on both databases
// (docs/decisions/0002-portable-column-types.md): one representation, one set of comparisons.

export interface SiteProfileTable {
  id: number;
  name: string;
  short_name: string;
  tagline: string;
  address: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  hours_json: string;
  licence_no: string;
  ad_review_no: string;
  intro_md: string;
  updated_at: string;
  /** 1: approved visit-feedback comments appear on doctor pages (migration 0007_feedback). */
  show_feedback_comments: Generated<number>;
}

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  name: string;
  name_en: string;
  description: string;
  position: number;
}

export interface DoctorTable {
  id: Generated<number>;
  slug: string;
  name: string;
  title: string;
  specialties_json: string;
  bio_md: string;
  licence_no: string;
  photo_path: string;
  photo_alt: string;
  position: number;
  active: number;
}

export interface DoctorCategoryTable {
  doctor_id: number;
  category_id: number;
}

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  category_id: number;
  doc_type: 'institution' | 'kepu' | 'ad' | 'case';
  status: 'draft' | 'in_review' | 'approved' | 'published' | 'archived';
  published_revision_id: number | null;
  /** The newest revision: what the editor shows and the workflow is about. */
  head_revision_id: number | null;
  scheduled_at: string | null;
  author_doctor_id: number | null;
  source: string;
  featured: number;
  published_at: string | null;
  updated_at: string;
  next_review_due: string | null;
  created_at: string;
}

export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  title: string;
  summary: string;
  body_md: string;
  blocks_json: string;
  author_name: string;
  content_hash: string;
  created_at: string;
  /** The account that wrote this revision (null for seeded or older content): it may not approve it. */
  author_user_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ReviewApprovalTable {
  id: Generated<number>;
  revision_id: number;
  content_hash: string;
  reviewer_doctor_id: number;
  reviewer_user_id: number | null;
  approved_at: string;
}

export interface HotTopicPinTable {
  article_id: number;
  position: number;
  pinned_at: string;
}

export interface ArticleViewDailyTable {
  article_id: number;
  day: string;
  views: number;
}

export interface SearchDocTable {
  id: Generated<number>;
  kind: 'article' | 'faq' | 'doctor' | 'qa' | 'page';
  ref_id: number;
  url: string;
  title: string;
  body: string;
  published_at: string;
}

export interface SearchTermTable {
  term: string;
  doc_id: number;
  weight: number;
}

export interface SearchSynonymTable {
  id: Generated<number>;
  /** What people type (lower-case, NFKC). */
  term: string;
  /** What the articles say; searched as well, ranked a little below the typed word. */
  target: string;
  updated_at: string;
}

export interface SearchMissTable {
  day: string;
  query: string;
  searches: number;
  results: number;
}

export interface SiteStateTable {
  key: string;
  value: string;
}

export type Role = 'admin' | 'editor' | 'reviewer' | 'doctor' | 'frontdesk' | 'manager';

export interface StaffUserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  doctor_id: number | null;
  active: number;
  created_at: string;
  updated_at: string;
  totp_secret_enc: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled_at: ColumnType<string | null, string | null | undefined, string | null>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  /** The language of this person's staff pages: 'zh-CN' or 'en'. */
  locale: ColumnType<string, string | undefined, string>;
}

export interface StaffRoleTable {
  user_id: number;
  role: Role;
}

export interface StaffSessionTable {
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  /** 'full'; 'mfa': the password is proved, the second factor is owed; 'enrol': must enrol first. */
  stage: ColumnType<SessionStage, SessionStage | undefined, SessionStage>;
}

export type SessionStage = 'full' | 'mfa' | 'enrol';

export interface StaffRecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
}

export interface StaffPasswordResetTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ReviewerLinkRequestTable {
  user_id: number;
  doctor_id: number;
  requested_by: number;
  requested_at: string;
}

export interface AuditChainTable {
  id: number;
  head_id: number;
  head_hash: string;
  base_hash: string;
}

export interface StaffInviteTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
  used_at: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  subject_type: string;
  subject_id: string;
  ip: string;
  user_agent: string;
  detail_json: string;
  outcome: ColumnType<string, string | undefined, string>;
  prev_hash: ColumnType<string | null, string | null | undefined, string | null>;
  hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload_json: string;
  run_at: string;
  attempts: Generated<number>;
  last_error: string | null;
  locked_until: Generated<string>;
  created_at: string;
  done_at: string | null;
  dedupe_key: string | null;
}

export interface MediaTable {
  id: Generated<number>;
  file_key: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: Generated<string>;
  original_name: string;
  variants_json: string;
  created_by: number | null;
  created_at: string;
}

export interface Database extends BookingTables, ComplianceTables, QuestionTables, FeedbackTables, PrivacyTables, MediaStoreTables, InsightsTables, ImportTables {
  site_profile: SiteProfileTable;
  category: CategoryTable;
  doctor: DoctorTable;
  doctor_category: DoctorCategoryTable;
  article: ArticleTable;
  article_revision: ArticleRevisionTable;
  review_approval: ReviewApprovalTable;
  hot_topic_pin: HotTopicPinTable;
  article_view_daily: ArticleViewDailyTable;
  search_doc: SearchDocTable;
  search_term: SearchTermTable;
  search_synonym: SearchSynonymTable;
  search_miss: SearchMissTable;
  site_state: SiteStateTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
  staff_session: StaffSessionTable;
  staff_invite: StaffInviteTable;
  login_throttle: LoginThrottleTable;
  audit_event: AuditEventTable;
  audit_chain: AuditChainTable;
  staff_recovery_code: StaffRecoveryCodeTable;
  staff_password_reset: StaffPasswordResetTable;
  reviewer_link_request: ReviewerLinkRequestTable;
  job: JobTable;
  media: MediaTable;
}

export type Category = Selectable<CategoryTable>;
export type Doctor = Selectable<DoctorTable>;
export type NewArticle = Insertable<ArticleTable>;
