import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, Doctor, DoctorTable } from '../db/schema.js';

type Db = Kysely<Database>;

export async function listDoctors(db: Db): Promise<Doctor[]> {
  return db.selectFrom('doctor').selectAll().where('active', '=', 1).orderBy('position').orderBy('id').execute();
}

export async function findDoctor(db: Db, slug: string): Promise<Doctor | undefined> {
  return db.selectFrom('doctor').selectAll().where('slug', '=', slug).where('active', '=', 1).executeTakeFirst();
}

export async function findDoctorById(db: Db, id: number): Promise<Doctor | undefined> {
  return db.selectFrom('doctor').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function doctorsForCategory(db: Db, categoryId: number, limit: number): Promise<Doctor[]> {
  return db
    .selectFrom('doctor as d')
    .innerJoin('doctor_category as dc', 'dc.doctor_id', 'd.id')
    .selectAll('d')
    .where('dc.category_id', '=', categoryId)
    .where('d.active', '=', 1)
    .orderBy('d.position')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

export async function categoriesOfDoctor(db: Db, doctorId: number) {
  return db
    .selectFrom('category as c')
    .innerJoin('doctor_category as dc', 'dc.category_id', 'c.id')
    .select(['c.slug', 'c.name'])
    .where('dc.doctor_id', '=', doctorId)
    .orderBy('c.position')
    .execute();
}

/** Active doctors as form choices (id and name), in the directory's order. */
export function activeDoctorOptions(db: Db): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('doctor').select(['id', 'name']).where('active', '=', 1).orderBy('position').orderBy('id').execute();
}

/** A doctor's name; undefined when there is no such doctor. */
export async function doctorName(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('doctor').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

/** A doctor's name; throws (a server error) when the id is dangling. */
export async function doctorNameOrThrow(db: Db, id: number): Promise<string> {
  return (await db.selectFrom('doctor').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
}

/** Every doctor, active or not, in the directory's order: the back office's list. */
export function listAllDoctors(db: Db): Promise<Doctor[]> {
  return db.selectFrom('doctor').selectAll().orderBy('position').orderBy('id').execute();
}

export async function doctorIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('doctor').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** The position after the last doctor's (0 for the first). */
export async function nextDoctorPosition(db: Db): Promise<number> {
  const last = await db.selectFrom('doctor').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  return Number(last?.p ?? -1) + 1;
}

export async function insertDoctor(db: Db, row: Insertable<DoctorTable>): Promise<number> {
  return (await db.insertInto('doctor').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDoctor(db: Db, id: number, row: Updateable<DoctorTable>): Promise<void> {
  await db.updateTable('doctor').set(row).where('id', '=', id).execute();
}

export async function doctorCategoryIds(db: Db, doctorId: number): Promise<number[]> {
  return (await db.selectFrom('doctor_category').select('category_id').where('doctor_id', '=', doctorId).execute()).map((c) => c.category_id);
}

/** Replaces the doctor's categories with these. */
export async function setDoctorCategories(db: Db, doctorId: number, categoryIds: number[]): Promise<void> {
  await db.deleteFrom('doctor_category').where('doctor_id', '=', doctorId).execute();
  if (categoryIds.length) await db.insertInto('doctor_category').values(categoryIds.map((category_id) => ({ doctor_id: doctorId, category_id }))).execute();
}

/** The categories a doctor can be linked to (the profile form's choices; the links are doctors' own table). */
export async function categoryChoices(db: Db) {
  return db.selectFrom('category').selectAll().orderBy('position').orderBy('id').execute();
}
