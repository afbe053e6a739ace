import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueue } from '../jobs/jobs.js';
import type { Period } from './booking.tables.js';
import { PERIOD_HOURS } from './schedule.js';
import { GENERATE_JOB } from './schedule.service.js';
import { offerServices } from './services.repository.js';

// The demo hospital's weekly clinics. Templates are clinic-local (weekday, period, hours), so they
// need no time zone; the sessions are generated from them by the app, in its configured zone.

type Row = [weekday: number, period: Exclude<Period, 'custom'>, regType: string, feeYuan: number, quota: number, service?: string];

const WEEK: Record<string, Row[]> = {
  'lin-qingyuan': [
    [1, 'morning', '专家门诊', 50, 20],
    [3, 'afternoon', '专家门诊', 50, 20],
    [6, 'morning', '微针治疗', 30, 8, 'microneedling'],
  ],
  'su-jinghe': [
    [2, 'morning', '专家门诊', 40, 20],
    [4, 'evening', '夜间门诊', 40, 12],
    [5, 'afternoon', '光疗', 20, 10, 'phototherapy'],
  ],
  'gu-mingcheng': [
    [1, 'afternoon', '专家门诊', 40, 20],
    [5, 'morning', '专家门诊', 40, 20],
  ],
  'shen-shutong': [
    [2, 'afternoon', '普通门诊', 20, 30],
    [4, 'morning', '普通门诊', 20, 30],
    [7, 'morning', '微针治疗', 30, 8, 'microneedling'],
  ],
  'xu-huaijin': [
    [3, 'morning', '普通门诊', 20, 30],
    [6, 'afternoon', '普通门诊', 20, 30],
  ],
  'tang-yining': [
    [1, 'evening', '夜间门诊', 20, 15],
    [4, 'afternoon', '普通门诊', 20, 30],
  ],
  'fang-yanqiu': [
    [2, 'morning', '普通门诊', 20, 30],
    [5, 'evening', '夜间门诊', 20, 15],
  ],
};

/**
 * Inserts the demo templates, lists who offers which service (every doctor consults; the services
 * of their templates; migration 0017 seeded the services themselves), and queues the first session
 * generation (due at once).
 */
export async function seedDemoSchedules(db: Kysely<Database>, doctorIds: Map<string, number>, now: Date): Promise<void> {
  const rows = [];
  const offers: { doctorId: number; serviceKey: string }[] = [...doctorIds.values()].map((doctorId) => ({ doctorId, serviceKey: 'consultation' }));
  for (const [slug, week] of Object.entries(WEEK)) {
    const doctorId = doctorIds.get(slug);
    if (doctorId === undefined) continue;
    for (const [weekday, period, regType, feeYuan, quota, service] of week) {
      rows.push({
        doctor_id: doctorId,
        weekday,
        period,
        start_local: PERIOD_HOURS[period].start,
        end_local: PERIOD_HOURS[period].end,
        reg_type: regType,
        fee_cents: feeYuan * 100,
        quota,
        service: service ?? 'consultation',
        active: 1,
        created_at: now.toISOString(),
      });
      if (service) offers.push({ doctorId, serviceKey: service });
    }
  }
  if (rows.length) await db.insertInto('schedule_template').values(rows).execute();
  await offerServices(db, offers);
  await enqueue(db, GENERATE_JOB, {}, now, now, `${GENERATE_JOB}:seed`);
}
