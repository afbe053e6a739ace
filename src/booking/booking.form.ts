import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { normaliseMobile } from '../personal-data/mobile.js';
import type { Locale, MessageKey, T } from '../web/i18n.js';
import type { BookingInput } from './booking.service.js';
import type { VisitType } from './booking.tables.js';
import { evaluateScreening, type ScreeningQuestion, type Service } from './screening.js';
import type { FieldError } from '../web/form-errors.js';

// The patient's booking form: what was typed (kept as typed, to show again), and what it means.

export interface FormValues {
  name: string;
  mobile: string;
  email: string;
  visit_type: string;
  reason: string;
  consent: boolean;
  answers: Record<string, string>;
  idempotency_key: string;
}

export type { FieldError };

export const REASON_MAX = 200;

export function blankForm(): FormValues {
  return { name: '', mobile: '', email: '', visit_type: '', reason: '', consent: false, answers: {}, idempotency_key: newFormKey() };
}

/** The idempotency key a rendered form carries: a repeated submission of it books nothing new. */
export function newFormKey(): string {
  return randomBytes(16).toString('base64url');
}

export function submitted(body: unknown, service: Service): FormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
  const answers: Record<string, string> = {};
  for (const q of service.questions) answers[q.id] = s(`q_${q.id}`);
  return {
    name: s('name').slice(0, 200),
    mobile: s('mobile').slice(0, 40),
    email: s('email').slice(0, 200),
    visit_type: s('visit_type'),
    reason: s('reason').slice(0, 2000),
    consent: s('consent_health') === '1',
    answers,
    idempotency_key: s('idempotency_key'),
  };
}


const KEY_RE = /^[A-Za-z0-9_-]{16,64}$/;
const email = z.email();

export type Parsed =
  | { ok: true; input: Omit<BookingInput, 'sessionId' | 'source' | 'locale'> }
  | { ok: false; errors: FieldError[]; ruledOut: ScreeningQuestion[] };

/** Checks every field and reports every problem at once, in the patient's language. */
export function parseBookingForm(v: FormValues, service: Service, t: T, phone: string): Parsed {
  const errors: FieldError[] = [];
  const err = (field: string, key: MessageKey, params?: Record<string, string | number>) => errors.push({ field, message: t(key, params) });
  const name = v.name.trim();
  if (!name || [...name].length > 30 || /[\u0000-\u001f<>]/.test(name)) err('name', 'booking.err.name');
  const mobile = normaliseMobile(v.mobile);
  if (!mobile) err('mobile', 'booking.err.mobile');
  const mail = v.email.trim();
  if (mail && (mail.length > 100 || !email.safeParse(mail).success)) err('email', 'booking.err.email');
  if (v.visit_type !== 'first' && v.visit_type !== 'return') err('visit_type', 'booking.err.visitType');
  const reason = v.reason.trim();
  const length = [...reason].length;
  if (length > REASON_MAX) err('reason', 'booking.err.reason', { n: length });
  const screening = evaluateScreening(service, v.answers);
  if (screening.missing.length) err(`q_${screening.missing[0]}`, 'booking.err.screening');
  if (!v.consent) err('consent_health', 'booking.err.consent', { phone });
  if (!KEY_RE.test(v.idempotency_key)) err('form', 'booking.err.form');
  if (errors.length || screening.ruledOut.length) return { ok: false, errors, ruledOut: errors.length ? [] : screening.ruledOut };
  return {
    ok: true,
    input: {
      name,
      mobile: mobile!,
      email: mail || null,
      visitType: v.visit_type as VisitType,
      reason,
      screening: screening.record,
      idempotencyKey: v.idempotency_key,
    },
  };
}

export function visitLabelKey(v: VisitType): MessageKey {
  return v === 'first' ? 'visit.first' : 'visit.return';
}

export type { Locale };
