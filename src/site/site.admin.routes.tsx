import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { SiteProfileTable } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { siteAdminT } from './site.admin.i18n.js';
import type { SiteInfo } from '../web/context.js';
import { FeedbackCommentsSetting } from '../feedback/index.js';
import { saveSiteProfile } from './site.repository.js';
import { bumpContentVersion, getSiteProfile } from '../platform/site-state.repository.js';
import { indexHospital } from './site.search.js';

type Hours = SiteInfo['hours'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const FIELDS = ['name', 'short_name', 'tagline', 'address', 'postal_code', 'city', 'phone', 'email', 'hours', 'licence_no', 'ad_review_no', 'intro_md'] as const;
type FieldName = (typeof FIELDS)[number];
type T = ReturnType<typeof siteAdminT>;
const label = (t: T, key: string) => ((FIELDS as readonly string[]).includes(key) ? t(`f.${key as FieldName}`) : t('f.form'));

const textOf = (t: T) => (key: FieldName, max: number, required = true) => {
  const s = z.string().trim().max(max, t('tooLong', { field: label(t, key), max }));
  return required ? s.min(1, t('required', { field: label(t, key) })) : s;
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

// Built per language: the messages are shown on the page, in the person's language.
const hoursFieldOf = (t: T) =>
  z
    .string()
    .max(2000, t('err.hoursLong'))
    .transform((s, ctx) => {
      const lines = s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      if (!lines.length) ctx.issues.push({ code: 'custom', message: t('err.hoursNone'), input: s });
      if (lines.length > 14) ctx.issues.push({ code: 'custom', message: t('err.hoursMany'), input: s });
      const hours: Hours = [];
      lines.forEach((line, i) => {
        const r = parseHoursLine(line);
        if (r.ok) hours.push(r.value);
        else ctx.issues.push({ code: 'custom', message: t('err.hoursLine', { n: i + 1, error: r.error }), input: s });
      });
      return hours;
    });

const profileForms = new Map<Locale, ReturnType<typeof makeProfileForm>>();
function makeProfileForm(t: T) {
  const text = textOf(t);
  return z.object({
    name: text('name', 100),
    short_name: text('short_name', 50),
    tagline: text('tagline', 200, false),
    address: text('address', 200),
    postal_code: z.string().trim().regex(/^\d{6}$/, t('err.postal')),
    city: text('city', 50),
    phone: z.string().trim().regex(/^[0-9+\-() ]{3,30}$/, t('err.phone')),
    email: z.string().trim().max(200, t('err.emailLong')).pipe(z.email(t('err.email'))),
    hours: hoursFieldOf(t),
    licence_no: text('licence_no', 100),
    ad_review_no: text('ad_review_no', 100, false),
    intro_md: z.string().trim().min(1, t('err.intro')).max(20_000, t('err.introLong')),
  });
}
const profileForm = (locale: Locale) => {
  let f = profileForms.get(locale);
  if (!f) profileForms.set(locale, (f = makeProfileForm(siteAdminT(locale))));
  return f;
};

type FormValues = Record<FieldName, string>;

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
  return Object.fromEntries(FIELDS.map((k) => [k, typeof b[k] === 'string' ? b[k] : ''])) as FormValues;
}

function Field({ t, name, v, type = 'text', help, required = true }: { t: T; name: FieldName; v: FormValues; type?: 'text' | 'email'; help?: string; required?: boolean }) {
  return (
    <>
      <label for={`site-${name}`}>{t(`f.${name}`)}</label>
      {help ? (
        <p class="help" id={`site-${name}-help`}>
          {help}
        </p>
      ) : null}
      <input id={`site-${name}`} name={name} type={type as 'text'} value={v[name]} required={required} aria-describedby={help ? `site-${name}-help` : undefined} />
    </>
  );
}

function ProfileForm({ csrf, v, locale }: { csrf: string; v: FormValues; locale: Locale }) {
  const t = siteAdminT(locale);
  const lang = contentLang(locale);
  return (
    <form method="post" action="/staff/site" class="staff-form">
      <Csrf token={csrf} />
      <Field t={t} name="name" v={v} />
      <Field t={t} name="short_name" v={v} />
      <Field t={t} name="tagline" v={v} required={false} />
      <Field t={t} name="address" v={v} />
      <Field t={t} name="postal_code" v={v} help={t('help.postal')} />
      <Field t={t} name="city" v={v} />
      <Field t={t} name="phone" v={v} />
      <Field t={t} name="email" v={v} type="email" />
      <label for="site-hours">{t('f.hours')}</label>
      <p class="help" id="site-hours-help">
        {t('help.hours')}
      </p>
      <textarea id="site-hours" name="hours" rows={4} required aria-describedby="site-hours-help" lang={lang}>
        {v.hours}
      </textarea>
      <Field t={t} name="licence_no" v={v} />
      <Field t={t} name="ad_review_no" v={v} required={false} help={t('help.adReview')} />
      <label for="site-intro_md">{t('f.intro_md')}</label>
      <p class="help" id="site-intro-help">
        {t('help.intro')}
      </p>
      <textarea id="site-intro_md" name="intro_md" class="body-md" required aria-describedby="site-intro-help" lang={lang}>
        {v.intro_md}
      </textarea>
      <div class="button-row">
        <button type="submit">{t('save')}</button>
      </div>
    </form>
  );
}

/** /staff/site: the hospital profile every public page shows. */
export function siteAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const page = (locale: Locale, v: FormValues, error?: string, showFeedbackComments = false) => ({
    title: siteAdminT(locale)('title'),
    status: error ? 422 : 200,
    error,
    body: (csrf: string) => (
      <>
        <ProfileForm csrf={csrf} v={v} locale={locale} />
        <FeedbackCommentsSetting csrf={csrf} on={showFeedbackComments} locale={locale} />
      </>
    ),
  });

  app.get('/site', { config: { permission: 'site.write' } }, async (req, reply) => {
    const profile = await getSiteProfile(db);
    const v = profile ? valuesOf(profile) : submitted({});
    return renderStaff(req, reply, deps, page(staffLocale(req), v, undefined, profile?.show_feedback_comments === 1));
  });

  app.post('/site', { config: { permission: 'site.write' } }, async (req, reply) => {
    const locale = staffLocale(req);
    const t = siteAdminT(locale);
    const form = profileForm(locale).safeParse(req.body, { error: (iss) => t('invalid', { field: label(t, String(iss.path?.[0])) }) });
    if (!form.success) return renderStaff(req, reply, deps, page(locale, submitted(req.body), problems(form.error), (await getSiteProfile(db))?.show_feedback_comments === 1));
    const { hours, ...fields } = form.data;
    const now = deps.now();
    const row = { ...fields, hours_json: JSON.stringify(hours) };
    const changed = await db.transaction().execute(async (trx) => {
      const before = await getSiteProfile(trx);
      const diff = (Object.keys(row) as (keyof typeof row)[]).filter((k) => before?.[k] !== row[k]);
      if (before && !diff.length) return diff;
      await saveSiteProfile(trx, row, now.toISOString());
      await audit(trx, actorOf(req), 'site.updated', { type: 'site_profile', id: 1 }, now, { changed: diff });
      await indexHospital(trx, row, now.toISOString());
      await bumpContentVersion(trx);
      return diff;
    });
    if (changed.length) deps.site.invalidate();
    return reply.redirect('/staff/site?msg=saved', 303);
  });
}
