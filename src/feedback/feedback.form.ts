import type { FT } from './feedback.i18n.js';
import { COMMENT_MAX, type FeedbackInput, type Ratings } from './feedback.service.js';
import type { FieldError } from '../web/form-errors.js';

// The patient's rating form: what was typed (kept, to show again) and what it means.

export const RATING_FIELDS = [
  ['explain', 'fb.r.explain'],
  ['attitude', 'fb.r.attitude'],
  ['wait', 'fb.r.wait'],
] as const;

export interface FeedbackValues {
  explain: string;
  attitude: string;
  wait: string;
  comment: string;
  consent: boolean;
}

export type { FieldError };

export const blankValues = (): FeedbackValues => ({ explain: '', attitude: '', wait: '', comment: '', consent: false });

export function submittedValues(body: unknown): FeedbackValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
  return { explain: s('explain').slice(0, 4), attitude: s('attitude').slice(0, 4), wait: s('wait').slice(0, 4), comment: s('comment').slice(0, 4000), consent: s('consent_publish') === '1' };
}

export type ParsedFeedback = { ok: true; input: Omit<FeedbackInput, 'locale'> } | { ok: false; errors: FieldError[] };

/** Every problem at once, in the patient's language. A consent without a comment is simply ignored. */
export function parseFeedback(v: FeedbackValues, t: FT): ParsedFeedback {
  const errors: FieldError[] = [];
  const ratings: Partial<Ratings> = {};
  for (const [field, label] of RATING_FIELDS) {
    if (/^[1-5]$/.test(v[field])) ratings[field] = Number(v[field]);
    else errors.push({ field, message: t('fb.err.rating', { label: t(label) }) });
  }
  // Control characters other than line breaks are dropped; the comment is plain text, escaped when shown.
  const comment = v.comment.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
  const length = [...comment].length;
  if (length > COMMENT_MAX) errors.push({ field: 'comment', message: t('fb.err.comment', { n: length }) });
  if (errors.length) return { ok: false, errors };
  return { ok: true, input: { ratings: ratings as Ratings, comment: comment || null, consentPublish: !!comment && v.consent } };
}
