import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HeldConsent, PersonalDataSource } from '../personal-data/personal-data.js';
import { unindexQa } from './qa.search.js';
import { dropRedactions } from './redaction.repository.js';
import { answerVersions } from './questions.repository.js';
import {
  deleteQuestionRows,
  publicationsOfQuestions,
  questionConsentOfNumber,
  questionConsentsOfNumber,
  questionIdsOfNumber,
  questionsOfNumber,
  withdrawPublication,
  withdrawPublishConsent,
} from './questions.personal-data.repository.js';
import type { ConsentRecord } from './questions.service.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

// Patients' questions as a personal-data source, found by the mobile number's keyed hash (only
// questions that gave a mobile number, and only until the retention job erased it, can be found).
//
// Erasure deletes the question row: the public Q&A version (qa_publication) goes with it by the
// foreign key's cascade. That public version is de-identified, but it was made from this patient's
// words under a consent they can withdraw; deleting is the simplest choice that is certainly safe.
// The page caches are dropped whenever a publication changes, so nothing lingers on the site.

type Trx = Transaction<Database>;

const consentsOf = (json: string): ConsentRecord[] => JSON.parse(json) as ConsentRecord[];

const LABELS: Record<ConsentRecord['purpose'], string> = {
  health: '为回答您的问题处理健康信息（问题 #{id}）',
  publish: '去标识化后公开问答（问题 #{id}）',
};

/** Deletes questions (and their public versions); drops page caches when a publication went. */
async function deleteQuestions(trx: Trx, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const published = await publicationsOfQuestions(trx, ids);
  // The search index is not tied to the question by a foreign key: take the public version out of it.
  for (const p of published) await unindexQa(trx, p.question_id);
  // Originals of redacted public texts are not tied to the question by a foreign key either.
  await dropRedactions(trx, 'qa', ids);
  const deleted = await deleteQuestionRows(trx, ids);
  if (published.length) await bumpContentVersion(trx);
  return deleted;
}

export const questionsPersonalData: PersonalDataSource = {
  name: 'questions',

  async export(db, person) {
    const rows = await questionsOfNumber(db, person.mobileHmac);
    const earlier = new Map<number, { version: number; answer: string; answeredAt: string }[]>();
    for (const q of rows) {
      if (q.answer_amended_at) earlier.set(q.id, (await answerVersions(db, q.id)).map((v) => ({ version: v.version, answer: person.crypto.decrypt(v.answer_enc), answeredAt: v.answered_at })));
    }
    return rows.map((q) => ({
      id: q.id,
      question: person.crypto.decrypt(q.body_enc),
      answer: q.answer_enc ? person.crypto.decrypt(q.answer_enc) : null,
      ageRange: q.age_range,
      sex: q.sex,
      contact: q.contact_enc ? { kind: q.contact_kind, value: person.crypto.decrypt(q.contact_enc) } : null,
      status: q.status,
      askedAt: q.created_at,
      answeredAt: q.answered_at,
      // Issue 17: answers the doctor later corrected, and the question this one follows up.
      earlierAnswers: earlier.get(q.id) ?? [],
      followUpOf: q.follow_up_of,
      consents: consentsOf(q.consent_json),
    }));
  },

  async consents(db, person) {
    const rows = await questionConsentsOfNumber(db, person.mobileHmac);
    const out: HeldConsent[] = [];
    for (const q of rows) {
      for (const c of consentsOf(q.consent_json)) {
        out.push({ source: 'questions', id: `q${q.id}:${c.purpose}`, label: LABELS[c.purpose].replace('{id}', String(q.id)), givenAt: c.at, withdrawnAt: c.withdrawn_at ?? null });
      }
    }
    return out;
  },

  async withdraw(trx, person, consentId) {
    const m = /^q([1-9]\d{0,9}):(health|publish)$/.exec(consentId);
    if (!m) return false;
    const q = await questionConsentOfNumber(trx, Number(m[1]), person.mobileHmac);
    if (!q) return false;
    // Without the consent to process health information there is nothing we may keep: erase it.
    if (m[2] === 'health') return (await deleteQuestions(trx, [q.id])) > 0;
    const consents = consentsOf(q.consent_json);
    const c = consents.find((x) => x.purpose === 'publish' && !x.withdrawn_at);
    if (!c) return false;
    c.withdrawn_at = person.now.toISOString();
    await withdrawPublishConsent(trx, q.id, JSON.stringify(consents), person.now);
    const withdrawn = await withdrawPublication(trx, q.id, person.now);
    if (withdrawn.length) {
      await unindexQa(trx, q.id);
      await bumpContentVersion(trx);
    }
    return true;
  },

  async erase(trx, person) {
    const rows = await questionIdsOfNumber(trx, person.mobileHmac);
    return deleteQuestions(
      trx,
      rows.map((r) => r.id),
    );
  },
};
