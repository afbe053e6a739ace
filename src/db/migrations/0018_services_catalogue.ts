import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Services and their screening questions become data (issue 17 #1): a service (key, names,
// duration, price note, active, position), which doctors offer it, and its questions (yes/no or
// choice; which answers refuse online booking; what the patient is told). Sessions and templates
// keep naming their service by `key`, as before. The three services that src/booking/screening.ts
// used to fix are seeded with the same keys and question ids, so existing sessions and bookings
// keep their meaning. docs/decisions/0022.md.

const YES_NO = (refuses: 'yes' | 'no' = 'yes') =>
  JSON.stringify([
    { value: 'no', zh: '否', en: 'No', refuses: refuses === 'no' },
    { value: 'yes', zh: '是', en: 'Yes', refuses: refuses === 'yes' },
  ]);

type Q = [key: string, zh: string, en: string, shortZh: string, shortEn: string];

const SEED: { key: string; zh: string; en: string; minutes: number; priceNote: string; questions: Q[] }[] = [
  { key: 'consultation', zh: '门诊看诊', en: 'consultation', minutes: 15, priceNote: '按号别收取挂号费', questions: [] },
  {
    key: 'microneedling',
    zh: '微针治疗',
    en: 'microneedling',
    minutes: 45,
    priceNote: '治疗费按部位面积另计，就诊时告知',
    questions: [
      ['pregnancy', '您现在是否怀孕、可能怀孕，或正在哺乳？', 'Are you pregnant, possibly pregnant, or breastfeeding?', '怀孕或哺乳', 'pregnancy or breastfeeding'],
      ['metal_allergy', '您是否对金属（如镍、不锈钢）过敏？', 'Are you allergic to metals such as nickel or stainless steel?', '金属过敏', 'a metal allergy'],
      ['skin_infection', '要治疗的部位现在是否有感染、破损、疱疹或正在发炎？', 'Does the skin to be treated have an infection, broken skin, cold sores or inflammation now?', '治疗部位皮肤感染或破损', 'an infection or broken skin where you would be treated'],
      ['diabetes_heart', '您是否患有糖尿病或心脏病？', 'Do you have diabetes or heart disease?', '糖尿病或心脏病', 'diabetes or heart disease'],
    ],
  },
  {
    key: 'phototherapy',
    zh: '光疗',
    en: 'phototherapy',
    minutes: 20,
    priceNote: '治疗费按疗程另计，就诊时告知',
    questions: [
      ['photosensitive', '您是否对光过敏，或正在服用会让皮肤对光敏感的药物？', 'Are you sensitive to light, or taking medicine that makes your skin sensitive to light?', '对光敏感或服用光敏药物', 'light sensitivity or light-sensitising medicine'],
      ['skin_cancer', '您是否患过皮肤癌？', 'Have you ever had skin cancer?', '皮肤癌病史', 'a history of skin cancer'],
    ],
  },
];

export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'service')
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name_zh', 'text', nn)
    .addColumn('name_en', 'text', nn)
    .addColumn('duration_minutes', 'integer', nn)
    .addColumn('price_note', 'text', nn)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', nn)
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('service_duration_ck', sql`duration_minutes between 5 and 480`)
    .execute();

  await db.schema
    .createTable('service_doctor')
    .addColumn('service_id', 'integer', (c) => c.notNull().references('service.id').onDelete('cascade'))
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('service_doctor_pk', ['service_id', 'doctor_id'])
    .execute();
  await db.schema.createIndex('service_doctor_doctor_idx').on('service_doctor').columns(['doctor_id']).execute();

  await createTableWithId(db, 'screening_question')
    .addColumn('service_id', 'integer', (c) => c.notNull().references('service.id').onDelete('cascade'))
    // The form field's name (q_<qkey>) and the key an answer is stored under.
    .addColumn('qkey', 'text', nn)
    .addColumn('kind', 'text', nn)
    .addColumn('text_zh', 'text', nn)
    .addColumn('text_en', 'text', nn)
    // How a refusing answer is named in "… may not suit you now because of …".
    .addColumn('short_zh', 'text', nn)
    .addColumn('short_en', 'text', nn)
    // An optional sentence the patient is told when this question refuses online booking.
    .addColumn('note_zh', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note_en', 'text', (c) => c.notNull().defaultTo(''))
    // [{ value, zh, en, refuses }]: yes/no questions too, so one rule decides every kind.
    .addColumn('options_json', 'text', nn)
    .addColumn('position', 'integer', nn)
    .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('screening_question_kind_ck', sql`kind in ('yesno', 'choice')`)
    .execute();
  await db.schema.createIndex('screening_question_key_uq').on('screening_question').columns(['service_id', 'qkey']).unique().execute();

  const now = new Date().toISOString();
  for (const [i, s] of SEED.entries()) {
    const { id } = await db
      .insertInto('service')
      .values({ key: s.key, name_zh: s.zh, name_en: s.en, duration_minutes: s.minutes, price_note: s.priceNote, active: 1, position: i + 1, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [j, [qkey, zh, en, shortZh, shortEn]] of s.questions.entries()) {
      await db
        .insertInto('screening_question')
        .values({ service_id: id, qkey, kind: 'yesno', text_zh: zh, text_en: en, short_zh: shortZh, short_en: shortEn, note_zh: '', note_en: '', options_json: YES_NO(), position: j + 1, retired: 0, created_at: now, updated_at: now })
        .execute();
    }
  }
  // On a site that already has doctors: every doctor consults, and offers whatever their templates run.
  await sql`insert into service_doctor (service_id, doctor_id) select s.id, d.id from service s cross join doctor d where s.key = 'consultation'`.execute(db);
  await sql`insert into service_doctor (service_id, doctor_id) select distinct s.id, t.doctor_id from schedule_template t inner join service s on s.key = t.service where s.key <> 'consultation'`.execute(db);
}
