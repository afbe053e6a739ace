import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { hashToken, type PatientCrypto } from '../personal-data/patient-crypto.js';
import { indexQa } from '../questions/qa.search.js';
import { CONSENT_VERSIONS } from '../questions/questions.service.js';
import type { Database } from '../db/schema.js';
import { demoQa } from './data/qa.js';

const DAY = 86_400_000;

/**
 * The demo's answered questions and their published, de-identified versions. The questions are
 * stored as the ask form stores them (encrypted, both consents recorded); their private links are
 * random and thrown away: no demo patient needs to read them.
 */
export async function seedDemoQa(trx: Transaction<Database>, crypto: PatientCrypto, ids: { category: Map<string, number>; doctor: Map<string, number> }, now: Date): Promise<number> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  for (const q of demoQa) {
    const asked = at(q.askedDaysAgo);
    const categoryId = ids.category.get(q.categorySlug) ?? null;
    const doctorId = ids.doctor.get(q.doctorSlug) ?? null;
    const consents = [
      { purpose: 'health', version: CONSENT_VERSIONS.health, at: asked },
      { purpose: 'publish', version: CONSENT_VERSIONS.publish, at: asked },
    ];
    const { id } = await trx
      .insertInto('question')
      .values({
        token_hash: hashToken(randomBytes(16).toString('base64url')),
        body_enc: crypto.encrypt(q.asked),
        age_range: q.ageRange,
        sex: q.sex,
        contact_kind: null,
        contact_enc: null,
        mobile_hmac: null,
        consent_health: 1,
        consent_publish: 1,
        consent_json: JSON.stringify(consents),
        locale: 'zh-CN',
        urgent: 0,
        status: 'answered',
        priority: 'normal',
        category_id: categoryId,
        assigned_doctor_id: doctorId,
        answer_enc: crypto.encrypt(q.answerPublic),
        answered_by: null,
        answered_at: at(q.answeredDaysAgo),
        dedupe_hash: randomBytes(16).toString('base64url'),
        source_hmac: 'demo',
        contact_erased_at: asked,
        created_at: asked,
        updated_at: at(q.answeredDaysAgo),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const published = at(q.publishedDaysAgo);
    const pub = { question_id: id, slug: `q-${id}`, title: q.title, question_public: q.questionPublic, answer_public: q.answerPublic, published_at: published };
    await trx
      .insertInto('qa_publication')
      .values({ ...pub, category_id: categoryId, doctor_id: doctorId, status: 'published', prepared_by: null, published_by: null, created_at: published, updated_at: published })
      .execute();
    await indexQa(trx, pub);
  }
  return demoQa.length;
}
