import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DeviceClass, PageKind, ReferrerClass } from './insights.tables.js';

// Every statement of the insights feature. Counts come back as numbers on both engines
// (PostgreSQL returns count() and sum() as text).

type Db = Kysely<Database>;

export interface ViewCount {
  day: string;
  kind: PageKind;
  subject_id: number;
  referrer_class: ReferrerClass;
  device_class: DeviceClass;
  views: number;
}

export async function addPageViews(db: Db, rows: ViewCount[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('page_view_daily')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['day', 'kind', 'subject_id', 'referrer_class', 'device_class'])
        .doUpdateSet((eb) => ({ views: eb('page_view_daily.views', '+', eb.ref('excluded.views')) })),
    )
    .execute();
}

export interface ViewGroup {
  kind: PageKind;
  subject_id: number;
  referrer_class: ReferrerClass;
  device_class: DeviceClass;
  views: number;
}

/** Views of days in [from, to] still kept as days, plus the monthly totals of the given months. */
export async function viewsInRange(db: Db, from: string, to: string, months: string[]): Promise<ViewGroup[]> {
  const daily = await db
    .selectFrom('page_view_daily')
    .select(['kind', 'subject_id', 'referrer_class', 'device_class', (eb) => eb.fn.sum<number>('views').as('views')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['kind', 'subject_id', 'referrer_class', 'device_class'])
    .execute();
  const monthly = months.length
    ? await db
        .selectFrom('page_view_monthly')
        .select(['kind', 'subject_id', 'referrer_class', 'device_class', (eb) => eb.fn.sum<number>('views').as('views')])
        .where('month', 'in', months)
        .groupBy(['kind', 'subject_id', 'referrer_class', 'device_class'])
        .execute()
    : [];
  return [...daily, ...monthly].map((r) => ({ ...r, views: Number(r.views) }));
}

/**
 * Moves the daily counts of days before `before` into monthly totals; call it in a transaction
 * (the job runner gives one), so nothing is counted twice or lost. A month's total is what was
 * rolled up plus the days of it still kept.
 */
export async function rollUpViews(trx: Db, before: string): Promise<number> {
  {
    const rows = await trx
      .selectFrom('page_view_daily')
      .select([
        sql<string>`substr(day, 1, 7)`.as('month'),
        'kind',
        'subject_id',
        'referrer_class',
        'device_class',
        (eb) => eb.fn.sum<number>('views').as('views'),
      ])
      .where('day', '<', before)
      .groupBy([sql`substr(day, 1, 7)`, 'kind', 'subject_id', 'referrer_class', 'device_class'])
      .execute();
    if (!rows.length) return 0;
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('page_view_monthly')
        .values(rows.slice(i, i + 500).map((r) => ({ ...r, views: Number(r.views) })))
        .onConflict((oc) =>
          oc
            .columns(['month', 'kind', 'subject_id', 'referrer_class', 'device_class'])
            .doUpdateSet((eb) => ({ views: eb('page_view_monthly.views', '+', eb.ref('excluded.views')) })),
        )
        .execute();
    }
    const deleted = await trx.deleteFrom('page_view_daily').where('day', '<', before).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }
}

/** Titles of articles (the published version, else the newest), doctors and published Q&A, by id. */
export async function pageTitles(db: Db, ids: { article: number[]; doctor: number[]; qa: number[] }) {
  const [articles, doctors, qa] = await Promise.all([
    ids.article.length
      ? db
          .selectFrom('article as a')
          .innerJoin('article_revision as r', (j) => j.on(sql`r.id`, '=', sql`coalesce(a.published_revision_id, a.head_revision_id)`))
          .select(['a.id', 'a.slug', 'r.title'])
          .where('a.id', 'in', ids.article)
          .execute()
      : [],
    ids.doctor.length ? db.selectFrom('doctor').select(['id', 'slug', 'name as title']).where('id', 'in', ids.doctor).execute() : [],
    ids.qa.length ? db.selectFrom('qa_publication').select(['id', 'slug', 'title']).where('id', 'in', ids.qa).execute() : [],
  ]);
  return { article: articles, doctor: doctors, qa };
}

/** Bookings and questions started from an article, created in [fromIso, toIso). */
export async function attributed(db: Db, fromIso: string, toIso: string) {
  const [bookings, questions] = await Promise.all([
    db
      .selectFrom('booking')
      .select(['source_article_id as article_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('source_article_id', 'is not', null)
      .where('created_at', '>=', fromIso)
      .where('created_at', '<', toIso)
      .groupBy('source_article_id')
      .execute(),
    db
      .selectFrom('question')
      .select(['source_article_id as article_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('source_article_id', 'is not', null)
      .where('created_at', '>=', fromIso)
      .where('created_at', '<', toIso)
      .groupBy('source_article_id')
      .execute(),
  ]);
  const map = (rows: { article_id: number | null; n: number }[]) => new Map(rows.map((r) => [r.article_id!, Number(r.n)]));
  return { bookings: map(bookings), questions: map(questions) };
}

/** Clinic sessions on clinic-local dates in [from, to], with their doctor. */
export async function sessionsInRange(db: Db, from: string, to: string) {
  return db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .select(['s.id', 's.doctor_id', 'd.name as doctor_name', 'd.position as doctor_position', 's.local_date', 's.quota', 's.status'])
    .where('s.local_date', '>=', from)
    .where('s.local_date', '<=', to)
    .execute();
}

/** The bookings of those sessions: status, channel and the two instants of the lead time. No patient data. */
export async function bookingsInRange(db: Db, from: string, to: string) {
  return db
    .selectFrom('booking as b')
    .innerJoin('clinic_session as s', 's.id', 'b.session_id')
    .select(['b.session_id', 's.doctor_id', 's.local_date', 's.starts_at', 'b.status', 'b.source', 'b.created_at'])
    .where('s.local_date', '>=', from)
    .where('s.local_date', '<=', to)
    .execute();
}

/** Waiting-list entries of those sessions, counted by status. */
export async function waitlistInRange(db: Db, from: string, to: string) {
  const rows = await db
    .selectFrom('waitlist_entry as w')
    .innerJoin('clinic_session as s', 's.id', 'w.session_id')
    .select(['w.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.local_date', '>=', from)
    .where('s.local_date', '<=', to)
    .groupBy('w.status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

/** Questions received in [fromIso, toIso): when, and when answered. */
export async function questionsInRange(db: Db, fromIso: string, toIso: string) {
  return db
    .selectFrom('question')
    .select(['created_at', 'answered_at', 'status'])
    .where('created_at', '>=', fromIso)
    .where('created_at', '<', toIso)
    .execute();
}

/** Articles whose content a reviewer approved in [fromIso, toIso) (several approvals of one article count once). */
export async function articlesReviewed(db: Db, fromIso: string, toIso: string): Promise<number> {
  const row = await db
    .selectFrom('review_approval as ra')
    .innerJoin('article_revision as r', 'r.id', 'ra.revision_id')
    .select((eb) => eb.fn.count<number>('r.article_id').distinct().as('n'))
    .where('ra.approved_at', '>=', fromIso)
    .where('ra.approved_at', '<', toIso)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Published articles whose next review falls due on or before `to` (the overdue ones among them: before `today`). */
export async function reviewsDue(db: Db, to: string) {
  return db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.published_revision_id')
    .select(['a.id', 'a.slug', 'r.title', 'a.next_review_due'])
    .where('a.status', '=', 'published')
    .where('a.next_review_due', 'is not', null)
    .where('a.next_review_due', '<=', to)
    .orderBy('a.next_review_due')
    .orderBy('a.id')
    .execute();
}

/** A published article by slug or by id, for the `from` of a booking or question. */
export async function publishedArticleId(db: Db, ref: { slug: string } | { id: number }): Promise<number | null> {
  let q = db.selectFrom('article').select('id').where('status', '=', 'published');
  q = 'slug' in ref ? q.where('slug', '=', ref.slug) : q.where('id', '=', ref.id);
  const row = await q.executeTakeFirst();
  return row?.id ?? null;
}

// Weekly summary subscriptions.

export async function isSubscribed(db: Db, userId: number): Promise<boolean> {
  return !!(await db.selectFrom('insights_subscription').select('user_id').where('user_id', '=', userId).executeTakeFirst());
}

export async function setSubscribed(db: Db, userId: number, on: boolean, now: Date): Promise<void> {
  if (on) {
    await db
      .insertInto('insights_subscription')
      .values({ user_id: userId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
  } else {
    await db.deleteFrom('insights_subscription').where('user_id', '=', userId).execute();
  }
}

/** Active subscribers who still hold a role that may read insights (a role taken away ends the e-mail). */
export async function subscribers(db: Db): Promise<{ id: number; email: string; name: string }[]> {
  return db
    .selectFrom('insights_subscription as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.email', 'u.name'])
    .where('u.active', '=', 1)
    .where((eb) => eb.exists(eb.selectFrom('staff_role as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['admin', 'manager'])))
    .orderBy('u.id')
    .execute();
}

export async function subscriberById(db: Db, id: number) {
  return (await subscribers(db)).find((s) => s.id === id);
}
