import type { HeldConsent, PersonalDataSource } from '../personal-data/personal-data.js';
import { dropRedactions, redactedOriginals } from '../questions/index.js';
import { feedbackOfMobile, feedbackOfNumber, feedbackStatesOfNumber, stripFeedback, withdrawCommentConsent } from './feedback.repository.js';
import type { Feedback } from './feedback.tables.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

// Feedback is found by the mobile HMAC copied from the rated booking. Visits rated with a
// staff-issued code carry no mobile number, so they are anonymous from the start.

interface ConsentEntry {
  purpose: string;
  version: string;
  at: string;
  withdrawn_at: string | null;
}

const consentsOf = (f: Pick<Feedback, 'consent_json'>) => JSON.parse(f.consent_json) as ConsentEntry[];
const LABEL = '在医生主页公开显示我的就诊评价留言（去除身份信息）';

export const feedbackPersonalData: PersonalDataSource = {
  name: 'feedback',

  async export(db, person) {
    const rows = await feedbackOfMobile(db, person.mobileHmac);
    const out = [];
    for (const f of rows) out.push({
      id: f.id,
      doctor: f.doctor_name,
      ratings: { explain: f.rating_explain, attitude: f.rating_attitude, wait: f.rating_wait },
      comment: f.comment,
      // A moderator's redaction hid part of the comment from the public, not from its writer.
      commentBeforeRedaction: f.redacted_at ? (await redactedOriginals(db, person.crypto, 'feedback', f.id))[0]?.original ?? null : null,
      commentStatus: f.comment_status,
      consents: consentsOf(f),
      createdAt: f.created_at,
    });
    return out;
  },

  async consents(db, person) {
    const rows = await feedbackOfMobile(db, person.mobileHmac);
    const out: HeldConsent[] = [];
    for (const f of rows) {
      for (const c of consentsOf(f)) {
        if (c.purpose === 'publish_comment') out.push({ source: 'feedback', id: `f${f.id}:publish`, label: LABEL, givenAt: c.at, withdrawnAt: c.withdrawn_at });
      }
    }
    return out;
  },

  /** Withdrawing takes a published comment off the doctor page at once (the ratings stay). */
  async withdraw(trx, person, consentId) {
    const m = /^f([1-9]\d{0,9}):publish$/.exec(consentId);
    if (!m) return false;
    const f = await feedbackOfNumber(trx, Number(m[1]), person.mobileHmac);
    if (!f || f.consent_publish !== 1) return false;
    const at = person.now.toISOString();
    const consents = consentsOf(f).map((c) => (c.purpose === 'publish_comment' && !c.withdrawn_at ? { ...c, withdrawn_at: at } : c));
    const wasPublic = f.comment_status === 'approved';
    await withdrawCommentConsent(trx, f.id, JSON.stringify(consents), wasPublic ? 'private' : f.comment_status);
    if (wasPublic) await bumpContentVersion(trx);
    return true;
  },

  /**
   * The comment (free text that may identify), the consents and the mobile HMAC are removed; the
   * three ratings stay as anonymous numbers in the doctor's totals. booking_id stays so the visit
   * cannot be rated a second time; the booking source strips the booking itself.
   */
  async erase(trx, person) {
    const rows = await feedbackStatesOfNumber(trx, person.mobileHmac);
    if (!rows.length) return 0;
    await dropRedactions(
      trx,
      'feedback',
      rows.map((r) => r.id),
    );
    await stripFeedback(
      trx,
      rows.map((r) => r.id),
    );
    if (rows.some((r) => r.comment_status === 'approved')) await bumpContentVersion(trx);
    return rows.length;
  },
};
