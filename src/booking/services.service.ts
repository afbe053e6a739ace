import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ScreeningOption } from './booking.tables.js';
import { findServiceByKey, questionRows, type QuestionFields } from './services.repository.js';
import { serviceOf, unknownService, type Service } from './screening.js';

type Db = Kysely<Database>;

/** A service as the booking pages ask it now: its active questions in order. */
export async function loadService(db: Db, key: string): Promise<Service> {
  const row = await findServiceByKey(db, key);
  if (!row) return unknownService(key);
  return serviceOf(row, await questionRows(db, row.id));
}

// The back office's service and question forms: every field checked, every problem reported at once.

export const MAX_CHOICES = 6;
const KEY_RE = /^[a-z][a-z0-9_-]{1,39}$/;
const ONE_LINE = /[\u0000-\u001f<>]/;

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function str(body: Record<string, unknown>, k: string): string {
  const v = body[k];
  return typeof v === 'string' ? v.trim() : '';
}

function text(problems: string[], value: string, label: string, max: number, required: boolean): string {
  if (required && !value) problems.push(`请填写${label}。`);
  else if ([...value].length > max) problems.push(`${label}不能超过 ${max} 个字。`);
  else if (ONE_LINE.test(value)) problems.push(`${label}不能包含尖括号或控制字符。`);
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
  const problems: string[] = [];
  const key = str(b, 'key').toLowerCase();
  if (creating && !KEY_RE.test(key)) problems.push('代码须以小写字母开头，只用小写字母、数字、“-”和“_”，2 到 40 个字符。');
  const name_zh = text(problems, str(b, 'name_zh'), '中文名称', 30, true);
  const name_en = text(problems, str(b, 'name_en'), '英文名称', 60, false);
  const rawMinutes = str(b, 'duration_minutes');
  const duration_minutes = Number(rawMinutes);
  if (!/^\d{1,3}$/.test(rawMinutes) || duration_minutes < 5 || duration_minutes > 480) problems.push('时长须是 5 到 480 之间的整数（分钟）。');
  const price_note = text(problems, str(b, 'price_note'), '价格说明', 100, false);
  const raw = [b.doctor ?? []].flat().map(String);
  const ids = [...new Set(raw.filter((v) => /^[1-9]\d{0,8}$/.test(v)).map(Number))];
  if (raw.length > 500 || ids.some((id) => !doctorIds.has(id))) problems.push('所选医生无效。');
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { key, name_zh, name_en, duration_minutes, price_note, doctorIds: ids } };
}

/** The question form: yes/no (which answer refuses) or a choice of 2–6 answers (each may refuse). */
export function parseQuestionForm(body: unknown): FormResult<QuestionFields> {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const kind = str(b, 'kind');
  if (kind !== 'yesno' && kind !== 'choice') problems.push('请选择问题类型。');
  const text_zh = text(problems, str(b, 'text_zh'), '问题（中文）', 200, true);
  const text_en = text(problems, str(b, 'text_en'), '问题（英文）', 300, false);
  const short_zh = text(problems, str(b, 'short_zh'), '不适合时的简称（中文）', 30, true);
  const short_en = text(problems, str(b, 'short_en'), '不适合时的简称（英文）', 80, false);
  const note_zh = text(problems, str(b, 'note_zh'), '告诉患者的话（中文）', 300, false);
  const note_en = text(problems, str(b, 'note_en'), '告诉患者的话（英文）', 500, false);
  let options: ScreeningOption[] = [];
  if (kind === 'yesno') {
    options = [
      { value: 'no', zh: '否', en: 'No', refuses: str(b, 'refuse_no') === '1' },
      { value: 'yes', zh: '是', en: 'Yes', refuses: str(b, 'refuse_yes') === '1' },
    ];
  } else if (kind === 'choice') {
    for (let i = 1; i <= MAX_CHOICES; i++) {
      const zh = text(problems, str(b, `opt_zh_${i}`), `答案 ${i}（中文）`, 40, false);
      const en = text(problems, str(b, `opt_en_${i}`), `答案 ${i}（英文）`, 80, false);
      if (!zh) {
        if (en) problems.push(`答案 ${i} 缺少中文。`);
        continue;
      }
      options.push({ value: `o${i}`, zh, en, refuses: str(b, `opt_refuses_${i}`) === '1' });
    }
    if (options.length < 2) problems.push('选择题至少需要两个答案。');
  }
  if (options.length && options.every((o) => o.refuses)) problems.push('至少要有一个答案可以继续在线预约。');
  if (options.length && !options.some((o) => o.refuses)) problems.push('请勾选哪个答案不能在线预约（否则这个问题不需要）。');
  if (problems.length) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, value: { kind: kind as 'yesno' | 'choice', text_zh, text_en, short_zh, short_en, note_zh, note_en, options_json: JSON.stringify(options) } };
}
