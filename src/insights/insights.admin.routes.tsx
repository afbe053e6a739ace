import type { FastifyInstance } from 'fastify';
import { localDateOf } from '../time/zoned-time.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { insightsAdminT } from './insights.admin.i18n.js';
import { InsightsBody } from './insights.admin.views.js';
import { scheduleWeekly } from './insights.jobs.js';
import { isSubscribed, setSubscribed } from './insights.repository.js';
import { computeInsights, figureCsv, parsePeriod } from './insights.service.js';

/** /staff/insights: the figures of a week, month or quarter; each table as CSV; the weekly e-mail opt-in. */
export function insightsAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db, config } = deps;
  const tz = config.clinicTimeZone;

  app.get('/insights', { config: { permission: 'insights.read' } }, async (req, reply) => {
    const staff = requireStaff(req);
    const now = deps.now();
    const period = parsePeriod(req.query, localDateOf(now, tz));
    const [insights, subscribed] = await Promise.all([computeInsights(db, period, tz, now), isSubscribed(db, staff.userId)]);
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, {
      title: insightsAdminT(locale)('title'),
      body: (csrf) => <InsightsBody insights={insights} csrf={csrf} subscribed={subscribed} canMail={!!config.messaging.smtpUrl} locale={locale} />,
    });
  });

  app.get<{ Params: { id: string } }>('/insights/csv/:id', { config: { permission: 'insights.read' } }, async (req, reply) => {
    const now = deps.now();
    const period = parsePeriod(req.query, localDateOf(now, tz));
    const insights = await computeInsights(db, period, tz, now);
    const f = insights.figures.find((x) => x.id === req.params.id);
    if (!f) throw notFound('figure');
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${f.id}-${period.from}-${period.to}.csv"`)
      .send(figureCsv(f));
  });

  app.post('/insights/subscription', { config: { permission: 'insights.read' } }, async (req, reply) => {
    const staff = requireStaff(req);
    const on = (req.body as Record<string, unknown> | undefined)?.subscribe === '1';
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await setSubscribed(trx, staff.userId, on, now);
      if (on) await scheduleWeekly(trx, config, now);
      await audit(trx, actorOf(req), on ? 'insights.subscribe' : 'insights.unsubscribe', { type: 'staff_user', id: staff.userId }, now);
    });
    return reply.redirect('/staff/insights?msg=saved', 303);
  });
}
