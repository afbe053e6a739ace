import type { Generated } from 'kysely';

// The insights feature's tables (migration 0014_insights), assembled into `Database` in db/schema.ts.

export type PageKind = 'article' | 'doctor' | 'qa';
/** Where a reader came from, reduced to a class; the referring address itself is never kept. */
export type ReferrerClass = 'search' | 'wechat' | 'other' | 'internal' | 'direct';
export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'other';

/** Views of one page on one clinic-local day, per referrer and device class: a number, nothing about a reader. */
export interface PageViewDailyTable {
  day: string;
  kind: PageKind;
  subject_id: number;
  referrer_class: ReferrerClass;
  device_class: DeviceClass;
  views: number;
}

/** The same counts summed per month ('YYYY-MM') for days older than the retention period. */
export interface PageViewMonthlyTable {
  month: string;
  kind: PageKind;
  subject_id: number;
  referrer_class: ReferrerClass;
  device_class: DeviceClass;
  views: number;
}

export interface InsightsSubscriptionTable {
  user_id: number;
  created_at: Generated<string>;
}

export interface InsightsTables {
  page_view_daily: PageViewDailyTable;
  page_view_monthly: PageViewMonthlyTable;
  insights_subscription: InsightsSubscriptionTable;
}

// The article a booking or question was started from (0014). Declared here, by augmentation, so
// that the booking and questions features' table files stay as their owners keep them.
declare module '../booking/booking.tables.js' {
  interface BookingTable {
    source_article_id: number | null;
  }
}
declare module '../questions/questions.tables.js' {
  interface QuestionTable {
    source_article_id: number | null;
  }
}
