import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '../time/zoned-time.js';
import type { Database } from '../db/schema.js';
import { enqueueTomorrow, type JobHandler } from '../jobs/jobs.js';
import { Mailer } from '../messaging/email.js';
import { rollUpViews, subscriberById, subscribers } from './insights.repository.js';
import { computeInsights, formatCell, periodOf, type Insights } from './insights.service.js';
import { getSiteProfile } from '../platform/site-state.repository.js';

type Db = Kysely<Database>;

// Two kinds of work leave the request: the nightly roll-up of old daily view counts into monthly
// totals (queued by the view counter's first flush of a day), and the weekly summary e-mail —
// one job a week that queues one message per subscriber, so a refused delivery is retried for
// that person alone and nobody gets the summary twice.

export const ROLLUP_JOB = 'insights.rollup';
export const WEEKLY_JOB = 'insights.weekly';
export const MAIL_JOB = 'insights.mail';
/** Monday morning, clinic time: last week's figures are complete. */
export const WEEKLY_TIME = '08:00';

export async function scheduleRollup(db: Db, config: Config, now: Date): Promise<void> {
  await enqueueTomorrow(db, ROLLUP_JOB, '03:45', config.clinicTimeZone, now);
}

/** Queues the next Monday's summary run (once: the dedupe key is the date). */
export async function scheduleWeekly(db: Db, config: Config, now: Date): Promise<void> {
  const today = localDateOf(now, config.clinicTimeZone);
  const monday = addDays(today, 8 - isoWeekday(today));
  await db
    .insertInto('job')
    .values({ kind: WEEKLY_JOB, payload_json: '{}', run_at: zonedInstant(monday, WEEKLY_TIME, config.clinicTimeZone).toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: `${WEEKLY_JOB}:${monday}`, last_error: null })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** The summary as plain text: the figures of the page, no patient's personal data (there is none in them). */
export function summaryText(i: Insights, clinic: string, link: string): string {
  const lines = [`${clinic} 运营数据周报：${i.period.label}`, '', `完整图表与 CSV 导出：${link}`, ''];
  for (const f of i.figures) {
    lines.push(`【${f.title}】`);
    for (const s of f.stats ?? []) lines.push(`${s.label}：${s.value}`);
    if (!f.rows.length) lines.push('（无数据）');
    else {
      lines.push(f.columns.map((c) => c.label).join(' | '));
      for (const r of f.rows.slice(0, 10)) lines.push(f.columns.map((c) => formatCell(c, r[c.key]!)).join(' | '));
      if (f.rows.length > 10) lines.push(`……共 ${f.rows.length} 行，见网页`);
    }
    lines.push('');
  }
  lines.push('您订阅了每周运营数据摘要；在后台“运营数据”页可以退订。');
  return lines.join('\n');
}

export function insightsJobHandlers(config: Config): Record<string, JobHandler> {
  return {
    [ROLLUP_JOB]: async (trx, _payload, _job, now) => {
      const today = localDateOf(now, config.clinicTimeZone);
      await rollUpViews(trx, addDays(today, -config.insights.rawRetentionDays));
      await scheduleRollup(trx, config, now);
      if ((await subscribers(trx)).length) await scheduleWeekly(trx, config, now);
    },
    [WEEKLY_JOB]: async (trx, _payload, _job, now) => {
      const today = localDateOf(now, config.clinicTimeZone);
      const week = periodOf('week', addDays(today, -7));
      for (const s of await subscribers(trx)) {
        await trx
          .insertInto('job')
          .values({ kind: MAIL_JOB, payload_json: JSON.stringify({ userId: s.id, at: week.from }), run_at: now.toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: `${MAIL_JOB}:${week.from}:${s.id}`, last_error: null })
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .execute();
      }
      await scheduleWeekly(trx, config, now);
    },
    [MAIL_JOB]: async (trx, payload: { userId: number; at: string }, _job, now) => {
      // Re-checked when sent: someone who unsubscribed or lost the role meanwhile gets nothing.
      const to = await subscriberById(trx, payload.userId);
      if (!to || !config.messaging.smtpUrl) return;
      const insights = await computeInsights(trx, periodOf('week', payload.at), config.clinicTimeZone, now);
      const site = await getSiteProfile(trx);
      const link = `${config.siteUrl}/staff/insights?period=week&at=${payload.at}`;
      await new Mailer(config.messaging.smtpUrl, config.messaging.mailFrom).send({
        to: to.email,
        subject: `运营数据周报 ${insights.period.label}`,
        text: summaryText(insights, site?.short_name ?? 'ClinicPress', link),
      });
    },
  };
}

