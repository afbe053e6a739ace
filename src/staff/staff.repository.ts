import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

/** The name of the active reviewer account linked to this doctor, if any (a licence number is then required). */
export async function linkedReviewerName(db: Kysely<Database>, doctorId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_user as u')
    .innerJoin('staff_role as r', 'r.user_id', 'u.id')
    .select('u.name')
    .where('u.doctor_id', '=', doctorId)
    .where('r.role', '=', 'reviewer')
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return row?.name;
}

/** A staff member's interface language (the account page's setting). */
export async function setStaffLocale(db: Kysely<Database>, userId: number, locale: 'zh-CN' | 'en', now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ locale, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}

/** Every doctor, in the site's order (the choices for linking an account). */
export function doctorsInOrder(db: Db) {
  return db.selectFrom('doctor').selectAll().orderBy('position').orderBy('id').execute();
}

export function doctorById(db: Db, doctorId: number) {
  return db.selectFrom('doctor').selectAll().where('id', '=', doctorId).executeTakeFirst();
}

/** Another active account already linked to this doctor, if any. */
export function otherActiveUserOfDoctor(db: Db, doctorId: number, exceptUserId: number) {
  return db.selectFrom('staff_user').select('name').where('doctor_id', '=', doctorId).where('active', '=', 1).where('id', '!=', exceptUserId).executeTakeFirst();
}

export async function deleteReviewerLinkRequest(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('reviewer_link_request').where('user_id', '=', userId).execute();
}

export async function insertReviewerLinkRequest(db: Db, values: Insertable<Database['reviewer_link_request']>): Promise<void> {
  await db.insertInto('reviewer_link_request').values(values).execute();
}

export function reviewerLinkRequest(db: Db, userId: number) {
  return db.selectFrom('reviewer_link_request').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/**
 * Takes a pending reviewer link request, only if it is still the one asked for by `requestedBy`;
 * true for the one request whose DELETE took the row.
 */
export async function claimReviewerLinkRequest(db: Db, userId: number, requestedBy: number): Promise<boolean> {
  const claimed = await db.deleteFrom('reviewer_link_request').where('user_id', '=', userId).where('requested_by', '=', requestedBy).executeTakeFirst();
  return Number(claimed.numDeletedRows) === 1;
}

/** A pending reviewer link for an account, with who asked and the doctor's name. */
export function pendingReviewerLink(db: Db, userId: number) {
  return db
    .selectFrom('reviewer_link_request as p')
    .innerJoin('staff_user as by', 'by.id', 'p.requested_by')
    .innerJoin('doctor as d', 'd.id', 'p.doctor_id')
    .select(['p.requested_by', 'p.requested_at', 'by.name as by_name', 'd.name as doctor_name'])
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
}

/** A pending reviewer link as the account page shows it. */
export function pendingReviewerLinkForAccount(db: Db, userId: number) {
  return db
    .selectFrom('reviewer_link_request as p')
    .innerJoin('staff_user as by', 'by.id', 'p.requested_by')
    .innerJoin('doctor as d', 'd.id', 'p.doctor_id')
    .select(['d.name as doctor_name', 'by.name as by_name', 'p.requested_by'])
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
}

export function staffLinkState(db: Db, userId: number) {
  return db.selectFrom('staff_user').select(['doctor_id', 'active']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** The staff list: every account, by name. */
export function staffUserList(db: Db) {
  return db.selectFrom('staff_user').select(['id', 'name', 'email', 'active', 'password_hash', 'doctor_id']).orderBy('name').orderBy('id').execute();
}

export function allStaffRoles(db: Db) {
  return db.selectFrom('staff_role').selectAll().execute();
}

export async function staffUserIdByEmail(db: Db, email: string): Promise<number | undefined> {
  return (await db.selectFrom('staff_user').select('id').where('email', '=', email).executeTakeFirst())?.id;
}

export function staffUserById(db: Db, userId: number) {
  return db.selectFrom('staff_user').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function staffUserExists(db: Db, userId: number): Promise<boolean> {
  return !!(await db.selectFrom('staff_user').select('id').where('id', '=', userId).executeTakeFirst());
}

export async function deleteRolesOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('staff_role').where('user_id', '=', userId).execute();
}

export async function setLinkedDoctor(db: Db, userId: number, doctorId: number | null, now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ doctor_id: doctorId, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}

export async function setStaffActive(db: Db, userId: number, active: 0 | 1, now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ active, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}

const liveArticles = (db: Db) =>
  db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
    .where('a.published_revision_id', 'is not', null)
    .where('a.status', '!=', 'archived')
    .select(['a.id', 'r.title', 'a.next_review_due', 'a.status']);

/** Live articles whose review date has passed ('YYYY-MM-DD'), the most overdue first. */
export function articlesOverdueForReview(db: Db, today: string) {
  return liveArticles(db).where('a.next_review_due', '<', today).orderBy('a.next_review_due').execute();
}

/** Live articles whose review date falls between two days (inclusive), the soonest first. */
export function articlesDueForReview(db: Db, from: string, to: string) {
  return liveArticles(db).where('a.next_review_due', '>=', from).where('a.next_review_due', '<=', to).orderBy('a.next_review_due').execute();
}

export function articlesInReview(db: Db) {
  return db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
    .where('a.status', '=', 'in_review')
    .select(['a.id', 'r.title', 'a.next_review_due', 'a.status'])
    .orderBy('a.updated_at')
    .execute();
}
