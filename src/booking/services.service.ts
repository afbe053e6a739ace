import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ScreeningOption } from './booking.tables.js';
import { findServiceByKey, questionRows, type QuestionFields } from './services.repository.js';
import { serviceOf, unknownService, type Service } from './screening.js';
import type { ServiceLabel, ServiceProblem } from './services.admin.i18n.js';

type Db = Kysely<Database>;

/** A service as the booking pages ask it now: its active questions in order. */
export async function loadService(db: Db, key: string): Promise<Service> {
  const row = await findServiceByKey(db, key);
  if (!row) return unknownService(key);
  return serviceOf(row, await questionRows(db, row.id));
}

// The back office's service and question forms: every field checked, every problem reported at once
// (as keys of services.admin.i18n.ts, which the page shows in the staff member's language).

export const MAX_CHOICES = 6;
const KEY_RE = /^[a-z][a-z0-9_-]{1,39}$/;
const ONE_LINE = /[\u0000-\u001f<>]/;

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: ServiceProblem[] };

function str(body: Record<string, unknown>, k: string): string {
  const v = body[k];
  return typeof v === 'string' ? v.trim() : '';
}

function text(problems: ServiceProblem[], value: string, label: ServiceLabel, max: number, required: boolean, i?: number): string {
  const field = i === undefined ? { label } : { label, i };
  if (required && !value) problems.push({ key: 'err.required', ...field });
  else if ([...value].length > max) problems.push({ key: 'err.tooLong', ...field, max });
  else if (ONE_LINE.test(value)) problems.push({ key: 'err.oneLine', ...field });
  return value;
}

export interface ServiceForm {
  key: string;
  name_zh: string;
  name_en: string;
  duration_minutes: number;
  price_note: string;
  doctorIds: number[];
}

/** The service form; `key` only when creating (sessions name their service by it, so it never changes). */
export function parseServiceForm(body: unknown, creating: boolean, doctorIds: Set<number>): FormResult<ServiceForm> {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const problems: ServiceProblem[] = [];
  const key = str(b, 'key').toLowerCase();
  if (creating && !KEY_RE.test(key)) problems.push({ key: 'err.key' });
  const name_zh = text(problems, str(b, 'name_zh'), 'label.name_zh', 30, true);
  const name_en = text(problems, str(b, 'name_en'), 'label.name_en', 60, false);
  const rawMinutes = str(b, 'duration_minutes');
  const duration_minutes = Number(rawMinutes);
  if (!/^\d{1,3}$/.test(rawMinutes) || duration_minutes < 5 || duration_minutes > 480) problems.push({ key: 'err.duration' });
  const price_note = text(problems, str(b, 'price_note'), 'label.price_note', 100, false);
  const raw = [b.doctor ?? []].flat().map(String);
  const ids = [...new Set(raw.filter((v) => /^[1-9]\d{0,8}$/.test(v)).map(Number))];
  if (raw.length > 500 || ids.some((id) => !doctorIds.has(id))) problems.push({ key: 'err.doctors' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { key, name_zh, name_en, duration_minutes, price_note, doctorIds: ids } };
}

/** The question form: yes/no (which answer refuses) or a choice of 2–6 answers (each may refuse). */
export function parseQuestionForm(body: unknown): FormResult<QuestionFields> {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const problems: ServiceProblem[] = [];
  const kind = str(b, 'kind');
  if (kind !== 'yesno' && kind !== 'choice') problems.push({ key: 'err.kind' });
  const text_zh = text(problems, str(b, 'text_zh'), 'label.text_zh', 200, true);
  const text_en = text(problems, str(b, 'text_en'), 'label.text_en', 300, false);
  const short_zh = text(problems, str(b, 'short_zh'), 'label.short_zh', 30, true);
  const short_en = text(problems, str(b, 'short_en'), 'label.short_en', 80, false);
  const note_zh = text(problems, str(b, 'note_zh'), 'label.note_zh', 300, false);
  const note_en = text(problems, str(b, 'note_en'), 'label.note_en', 500, false);
  let options: ScreeningOption[] = [];
  if (kind === 'yesno') {
    options = [
      { value: 'no', zh: '否', en: 'No', refuses: str(b, 'refuse_no') === '1' },
      { value: 'yes', zh: '是', en: 'Yes', refuses: str(b, 'refuse_yes') === '1' },
    ];
  } else if (kind === 'choice') {
    for (let i = 1; i <= MAX_CHOICES; i++) {
      const zh = text(problems, str(b, `opt_zh_${i}`), 'label.opt_zh', 40, false, i);
      const en = text(problems, str(b, `opt_en_${i}`), 'label.opt_en', 80, false, i);
      if (!zh) {
        if (en) problems.push({ key: 'err.optNoZh', i });
        continue;
      }
      options.push({ value: `o${i}`, zh, en, refuses: str(b, `opt_refuses_${i}`) === '1' });
    }
    if (options.length < 2) problems.push({ key: 'err.twoChoices' });
  }
  if (options.length && options.every((o) => o.refuses)) problems.push({ key: 'err.allRefuse' });
  if (options.length && !options.some((o) => o.refuses)) problems.push({ key: 'err.noneRefuse' });
  // Each distinct message once: problemText (the page) drops repeats.
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { kind: kind as 'yesno' | 'choice', text_zh, text_en, short_zh, short_en, note_zh, note_en, options_json: JSON.stringify(options) } };
}
