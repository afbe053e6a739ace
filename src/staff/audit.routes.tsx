import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { audit, AUDIT_CSV_COLUMNS, csvCell, listAudit } from './audit.js';
import { actorOf } from './staff.plugin.js';
import { AppError } from '../http/errors.js';
import { renderStaff } from './render.js';
import { StaffPager } from './staff.layout.js';
import { firstValue } from '../http/params.js';
import { auditFilterChoices } from './audit.repository.js';
import { staffLocale } from './staff.plugin.js';
import { shellT, type ShellT } from './shell.i18n.js';
import { contentLang } from '../web/i18n.js';
import { addDays, localDateOf, zonedInstant } from '../time/zoned-time.js';

export const AUDIT_PAGE_SIZE = 50;
/** At most this many entries per CSV file (a narrower date range gets the rest). */
export const AUDIT_EXPORT_MAX = 100_000;

type Key = Parameters<ShellT>[0];
const LABELS: Record<string, Key> = { actor: 'audit.f.actor', action: 'audit.f.action', subject_type: 'audit.f.subject_type', subject_id: 'audit.f.subject_id', from: 'audit.f.from', to: 'audit.f.to', page: 'audit.f.page' };
const opt = <T extends z.ZodType>(s: T) => z.preprocess((v) => (firstValue(v) === '' ? undefined : firstValue(v)), s.optional());
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'audit.err.dayFormat')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'audit.err.day');
// The messages are dictionary keys, translated on the page (the CSV export only needs success).
const filterForm = z
  .object({
    actor: opt(z.string().regex(/^\d{1,9}$/, 'audit.err.actor').transform(Number)),
    action: opt(z.string().regex(/^[a-z0-9_.]{1,60}$/, 'audit.err.action')),
    subject_type: opt(z.string().regex(/^[a-z0-9_.]{1,60}$/, 'audit.err.type')),
    subject_id: opt(z.string().trim().max(64, 'audit.err.id')),
    from: opt(day),
    to: opt(day),
    page: opt(z.string().regex(/^\d{1,5}$/, 'audit.err.page').transform(Number).refine((n) => n >= 1, 'audit.err.page')),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, 'audit.err.range');
type Filter = z.infer<typeof filterForm>;

/** The UTC instant at which a calendar day ('YYYY-MM-DD') starts in the clinic's time zone. */
const startOfDay = (d: string, timeZone: string) => zonedInstant(d, '00:00', timeZone).toISOString();
const nextDay = (d: string) => addDays(d, 1);

function queryOf(f: Filter, page?: number): string {
  const q = new URLSearchParams();
  for (const k of ['actor', 'action', 'subject_type', 'subject_id', 'from', 'to'] as const) if (f[k] !== undefined && f[k] !== '') q.set(k, String(f[k]));
  if (page && page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** /staff/audit: who did what, newest first. */
export function auditRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const tz = deps.config.clinicTimeZone;
  const when = new Intl.DateTimeFormat('zh-CN', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

  const rangeOf = (f: Filter) => ({
    actor: f.actor,
    action: f.action,
    subjectType: f.subject_type,
    subjectId: f.subject_id,
    from: f.from ? startOfDay(f.from, tz) : undefined,
    to: f.to ? startOfDay(nextDay(f.to), tz) : undefined,
  });

  // The filtered log as CSV for an assessor, oldest first; the export is itself audited.
  app.get('/audit/export.csv', { config: { permission: 'audit.read' } }, async (req, reply) => {
    const parsed = filterForm.safeParse(req.query ?? {});
    if (!parsed.success) throw new AppError(422, 'bad_filter');
    const rows: string[] = [AUDIT_CSV_COLUMNS.join(',')];
    const range = rangeOf(parsed.data);
    for (let offset = 0; offset < AUDIT_EXPORT_MAX; offset += 1000) {
      const page = await listAudit(db, range, Math.min(1000, AUDIT_EXPORT_MAX - offset), offset, 'asc');
      for (const e of page) rows.push(AUDIT_CSV_COLUMNS.map((k) => csvCell(e[k])).join(','));
      if (page.length < 1000) break;
    }
    await audit(db, actorOf(req), 'audit.exported', { type: 'audit_event', id: '-' }, deps.now(), { filter: queryOf(parsed.data), rows: rows.length - 1 });
    const stamp = localDateOf(deps.now(), deps.config.clinicTimeZone);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
      .send(`\uFEFF${rows.join('\r\n')}\r\n`);
  });

  app.get('/audit', { config: { permission: 'audit.read' } }, async (req, reply) => {
    const locale = staffLocale(req);
    const t = shellT(locale);
    const lang = contentLang(locale);
    const parsed = filterForm.safeParse(req.query ?? {}, { error: (iss) => t('audit.invalid', { field: t(LABELS[String(iss.path?.[0])] ?? 'audit.f.filter') }) });
    const raw = (req.query ?? {}) as Record<string, unknown>;
    const f: Filter = parsed.success ? parsed.data : {};
    const shown = (k: string) => (parsed.success ? String(f[k as keyof Filter] ?? '') : typeof firstValue(raw[k]) === 'string' ? String(firstValue(raw[k])) : '');
    const page = f.page ?? 1;
    const [[users, actions, types], rows] = await Promise.all([
      auditFilterChoices(db),
      parsed.success
        ? listAudit(
            db,
            {
              actor: f.actor,
              action: f.action,
              subjectType: f.subject_type,
              subjectId: f.subject_id,
              from: f.from ? startOfDay(f.from, tz) : undefined,
              to: f.to ? startOfDay(nextDay(f.to), tz) : undefined,
            },
            AUDIT_PAGE_SIZE + 1,
            (page - 1) * AUDIT_PAGE_SIZE,
          )
        : Promise.resolve([]),
    ]);
    const more = rows.length > AUDIT_PAGE_SIZE;
    const events = rows.slice(0, AUDIT_PAGE_SIZE);
    const options = (values: string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);
    const select = (name: string, values: [string, string][]) => (
      <>
        <label for={`audit-${name}`}>{t(LABELS[name]!)}</label>
        <select id={`audit-${name}`} name={name}>
          <option value="">{t('audit.all')}</option>
          {values.map(([value, label]) => (
            <option value={value} selected={shown(name) === value} lang={name === 'actor' ? lang : undefined}>
              {label}
            </option>
          ))}
        </select>
      </>
    );
    const input = (name: string, type: 'text' | 'date') => (
      <>
        <label for={`audit-${name}`}>{t(LABELS[name]!)}</label>
        <input id={`audit-${name}`} name={name} type={type as 'text'} value={shown(name)} />
      </>
    );
    return renderStaff(req, reply, deps, {
      title: t('audit.title'),
      status: parsed.success ? 200 : 422,
      error: parsed.success ? undefined : [...new Set(parsed.error.issues.map((i) => (i.message.startsWith('audit.') ? t(i.message as Key) : i.message)))].join(' '),
      body: () => (
        <>
          <form method="get" action="/staff/audit" class="staff-form narrow" role="search" aria-label={t('audit.filterLabel')}>
            {select('actor', users.map((u) => [String(u.id), `${u.name}（${u.email}）`]))}
            {select('action', options(actions.map((a) => a.action), shown('action')).map((a) => [a, a]))}
            {select('subject_type', options(types.map((t) => t.subject_type), shown('subject_type')).map((t) => [t, t]))}
            {input('subject_id', 'text')}
            {input('from', 'date')}
            {input('to', 'date')}
            <p class="help">{t('audit.tzHelp', { tz })}</p>
            <div class="button-row">
              <button type="submit">{t('audit.filter')}</button>
              <a href="/staff/audit">{t('audit.clear')}</a>
              <a href={`/staff/audit/export.csv${parsed.success ? queryOf(f) : ''}`}>{t('audit.export')}</a>
            </div>
          </form>
          {events.length ? (
            <table class="staff-table">
              <caption class="sr-only">{t('audit.caption', { page })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.at')}</th>
                  <th scope="col">{t('audit.col.actor')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.outcome')}</th>
                  <th scope="col">{t('audit.col.subject')}</th>
                  <th scope="col">{t('audit.col.ip')}</th>
                  <th scope="col">{t('audit.col.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr>
                    <td>
                      <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                    </td>
                    <td lang={lang}>{e.actor_name}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>{e.outcome === 'failure' ? t('audit.failure') : t('audit.success')}</td>
                    <td>
                      <a href={`/staff/audit${queryOf({ subject_type: e.subject_type, subject_id: e.subject_id })}`}>
                        {e.subject_type} #{e.subject_id}
                      </a>
                    </td>
                    <td>{e.ip}</td>
                    <td>{e.detail_json === '{}' ? '' : <code lang={lang}>{e.detail_json.length > 300 ? `${e.detail_json.slice(0, 300)}…` : e.detail_json}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{parsed.success ? t('audit.none') : t('audit.fix')}</p>
          )}
          {page > 1 || more ? (
            <StaffPager
              label={t('audit.pager')}
              status={t('audit.page', { page })}
              prev={page > 1 ? { href: `/staff/audit${queryOf(f, page - 1)}`, text: t('audit.prev') } : undefined}
              next={more ? { href: `/staff/audit${queryOf(f, page + 1)}`, text: t('audit.next') } : undefined}
            />
          ) : null}
        </>
      ),
    });
  });
}
