import type { Generated, Selectable } from 'kysely';

// The booking feature's tables (migration 0004_booking), assembled into `Database` in db/schema.ts.
// Instants are ISO-8601 UTC text, clinic-local dates 'YYYY-MM-DD' and clinic-local times 'HH:MM'
// (docs/decisions/0002 and 0007).

export type Period = 'morning' | 'afternoon' | 'evening' | 'custom';
export type BookingStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show';
export type VisitType = 'first' | 'return';

/** A doctor's weekly clinic: every `weekday` (1 = Monday … 7 = Sunday) in the clinic's zone. */
export interface ScheduleTemplateTable {
  id: Generated<number>;
  doctor_id: number;
  weekday: number;
  period: Period;
  start_local: string;
  end_local: string;
  /** 普通门诊 / 专家门诊 / 特需门诊 … as the clinic names it. */
  reg_type: string;
  /** In fen (1/100 yuan): integers add up the same on both engines. */
  fee_cents: number;
  quota: number;
  /** The service's key (`service.key`, migration 0018_services_catalogue): which screening questions apply. */
  service: string;
  active: number;
  created_at: string;
}

/** A date on which a template does not run (quota null) or runs with another quota. */
export interface ScheduleExceptionTable {
  id: Generated<number>;
  doctor_id: number;
  local_date: string;
  /** Null: every template of the doctor on that date. */
  template_id: number | null;
  quota: number | null;
  note: string;
  created_at: string;
}

/** 出诊: one clinic session; `booked` counts places taken (bookings and held waitlist offers). */
export interface ClinicSessionTable {
  id: Generated<number>;
  doctor_id: number;
  template_id: number | null;
  local_date: string;
  period: Period;
  start_local: string;
  end_local: string;
  starts_at: string;
  ends_at: string;
  reg_type: string;
  fee_cents: number;
  service: string;
  quota: number;
  booked: Generated<number>;
  /** The last queue number handed out: numbers are never reused, even after a cancellation. */
  issued: Generated<number>;
  status: 'open' | 'stopped';
  stop_reason: string | null;
  stopped_at: string | null;
  created_at: string;
}

export interface BookingTable {
  id: Generated<number>;
  session_id: number;
  queue_no: number;
  ref_code: string;
  /** AES-256-GCM ciphertexts (src/personal-data/patient-crypto.ts). */
  name_enc: string;
  mobile_enc: string;
  email_enc: string | null;
  /** Keyed HMAC of the normalised mobile number, for look-ups and limits. */
  mobile_hmac: string;
  visit_type: VisitType;
  reason_enc: string;
  screening_enc: string;
  consent_json: string;
  status: BookingStatus;
  /** 'patient' | 'clinic' | 'stopped' when cancelled. */
  cancelled_by: string | null;
  source: 'online' | 'walkin' | 'waitlist';
  locale: 'zh-CN' | 'en';
  manage_token_hash: string;
  manage_expires_at: string;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}

export interface WaitlistEntryTable {
  id: Generated<number>;
  session_id: number;
  /** The whole booking request, encrypted: accepting an offer books exactly what was asked. */
  request_enc: string;
  mobile_hmac: string;
  locale: 'zh-CN' | 'en';
  status: 'waiting' | 'offered' | 'accepted' | 'expired' | 'left';
  token_hash: string;
  offer_expires_at: string | null;
  booking_id: number | null;
  created_at: string;
}

/** What the recording SMS provider "sent": for tests and the demo; the HTTP provider posts instead. */
export interface SmsMessageTable {
  id: Generated<number>;
  to_hmac: string;
  to_masked: string;
  body: string;
  kind: string;
  booking_id: number | null;
  sent_at: string;
}

/**
 * A booking or waiting-list request waiting for the code texted to its number (migration 0011).
 * `places` 1: a place of the session is counted in `booked` for it until it is confirmed (the
 * booking takes it over) or given back (expired, failed, replaced). Rows also serve as the log
 * the code limits count; the request itself is blanked once the hold is settled.
 */
export interface BookingHoldTable {
  id: Generated<number>;
  session_id: number;
  action: 'book' | 'waitlist';
  idempotency_key: string;
  token_hash: string;
  request_enc: string | null;
  mobile_hmac: string;
  ip_hmac: string;
  code_hash: string | null;
  tries: Generated<number>;
  places: number;
  status: 'held' | 'confirmed' | 'expired' | 'failed' | 'replaced';
  expires_at: string;
  booking_id: number | null;
  created_at: string;
}

/** Texts sent per clinic-local day: the site's SMS budget. */
export interface SmsDayTable {
  day: string;
  sent: Generated<number>;
}

/**
 * The limits within which a doctor edits their own schedule (migration 0017_schedules_doctor_limits):
 * doctor_id 0 is the site's row, another id a doctor's own (src/booking/schedule-limits.ts).
 */
export interface ScheduleLimitTable {
  doctor_id: number;
  self_edit: number;
  max_sessions_week: number;
  earliest_start: string;
  latest_end: string;
  max_quota: number;
  days_ahead: number;
  notice_hours: number;
  updated_at: string;
  updated_by: number | null;
}

/** A service patients book (migration 0018_services_catalogue); sessions name it by `key`. */
export interface ServiceTable {
  id: Generated<number>;
  key: string;
  name_zh: string;
  name_en: string;
  duration_minutes: number;
  price_note: string;
  /** 0: retired — not offered for new bookings; sessions and bookings made with it still render. */
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

/** Which doctors offer a service (templates and moves across doctors are limited to these). */
export interface ServiceDoctorTable {
  service_id: number;
  doctor_id: number;
}

export interface ScreeningOption {
  value: string;
  zh: string;
  en: string;
  /** This answer refuses online booking (the patient is told why and offered a consultation). */
  refuses: boolean;
}

export interface ScreeningQuestionTable {
  id: Generated<number>;
  service_id: number;
  /** The form field is q_<qkey>; answers are stored under it. */
  qkey: string;
  kind: 'yesno' | 'choice';
  text_zh: string;
  text_en: string;
  short_zh: string;
  short_en: string;
  note_zh: string;
  note_en: string;
  /** ScreeningOption[] as JSON. */
  options_json: string;
  position: number;
  retired: number;
  created_at: string;
  updated_at: string;
}

export interface BookingTables {
  service: ServiceTable;
  service_doctor: ServiceDoctorTable;
  screening_question: ScreeningQuestionTable;
  booking_hold: BookingHoldTable;
  sms_day: SmsDayTable;
  schedule_template: ScheduleTemplateTable;
  schedule_exception: ScheduleExceptionTable;
  clinic_session: ClinicSessionTable;
  booking: BookingTable;
  waitlist_entry: WaitlistEntryTable;
  sms_message: SmsMessageTable;
  schedule_limit: ScheduleLimitTable;
}

export type ScheduleTemplate = Selectable<ScheduleTemplateTable>;
export type ScheduleException = Selectable<ScheduleExceptionTable>;
export type ClinicSession = Selectable<ClinicSessionTable>;
export type Booking = Selectable<BookingTable>;
export type WaitlistEntry = Selectable<WaitlistEntryTable>;
export type BookingHold = Selectable<BookingHoldTable>;
export type ServiceRow = Selectable<ServiceTable>;
export type ScreeningQuestionRow = Selectable<ScreeningQuestionTable>;
