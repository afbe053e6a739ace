import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ScreeningQuestionRow, ServiceRow } from './booking.tables.js';
import type { SessionRow } from './booking.repository.js';

// Every statement on services, the doctors who offer them, and their screening questions.

type Db = Kysely<Database>;

export async function findServiceByKey(db: Db, key: string): Promise<ServiceRow | undefined> {
  return db.selectFrom('service').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function findServiceById(db: Db, id: number): Promise<ServiceRow | undefined> {
  return db.selectFrom('service').selectAll().where('id', '=', id).executeTakeFirst();
}

/** All services in their order (retired ones too, for the back office and for old sessions' names). */
export async function listServiceRows(db: Db): Promise<ServiceRow[]> {
  return db.selectFrom('service').selectAll().orderBy('position').orderBy('id').execute();
}

export async function questionRows(db: Db, serviceId: number, withRetired = false): Promise<ScreeningQuestionRow[]> {
  let q = db.selectFrom('screening_question').selectAll().where('service_id', '=', serviceId);
  if (!withRetired) q = q.where('retired', '=', 0);
  return q.orderBy('retired').orderBy('position').orderBy('id').execute();
}

export async function findQuestion(db: Db, id: number): Promise<ScreeningQuestionRow | undefined> {
  return db.selectFrom('screening_question').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Doctor ids per service id. */
export async function serviceDoctorIds(db: Db): Promise<Map<number, number[]>> {
  const rows = await db.selectFrom('service_doctor').select(['service_id', 'doctor_id']).execute();
  const m = new Map<number, number[]>();
  for (const r of rows) m.set(r.service_id, [...(m.get(r.service_id) ?? []), r.doctor_id]);
  return m;
}

/** Whether a doctor offers a service now (the service active and the doctor listed for it). */
export async function doctorOffers(db: Db, doctorId: number, serviceKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('service_doctor as sd')
    .innerJoin('service as s', 's.id', 'sd.service_id')
    .select('sd.doctor_id')
    .where('sd.doctor_id', '=', doctorId)
    .where('s.key', '=', serviceKey)
    .where('s.active', '=', 1)
    .executeTakeFirst();
  return !!row;
}

/** The active services a doctor offers, in order. */
export async function servicesOfferedBy(db: Db, doctorId: number): Promise<ServiceRow[]> {
  return db
    .selectFrom('service as s')
    .innerJoin('service_doctor as sd', 'sd.service_id', 's.id')
    .selectAll('s')
    .where('sd.doctor_id', '=', doctorId)
    .where('s.active', '=', 1)
    .orderBy('s.position')
    .orderBy('s.id')
    .execute();
}

export interface ServiceFields {
  name_zh: string;
  name_en: string;
  duration_minutes: number;
  price_note: string;
}

export async function insertService(db: Db, key: string, f: ServiceFields, now: Date): Promise<number> {
  const last = await db.selectFrom('service').select((eb) => eb.fn.max<number>('position').as('p')).executeTakeFirst();
  const { id } = await db
    .insertInto('service')
    .values({ key, ...f, active: 1, position: Number(last?.p ?? 0) + 1, created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateService(db: Db, id: number, f: ServiceFields, now: Date): Promise<void> {
  await db.updateTable('service').set({ ...f, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function setServiceActive(db: Db, id: number, active: boolean, now: Date): Promise<boolean> {
  const r = await db.updateTable('service').set({ active: active ? 1 : 0, updated_at: now.toISOString() }).where('id', '=', id).where('active', '=', active ? 0 : 1).returning('id').executeTakeFirst();
  return !!r;
}

export async function setServiceDoctors(db: Db, serviceId: number, doctorIds: number[]): Promise<void> {
  await db.deleteFrom('service_doctor').where('service_id', '=', serviceId).execute();
  if (doctorIds.length) await db.insertInto('service_doctor').values(doctorIds.map((doctor_id) => ({ service_id: serviceId, doctor_id }))).execute();
}

/** Adds doctor–service pairs that are not there yet (the demo seed). */
export async function offerServices(db: Db, pairs: { doctorId: number; serviceKey: string }[]): Promise<void> {
  for (const p of pairs) {
    const s = await findServiceByKey(db, p.serviceKey);
    if (!s) continue;
    await db
      .insertInto('service_doctor')
      .values({ service_id: s.id, doctor_id: p.doctorId })
      .onConflict((oc) => oc.columns(['service_id', 'doctor_id']).doNothing())
      .execute();
  }
}

/** Swaps a row's position with its neighbour's in the given direction; false at either end. */
async function swapPosition(db: Db, table: 'service' | 'screening_question', rows: { id: number; position: number }[], id: number, dir: 'up' | 'down'): Promise<boolean> {
  const i = rows.findIndex((r) => r.id === id);
  const j = dir === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= rows.length) return false;
  // Positions are renumbered 1…n first, so equal or missing positions cannot make a swap a no-op.
  const order = rows.map((r) => r.id);
  [order[i], order[j]] = [order[j]!, order[i]!];
  for (const [k, rid] of order.entries()) await db.updateTable(table).set({ position: k + 1 }).where('id', '=', rid).execute();
  return true;
}

export async function moveService(db: Db, id: number, dir: 'up' | 'down'): Promise<boolean> {
  const rows = await db.selectFrom('service').select(['id', 'position']).orderBy('position').orderBy('id').execute();
  return swapPosition(db, 'service', rows, id, dir);
}

export async function moveQuestion(db: Db, serviceId: number, id: number, dir: 'up' | 'down'): Promise<boolean> {
  const rows = await db.selectFrom('screening_question').select(['id', 'position']).where('service_id', '=', serviceId).where('retired', '=', 0).orderBy('position').orderBy('id').execute();
  return swapPosition(db, 'screening_question', rows, id, dir);
}

/** What an admin edits of a screening question (its key, order and dates are the system's). */
export type QuestionFields = Pick<ScreeningQuestionRow, 'kind' | 'text_zh' | 'text_en' | 'short_zh' | 'short_en' | 'note_zh' | 'note_en' | 'options_json'>;

export async function insertQuestion(db: Db, serviceId: number, qkey: string, f: QuestionFields, now: Date): Promise<number> {
  const last = await db.selectFrom('screening_question').select((eb) => eb.fn.max<number>('position').as('p')).where('service_id', '=', serviceId).executeTakeFirst();
  const { id } = await db
    .insertInto('screening_question')
    .values({ service_id: serviceId, qkey, ...f, position: Number(last?.p ?? 0) + 1, retired: 0, created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateQuestion(db: Db, id: number, f: QuestionFields, now: Date): Promise<void> {
  await db.updateTable('screening_question').set({ ...f, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function setQuestionRetired(db: Db, id: number, retired: boolean, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('screening_question')
    .set({ retired: retired ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('retired', '=', retired ? 0 : 1)
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/**
 * Sessions between two clinic-local dates of every doctor who offers `serviceKey` now, running that
 * service: where a booking may move to (issue 17 #8).
 */
export async function sessionsOfService(db: Db, serviceKey: string, from: string, to: string): Promise<SessionRow[]> {
  return db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .innerJoin('service as sv', 'sv.key', 's.service')
    .innerJoin('service_doctor as sd', (j) => j.onRef('sd.service_id', '=', 'sv.id').onRef('sd.doctor_id', '=', 's.doctor_id'))
    .selectAll('s')
    .select(['d.name as doctor_name', 'd.slug as doctor_slug', 'sv.name_zh as service_name_zh', 'sv.name_en as service_name_en', 'sv.active as service_active'])
    .where('s.service', '=', serviceKey)
    .where('sv.active', '=', 1)
    .where('d.active', '=', 1)
    .where('s.local_date', '>=', from)
    .where('s.local_date', '<=', to)
    .orderBy('s.starts_at')
    .orderBy('d.position')
    .orderBy('s.id')
    .execute();
}
