import type { Locale } from '../web/i18n.js';
import type { ScreeningOption, ScreeningQuestionRow, ServiceRow } from './booking.tables.js';

// Pre-visit screening: each service a session offers may ask questions, some of whose answers
// rule the service out for now. Services and questions are data (tables `service` and
// `screening_question`, edited at /staff/services); the questions are medical content: keep them
// short, plain and kind. A booking keeps a snapshot of the questions as they were asked and the
// answers given (ScreeningRecord), so editing a question later never rewrites what a patient said.

export type { ScreeningOption };

export interface ScreeningQuestion {
  /** The question's key: the form field is q_<id>. */
  id: string;
  kind: 'yesno' | 'choice';
  text: Record<Locale, string>;
  /** How a refusing answer is named when the page explains why the service is not suitable now. */
  short: Record<Locale, string>;
  /** An optional sentence the patient is told when this question refuses online booking. */
  note: Record<Locale, string>;
  options: ScreeningOption[];
}

export interface Service {
  key: string;
  name: Record<Locale, string>;
  /** False: retired — not offered for new bookings. */
  active: boolean;
  durationMinutes: number;
  priceNote: string;
  /** The questions asked now (retired ones left out), in order. */
  questions: ScreeningQuestion[];
}

/** One question as it was asked and the answer given, kept on the booking (encrypted with it). */
export interface ScreeningItem {
  q: string;
  text: Record<Locale, string>;
  answer: string;
  label: Record<Locale, string>;
}
export type ScreeningRecord = ScreeningItem[];
/** What bookings stored before migration 0017: question id → yes/no, without the question. */
export type LegacyAnswers = Record<string, 'yes' | 'no'>;
/** A booking's screening as stored: a snapshot, or (older bookings, walk-ins) legacy answers. */
export type StoredScreening = ScreeningRecord | LegacyAnswers;

export function parseOptions(json: string): ScreeningOption[] {
  try {
    const v = JSON.parse(json) as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter((o): o is ScreeningOption => !!o && typeof o === 'object' && typeof o.value === 'string').map((o) => ({ value: o.value, zh: String(o.zh ?? ''), en: String(o.en ?? ''), refuses: o.refuses === true }));
  } catch {
    return [];
  }
}

export function questionOf(r: ScreeningQuestionRow): ScreeningQuestion {
  return {
    id: r.qkey,
    kind: r.kind,
    text: { 'zh-CN': r.text_zh, en: r.text_en || r.text_zh },
    short: { 'zh-CN': r.short_zh, en: r.short_en || r.short_zh },
    note: { 'zh-CN': r.note_zh, en: r.note_en || r.note_zh },
    options: parseOptions(r.options_json),
  };
}

export function serviceOf(row: ServiceRow, questions: ScreeningQuestionRow[]): Service {
  return {
    key: row.key,
    name: { 'zh-CN': row.name_zh, en: row.name_en || row.name_zh },
    active: row.active === 1,
    durationMinutes: row.duration_minutes,
    priceNote: row.price_note,
    questions: questions.filter((q) => !q.retired).sort((a, b) => a.position - b.position || a.id - b.id).map(questionOf),
  };
}

/** A session naming a service that is not in the table (it should not happen): bookable, no questions. */
export function unknownService(key: string): Service {
  return { key, name: { 'zh-CN': key, en: key }, active: true, durationMinutes: 15, priceNote: '', questions: [] };
}

/** Which questions are unanswered, which answers rule the service out, and the snapshot to keep. */
export function evaluateScreening(service: Service, answers: Record<string, unknown>): { record: ScreeningRecord; missing: string[]; ruledOut: ScreeningQuestion[] } {
  const record: ScreeningRecord = [];
  const missing: string[] = [];
  const ruledOut: ScreeningQuestion[] = [];
  for (const question of service.questions) {
    const a = answers[question.id];
    const option = question.options.find((o) => o.value === a);
    if (!option) {
      missing.push(question.id);
      continue;
    }
    record.push({ q: question.id, text: { ...question.text }, answer: option.value, label: { 'zh-CN': option.zh, en: option.en || option.zh } });
    if (option.refuses) ruledOut.push(question);
  }
  return { record, missing, ruledOut };
}

const LEGACY_LABEL: Record<'yes' | 'no', Record<Locale, string>> = { yes: { 'zh-CN': '是', en: 'Yes' }, no: { 'zh-CN': '否', en: 'No' } };

/**
 * The questions and answers of a booking, for the pages that show them. A snapshot shows itself;
 * legacy answers (stored before questions were data) borrow the current text of the question with
 * the same id, which migration 0017 seeded unchanged.
 */
export function screeningLines(stored: unknown, current?: Service): { q: string; text: Record<Locale, string>; label: Record<Locale, string> }[] {
  if (Array.isArray(stored)) {
    return stored
      .filter((i): i is ScreeningItem => !!i && typeof i === 'object' && typeof (i as ScreeningItem).q === 'string')
      .map((i) => ({ q: i.q, text: i.text, label: i.label }));
  }
  if (!stored || typeof stored !== 'object') return [];
  return Object.entries(stored as Record<string, unknown>)
    .filter((e): e is [string, 'yes' | 'no'] => e[1] === 'yes' || e[1] === 'no')
    .map(([q, a]) => {
      const question = current?.questions.find((x) => x.id === q);
      return { q, text: question?.text ?? { 'zh-CN': q, en: q }, label: LEGACY_LABEL[a] };
    });
}
