import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf, StaffPager } from '../staff/staff.layout.js';
import { firstValue, pageSchema } from '../http/params.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { searchStaffT } from './search.staff.i18n.js';
import { FEW_RESULTS, missCounter, topMisses } from './misses.js';
import { addDays, localDateOf } from '../time/zoned-time.js';
import { normalize, queryTerms } from './segment.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

type T = ReturnType<typeof searchStaffT>;
const word = (t: T, label: string) =>
  z
    .string()
    .transform((s) => normalize(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, t('required', { field: label })).max(40, t('tooLong', { field: label })).refine((s) => queryTerms(s).length > 0, t('noWords', { field: label })));
// Per language: its messages are shown on the page.
const synonymForms = new Map<Locale, ReturnType<typeof makeSynonymForm>>();
function makeSynonymForm(t: T) {
  return z.object({ term: word(t, t('f.term')), target: word(t, t('f.target')) }).refine((v) => v.term !== v.target, t('same'));
}
const synonymForm = (locale: Locale) => {
  let f = synonymForms.get(locale);
  if (!f) synonymForms.set(locale, (f = makeSynonymForm(searchStaffT(locale))));
  return f;
};
const REPORT_DAYS = 30;
/** Synonym rows per page: the demo seed alone has six hundred, and one table of them all was a page no editor could scan. */
export const SYNONYM_PAGE_SIZE = 50;

/** The synonym list's filter and page from the address: a word in the term or the target (as typed, folded as the form folds it), and a page from 1. */
function synonymView(query: unknown): { filter: string; page: number } {
  const q = (query ?? {}) as Record<string, unknown>;
  const raw = firstValue(q.syn);
  const filter = typeof raw === 'string' ? normalize(raw.slice(0, 40)).trim().replace(/\s+/g, ' ') : '';
  // A page that is no page number shows the first (a list view, not an error); one past the end, the last.
  const page = pageSchema.safeParse(firstValue(q.p));
  return { filter, page: page.success ? page.data : 1 };
}

const synonymHref = (filter: string, page = 1) => {
  const params = new URLSearchParams();
  if (filter) params.set('syn', filter);
  if (page > 1) params.set('p', String(page));
  const qs = params.toString();
  return `/staff/search${qs ? `?${qs}` : ''}#syn-title`;
};
const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || /UNIQUE constraint failed/.test(String(e));

/**
 * /staff/search: the synonym table (what patients type → what the articles say), read by the
 * search at query time, so a change here takes effect on the next search without a reindex; and
 * the report of searches that found nothing or little, to write the missing article or add a word.
 */
export function searchStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'search.vocabulary' as const } };

  async function page(req: FastifyRequest, reply: FastifyReply, error?: string, draft?: { term: string; target: string }) {
    const from = addDays(localDateOf(deps.now(), deps.config.clinicTimeZone), -REPORT_DAYS);
    // This instance's latest counts first, so the report includes them.
    await missCounter(db, deps.config.clinicTimeZone).flush();
    const [all, misses] = await Promise.all([db.selectFrom('search_synonym').selectAll().orderBy('term').orderBy('target').execute(), topMisses(db, from)]);
    // Filtered here, not by LIKE: SQLite's LIKE ignores the case of Latin letters and PostgreSQL's does not.
    const view = synonymView(req.query);
    const needle = view.filter.toLowerCase();
    const matching = needle ? all.filter((r) => r.term.toLowerCase().includes(needle) || r.target.toLowerCase().includes(needle)) : all;
    const pages = Math.max(1, Math.ceil(matching.length / SYNONYM_PAGE_SIZE));
    const current = Math.min(view.page, pages);
    const rows = matching.slice((current - 1) * SYNONYM_PAGE_SIZE, current * SYNONYM_PAGE_SIZE);
    const prefill = draft ?? { term: typeof (req.query as { term?: unknown }).term === 'string' ? (req.query as { term: string }).term.slice(0, 40) : '', target: '' };
    const locale = staffLocale(req);
    const t = searchStaffT(locale);
    const lang = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <section aria-labelledby="miss-title">
            <h2 id="miss-title">{t('miss.h', { days: REPORT_DAYS })}</h2>
            <p class="help">
              {t('miss.help', { few: FEW_RESULTS })}
            </p>
            {misses.length ? (
              <table class="staff-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.query')}</th>
                    <th scope="col">{t('col.searches')}</th>
                    <th scope="col">{t('col.results')}</th>
                    <th scope="col">{t('col.last')}</th>
                    <th scope="col">{t('col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {misses.map((m) => (
                    <tr>
                      <td lang={lang}>{m.query}</td>
                      <td>{m.searches}</td>
                      <td>{m.results}</td>
                      <td>{m.last_day}</td>
                      <td>
                        {lang ? (
                          // An aria-label cannot mark the Chinese words in it: the name is text instead.
                          <a href={`/staff/search?term=${encodeURIComponent(m.query)}#syn-new`}>
                            {t('add')}
                            <span class="sr-only">
                              {t('addForEnd')} “<span lang={lang}>{m.query}</span>”
                            </span>
                          </a>
                        ) : (
                          <a href={`/staff/search?term=${encodeURIComponent(m.query)}#syn-new`} aria-label={t('addFor', { q: m.query })}>
                            {t('add')}
                          </a>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('miss.none', { days: REPORT_DAYS })}</p>
            )}
          </section>
          <section aria-labelledby="syn-title">
            <h2 id="syn-title">{t('syn.h')}</h2>
            <p class="help">{t('syn.help')}</p>
            <form method="get" action="/staff/search#syn-title" class="staff-form narrow" role="search" aria-label={t('syn.find')}>
              <label for="syn-filter">{t('syn.filter')}</label>
              <input id="syn-filter" name="syn" type="search" maxLength={40} value={view.filter} />
              <button type="submit">{t('syn.find')}</button>
              {view.filter ? <a href={synonymHref('')}>{t('syn.all')}</a> : null}
            </form>
            <p id="syn-count">
              {view.filter ? (
                <>
                  {t('syn.forPre')}
                  <span lang={lang}>{view.filter}</span>
                  {t('syn.forPost', { n: matching.length })}
                </>
              ) : (
                t('syn.count', { n: matching.length })
              )}
              {rows.length ? t('syn.range', { from: (current - 1) * SYNONYM_PAGE_SIZE + 1, to: (current - 1) * SYNONYM_PAGE_SIZE + rows.length }) : t('syn.stop')}
            </p>
            {rows.length ? (
              <table class="staff-table" aria-describedby="syn-count">
                <thead>
                  <tr>
                    <th scope="col">{t('f.term')}</th>
                    <th scope="col">{t('f.target')}</th>
                    <th scope="col">{t('col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr>
                      <td lang={lang}>{r.term}</td>
                      <td lang={lang}>{r.target}</td>
                      <td>
                        <form method="post" action={`/staff/search/synonyms/${r.id}/delete`} class="inline-form">
                          <Csrf token={csrf} />
                          {lang ? (
                            <button type="submit">
                              {t('delete')}
                              <span class="sr-only">
                                {' '}
                                “<span lang={lang}>{r.term}</span>” → “<span lang={lang}>{r.target}</span>”
                              </span>
                            </button>
                          ) : (
                            <button type="submit" aria-label={t('deleteLabel', { term: r.term, target: r.target })}>
                              {t('delete')}
                            </button>
                          )}
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {pages > 1 ? (
              <StaffPager
                label={t('syn.pager')}
                status={t('syn.page', { page: current, pages })}
                prev={current > 1 ? { href: synonymHref(view.filter, current - 1), text: t('syn.prev') } : undefined}
                next={current < pages ? { href: synonymHref(view.filter, current + 1), text: t('syn.next') } : undefined}
              />
            ) : null}
            <h3 id="syn-new">{t('new.h')}</h3>
            <form method="post" action="/staff/search/synonyms" class="staff-form narrow">
              <Csrf token={csrf} />
              <label for="syn-term">{t('new.term')}</label>
              <input id="syn-term" name="term" type="text" maxLength={40} value={prefill.term} required />
              <label for="syn-target">{t('f.target')}</label>
              <input id="syn-target" name="target" type="text" maxLength={40} value={prefill.target} required />
              <button type="submit">{t('new.submit')}</button>
            </form>
          </section>
        </>
      ),
    });
  }

  app.get('/search', cfg, (req, reply) => page(req, reply));

  app.post('/search/synonyms', cfg, async (req, reply) => {
    const form = synonymForm(staffLocale(req)).safeParse(req.body ?? {});
    const raw = (req.body ?? {}) as Record<string, unknown>;
    const draft = { term: String(raw.term ?? '').slice(0, 40), target: String(raw.target ?? '').slice(0, 40) };
    if (!form.success) return page(req, reply, [...new Set(form.error.issues.map((i) => i.message))].join(' '), draft);
    const now = deps.now();
    try {
      await db.transaction().execute(async (trx) => {
        const { id } = await trx.insertInto('search_synonym').values({ ...form.data, updated_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
        await audit(trx, actorOf(req), 'search.synonym.create', { type: 'search_synonym', id }, now, form.data);
        // The version moves so cached results and the search's vocabulary are read afresh.
        await bumpContentVersion(trx);
      });
    } catch (e) {
      if (isUniqueViolation(e)) return page(req, reply, searchStaffT(staffLocale(req))('exists'), draft);
      throw e;
    }
    deps.site.invalidate();
    // Back to the list filtered by the new word, so that the editor sees the row just added.
    return reply.redirect(`/staff/search?msg=created&syn=${encodeURIComponent(form.data.term)}#syn-title`, 303);
  });

  app.post<{ Params: { id: string } }>('/search/synonyms/:id/delete', cfg, async (req, reply) => {
    const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : NaN;
    const row = Number.isNaN(id) ? undefined : await db.selectFrom('search_synonym').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('search_synonym').where('id', '=', id).execute();
      await audit(trx, actorOf(req), 'search.synonym.delete', { type: 'search_synonym', id }, now, { term: row.term, target: row.target });
      await bumpContentVersion(trx);
    });
    deps.site.invalidate();
    return reply.redirect(`/staff/search?msg=saved&syn=${encodeURIComponent(row.term)}#syn-title`, 303);
  });
}
