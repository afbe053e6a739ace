import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { contentLang, localDate, formatDate } from '../web/i18n.js';
import { smsSentOn } from '../messaging/sms.js';
import { renderStaff } from './render.js';
import { allows } from './roles.js';
import { requireStaff, staffLocale } from './staff.plugin.js';
import { shellT } from './shell.i18n.js';
import { articlesDueForReview, articlesInReview, articlesOverdueForReview } from './staff.repository.js';

const STATUS: Record<string, string> = { draft: '草稿', in_review: '待审核', approved: '已审核', published: '已发布', archived: '已归档' };
export { STATUS as ARTICLE_STATUS_LABELS };

export function dashboardRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  app.get('/', { config: { permission: 'staff.home' } }, async (req, reply) => {
    const me = requireStaff(req);
    const now = deps.now();
    const today = localDate(now, deps.config.clinicTimeZone);
    const soon = localDate(new Date(now.getTime() + 30 * 86_400_000), deps.config.clinicTimeZone);
    const canArticles = allows(me.roles, 'article.read');
    const [overdue, dueSoon, inReview] = canArticles
      ? await Promise.all([articlesOverdueForReview(db, today), articlesDueForReview(db, today, soon), articlesInReview(db)])
      : [[], [], []];
    // The day's SMS budget: once spent, no code or notice is texted until tomorrow (issue 11 #5).
    const smsSent = await smsSentOn(db, today);
    const smsBudget = deps.config.messaging.smsDailyBudget;
    const locale = staffLocale(req);
    const t = shellT(locale);
    const lang = contentLang(locale);
    const fmt = (d: string | null) => (d ? formatDate(d, locale, deps.config.clinicTimeZone) : '—');
    const list = (rows: { id: number; title: string; next_review_due: string | null }[], empty: string) =>
      rows.length ? (
        <ul class="staff-list">
          {rows.map((r) => (
            <li>
              <a href={`/staff/articles/${r.id}`} lang={lang}>
                {r.title}
              </a>{' '}
              <span class="meta">{t('dash.reviewDate', { date: fmt(r.next_review_due) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{empty}</p>
      );
    return renderStaff(req, reply, deps, {
      title: t('dash.title'),
      body: () => (
        <>
          <p>
            {t('dash.hello')}
            {lang ? <span lang={lang}>{me.name}</span> : me.name}
            {t('dash.helloEnd')}
          </p>
          {smsSent >= smsBudget ? (
            <p class="notice" role="alert" id="sms-budget-alert">
              {t('dash.sms', { sent: smsSent, budget: smsBudget })}
            </p>
          ) : null}
          {canArticles ? (
            <>
              <section aria-labelledby="review-queue">
                <h2 id="review-queue">{t('dash.inReview', { n: inReview.length })}</h2>
                {list(inReview, t('dash.inReview.none'))}
              </section>
              <section aria-labelledby="overdue">
                <h2 id="overdue">{t('dash.overdue', { n: overdue.length })}</h2>
                {list(overdue, t('dash.overdue.none'))}
              </section>
              <section aria-labelledby="due-soon">
                <h2 id="due-soon">{t('dash.dueSoon', { n: dueSoon.length })}</h2>
                {list(dueSoon, t('dash.dueSoon.none'))}
              </section>
            </>
          ) : (
            <p>{t('dash.nothing')}</p>
          )}
        </>
      ),
    });
  });
}
