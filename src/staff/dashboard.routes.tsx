import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { localDate, formatDate } from '../web/i18n.js';
import { smsSentOn } from '../messaging/sms.js';
import { renderStaff } from './render.js';
import { allows } from './roles.js';
import { requireStaff } from './staff.plugin.js';

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
    const live = db
      .selectFrom('article as a')
      .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
      .where('a.published_revision_id', 'is not', null)
      .where('a.status', '!=', 'archived')
      .select(['a.id', 'r.title', 'a.next_review_due', 'a.status']);
    const [overdue, dueSoon, inReview] = canArticles
      ? await Promise.all([
          live.where('a.next_review_due', '<', today).orderBy('a.next_review_due').execute(),
          live.where('a.next_review_due', '>=', today).where('a.next_review_due', '<=', soon).orderBy('a.next_review_due').execute(),
          db
            .selectFrom('article as a')
            .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
            .where('a.status', '=', 'in_review')
            .select(['a.id', 'r.title', 'a.next_review_due', 'a.status'])
            .orderBy('a.updated_at')
            .execute(),
        ])
      : [[], [], []];
    // The day's SMS budget: once spent, no code or notice is texted until tomorrow (issue 11 #5).
    const smsSent = await smsSentOn(db, today);
    const smsBudget = deps.config.messaging.smsDailyBudget;
    const fmt = (d: string | null) => (d ? formatDate(d, 'zh-CN', deps.config.clinicTimeZone) : '—');
    const list = (rows: { id: number; title: string; next_review_due: string | null }[], empty: string) =>
      rows.length ? (
        <ul class="staff-list">
          {rows.map((r) => (
            <li>
              <a href={`/staff/articles/${r.id}`}>{r.title}</a> <span class="meta">复审日期：{fmt(r.next_review_due)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{empty}</p>
      );
    return renderStaff(req, reply, deps, {
      title: '工作台',
      body: () => (
        <>
          <p>你好，{me.name}。</p>
          {smsSent >= smsBudget ? (
            <p class="notice" role="alert" id="sms-budget-alert">
              今天的短信已发送 {smsSent} 条，达到每日上限（SMS_DAILY_BUDGET={smsBudget}）：今天不再发送任何短信，患者在线预约收不到验证码，请安排电话预约，并检查是否有人在刷短信。
            </p>
          ) : null}
          {canArticles ? (
            <>
              <section aria-labelledby="review-queue">
                <h2 id="review-queue">等待医学审核（{inReview.length}）</h2>
                {list(inReview, '没有等待审核的文章。')}
              </section>
              <section aria-labelledby="overdue">
                <h2 id="overdue">复审已到期（{overdue.length}）</h2>
                {list(overdue, '没有到期未复审的文章。')}
              </section>
              <section aria-labelledby="due-soon">
                <h2 id="due-soon">30 天内需要复审（{dueSoon.length}）</h2>
                {list(dueSoon, '近期没有需要复审的文章。')}
              </section>
            </>
          ) : (
            <p>你的角色目前在后台没有待办事项。</p>
          )}
        </>
      ),
    });
  });
}
