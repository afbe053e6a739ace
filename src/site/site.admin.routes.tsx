import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { SiteProfileTable } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf } from '../staff/staff.plugin.js';
import type { SiteInfo } from '../web/context.js';
import { FeedbackCommentsSetting } from '../feedback/index.js';
import { saveSiteProfile } from './site.repository.js';
import { bumpContentVersion, getSiteProfile } from '../platform/site-state.repository.js';

type Hours = SiteInfo['hours'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const LABELS: Record<string, string> = {
  name: '医院名称',
  short_name: '简称',
  tagline: '标语',
  address: '地址',
  postal_code: '邮政编码',
  city: '城市',
  phone: '电话',
  email: '电子邮箱',
  hours: '营业时间',
  licence_no: '医疗机构执业许可证号',
  ad_review_no: '医疗广告审查证明文号',
  intro_md: '医院介绍',
};

const text = (key: string, max: number, required = true) => {
  const s = z.string().trim().max(max, `${LABELS[key]}不能超过 ${max} 个字符。`);
  return required ? s.min(1, `请填写${LABELS[key]}。`) : s;
};

/** One opening-hours line: `周一至周五|Monday,Tuesday,…|08:00|17:30`. */
export function parseHoursLine(line: string): { ok: true; value: Hours[number] } | { ok: false; error: string } {
  const parts = line.split(/[|｜]/).map((p) => p.trim());
  if (parts.length !== 4) return { ok: false, error: '格式应为“名称|星期（英文，逗号分隔）|开始时间|结束时间”' };
  const [label, days, opens, closes] = parts as [string, string, string, string];
  if (!label || [...label].length > 30) return { ok: false, error: '名称应为 1–30 个字符' };
  const dayOfWeek: string[] = [];
  for (const raw of days.split(/[,，、\s]+/).filter(Boolean)) {
    const day = DAYS.find((d) => d.toLowerCase() === raw.toLowerCase());
    if (!day) return { ok: false, error: `“${raw}”不是星期的英文名称（Monday … Sunday）` };
    if (!dayOfWeek.includes(day)) dayOfWeek.push(day);
  }
  if (!dayOfWeek.length) return { ok: false, error: '至少需要一个星期' };
  if (!TIME.test(opens) || !TIME.test(closes)) return { ok: false, error: '时间应写成 24 小时制的 HH:MM，例如 08:00' };
  if (opens >= closes) return { ok: false, error: '结束时间应晚于开始时间' };
  return { ok: true, value: { label, dayOfWeek, opens, closes } };
}

const hoursField = z
  .string()
  .max(2000, '营业时间内容过长。')
  .transform((s, ctx) => {
    const lines = s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) ctx.issues.push({ code: 'custom', message: '请至少填写一行营业时间。', input: s });
    if (lines.length > 14) ctx.issues.push({ code: 'custom', message: '营业时间最多 14 行。', input: s });
    const hours: Hours = [];
    lines.forEach((line, i) => {
      const r = parseHoursLine(line);
      if (r.ok) hours.push(r.value);
      else ctx.issues.push({ code: 'custom', message: `营业时间第 ${i + 1} 行：${r.error}。`, input: s });
    });
    return hours;
  });

const profileForm = z.object({
  name: text('name', 100),
  short_name: text('short_name', 50),
  tagline: text('tagline', 200, false),
  address: text('address', 200),
  postal_code: z.string().trim().regex(/^\d{6}$/, '邮政编码应为 6 位数字。'),
  city: text('city', 50),
  phone: z.string().trim().regex(/^[0-9+\-() ]{3,30}$/, '电话只能包含数字、空格和 + - ( )，3–30 个字符。'),
  email: z.string().trim().max(200, '电子邮箱过长。').pipe(z.email('电子邮箱格式不正确。')),
  hours: hoursField,
  licence_no: text('licence_no', 100),
  ad_review_no: text('ad_review_no', 100, false),
  intro_md: z.string().trim().min(1, '请填写医院介绍。').max(20_000, '医院介绍不能超过 20000 个字符。'),
});

type FormValues = Record<keyof typeof LABELS, string>;

function problems(error: z.ZodError): string {
  return [...new Set(error.issues.map((i) => i.message))].slice(0, 6).join(' ');
}

const hoursText = (hours: Hours) => hours.map((h) => `${h.label}|${h.dayOfWeek.join(',')}|${h.opens}|${h.closes}`).join('\n');

function valuesOf(p: Omit<Selectable<SiteProfileTable>, 'id'>): FormValues {
  const { hours_json, updated_at: _, show_feedback_comments: _shown, ...rest } = p;
  return { ...rest, hours: hoursText(JSON.parse(hours_json) as Hours) };
}

function submitted(body: unknown): FormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(LABELS).map((k) => [k, typeof b[k] === 'string' ? b[k] : ''])) as FormValues;
}

function Field({ name, v, type = 'text', help, required = true }: { name: keyof FormValues; v: FormValues; type?: 'text' | 'email'; help?: string; required?: boolean }) {
  return (
    <>
      <label for={`site-${name}`}>{LABELS[name]}</label>
      {help ? (
        <p class="help" id={`site-${name}-help`}>
          {help}
        </p>
      ) : null}
      <input id={`site-${name}`} name={name} type={type as 'text'} value={v[name]} required={required} aria-describedby={help ? `site-${name}-help` : undefined} />
    </>
  );
}

function ProfileForm({ csrf, v }: { csrf: string; v: FormValues }) {
  return (
    <form method="post" action="/staff/site" class="staff-form">
      <Csrf token={csrf} />
      <Field name="name" v={v} />
      <Field name="short_name" v={v} />
      <Field name="tagline" v={v} required={false} />
      <Field name="address" v={v} />
      <Field name="postal_code" v={v} help="6 位数字。" />
      <Field name="city" v={v} />
      <Field name="phone" v={v} />
      <Field name="email" v={v} type="email" />
      <label for="site-hours">{LABELS.hours}</label>
      <p class="help" id="site-hours-help">
        每行一段：名称|星期（英文，逗号分隔）|开始时间|结束时间，例如：周一至周五|Monday,Tuesday,Wednesday,Thursday,Friday|08:00|17:30
      </p>
      <textarea id="site-hours" name="hours" rows={4} required aria-describedby="site-hours-help">
        {v.hours}
      </textarea>
      <Field name="licence_no" v={v} />
      <Field name="ad_review_no" v={v} required={false} help="没有医疗广告时可以留空。" />
      <label for="site-intro_md">{LABELS.intro_md}</label>
      <p class="help" id="site-intro-help">
        Markdown 格式；显示在公开的“医院介绍”页面。
      </p>
      <textarea id="site-intro_md" name="intro_md" class="body-md" required aria-describedby="site-intro-help">
        {v.intro_md}
      </textarea>
      <div class="button-row">
        <button type="submit">保存</button>
      </div>
    </form>
  );
}

/** /staff/site: the hospital profile every public page shows. */
export function siteAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const page = (v: FormValues, error?: string, showFeedbackComments = false) => ({
    title: '医院信息',
    status: error ? 422 : 200,
    error,
    body: (csrf: string) => (
      <>
        <ProfileForm csrf={csrf} v={v} />
        <FeedbackCommentsSetting csrf={csrf} on={showFeedbackComments} />
      </>
    ),
  });

  app.get('/site', { config: { permission: 'site.write' } }, async (req, reply) => {
    const profile = await getSiteProfile(db);
    const v = profile ? valuesOf(profile) : submitted({});
    return renderStaff(req, reply, deps, page(v, undefined, profile?.show_feedback_comments === 1));
  });

  app.post('/site', { config: { permission: 'site.write' } }, async (req, reply) => {
    const form = profileForm.safeParse(req.body, { error: (iss) => `${LABELS[String(iss.path?.[0])] ?? '表单'}的内容无效。` });
    if (!form.success) return renderStaff(req, reply, deps, page(submitted(req.body), problems(form.error), (await getSiteProfile(db))?.show_feedback_comments === 1));
    const { hours, ...fields } = form.data;
    const now = deps.now();
    const row = { ...fields, hours_json: JSON.stringify(hours) };
    const changed = await db.transaction().execute(async (trx) => {
      const before = await getSiteProfile(trx);
      const diff = (Object.keys(row) as (keyof typeof row)[]).filter((k) => before?.[k] !== row[k]);
      if (before && !diff.length) return diff;
      await saveSiteProfile(trx, row, now.toISOString());
      await audit(trx, actorOf(req), 'site.updated', { type: 'site_profile', id: 1 }, now, { changed: diff });
      await bumpContentVersion(trx);
      return diff;
    });
    if (changed.length) deps.site.invalidate();
    return reply.redirect('/staff/site?msg=saved', 303);
  });
}
