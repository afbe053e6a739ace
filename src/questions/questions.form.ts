import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { QT, QuestionKey } from './questions.i18n.js';
import type { FieldError } from '../web/form-errors.js';
import { normaliseMobile } from '../personal-data/mobile.js';

// The public form: what was typed (kept to show again) and what it means, every problem at once.

export const AGE_RANGES = ['under18', '18-29', '30-44', '45-59', '60plus'] as const;
export const SEXES = ['female', 'male'] as const;
export const CONTACT_KINDS = ['none', 'mobile', 'email'] as const;
export const BODY_MIN = 10;
export const BODY_MAX = 2000;

export interface AskValues {
  body: string;
  age_range: string;
  sex: string;
  contact_kind: string;
  contact: string;
  consent_health: boolean;
  consent_publish: boolean;
  website: string;
  /** The rendered form's one-time key: a second submission of the same form is given the same link. */
  form_key: string;
}

export type { FieldError };

export interface AskInput {
  body: string;
  ageRange: string | null;
  sex: string | null;
  contact: { kind: 'mobile' | 'email'; value: string } | null;
  consentPublish: boolean;
  /** Null when the form carried no (valid) key: such a submission is never given an earlier link. */
  formKey?: string | null;
}

export function blankAsk(): AskValues {
  return { body: '', age_range: '', sex: '', contact_kind: 'none', contact: '', consent_health: false, consent_publish: false, website: '', form_key: randomBytes(16).toString('base64url') };
}

export function submittedAsk(raw: unknown): AskValues {
  const b = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const s = (k: string, max: number) => (typeof b[k] === 'string' ? (b[k] as string).slice(0, max) : '');
  return {
    // A little over the limit is kept, so the patient sees their text and the count that is too long.
    body: s('body', BODY_MAX + 500),
    age_range: s('age_range', 20),
    sex: s('sex', 20),
    contact_kind: s('contact_kind', 20) || 'none',
    contact: s('contact', 200),
    consent_health: s('consent_health', 5) === '1',
    consent_publish: s('consent_publish', 5) === '1',
    website: s('website', 200),
    form_key: s('form_key', 80),
  };
}

const email = z.email();
const oneOf = <T extends readonly string[]>(list: T, v: string): v is T[number] => (list as readonly string[]).includes(v);

export function parseAsk(v: AskValues, qt: QT, phone: string): { ok: true; input: AskInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const err = (field: string, key: QuestionKey, params?: Record<string, string | number>) => errors.push({ field, message: qt(key, params) });
  const body = v.body.trim();
  const length = [...body].length;
  if (length < BODY_MIN || length > BODY_MAX) err('body', 'q.err.body', { n: length });
  if (v.age_range && !oneOf(AGE_RANGES, v.age_range)) err('age_range', 'q.err.age');
  if (v.sex && !oneOf(SEXES, v.sex)) err('sex', 'q.err.sex');
  let contact: AskInput['contact'] = null;
  if (!oneOf(CONTACT_KINDS, v.contact_kind)) err('contact_kind', 'q.err.contactKind');
  else if (v.contact_kind === 'mobile') {
    const mobile = normaliseMobile(v.contact);
    if (!mobile) err('contact', 'q.err.mobile');
    else contact = { kind: 'mobile', value: mobile };
  } else if (v.contact_kind === 'email') {
    const mail = v.contact.trim();
    if (!mail || mail.length > 100 || !email.safeParse(mail).success) err('contact', 'q.err.email');
    else contact = { kind: 'email', value: mail };
  }
  if (!v.consent_health) err('consent_health', 'q.err.consent', { phone });
  if (errors.length) return { ok: false, errors };
  const formKey = /^[A-Za-z0-9_-]{16,64}$/.test(v.form_key) ? v.form_key : null;
  return { ok: true, input: { body, ageRange: v.age_range || null, sex: v.sex || null, contact, consentPublish: v.consent_publish, formKey } };
}
