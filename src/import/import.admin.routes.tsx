import type { FastifyInstance } from 'fastify';
import { CATEGORIES, type Category } from '../compliance/index.js';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { renderStaff } from '../staff/render.js';
import { findBatch, listBatches, queue } from './import.repository.js';
import type { FieldFindingLite, PageProblem } from './import.service.js';

// The import queue: a batch's drafts worst first (most error-level findings, then warnings), with
// the findings inline, so editors rewrite and reviewers approve in that order.

const SEV: Record<string, string> = { error: '严重', warning: '警告', info: '提示' };
const STATUS: Record<string, string> = { draft: '草稿', in_review: '待审核', approved: '已审核', published: '已发布', archived: '已归档' };
const OUTCOME: Record<string, string> = { created: '新建', updated: '已更新', unchanged: '未变', skipped_edited: '已编辑，未覆盖', failed: '失败' };
const KIND: Record<string, string> = { site: '网站抓取', wxr: 'WordPress 导出', dir: '网页文件夹', dedecms: '织梦数据库' };

export function importStaffRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/import', { config: { permission: 'article.read' } }, async (req, reply) => {
    const batches = await listBatches(deps.db);
    return renderStaff(req, reply, deps, {
      title: '导入队列',
      body: () =>
        batches.length ? (
          <table class="staff-table">
            <caption>导入批次（新的在前）</caption>
            <thead>
              <tr>
                <th scope="col">批次</th>
                <th scope="col">来源</th>
                <th scope="col">状态</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => {
                const c = JSON.parse(b.counts_json) as Record<string, number>;
                return (
                  <tr>
                    <td>
                      <a href={`/staff/import/${b.id}`}>第 {b.id} 批</a>
                    </td>
                    <td>
                      {KIND[b.source_kind] ?? b.source_kind}：<code>{b.source}</code>
                    </td>
                    <td>{b.status === 'done' ? '完成' : b.status === 'interrupted' ? '已中断（再次运行同一命令可继续）' : '进行中'}</td>
                    <td>{Object.entries(c).filter(([, n]) => n).map(([k, n]) => `${OUTCOME[k] ?? k} ${n}`).join('，')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>还没有导入过内容。在服务器上运行 <code>clinicpress import</code> 导入旧网站。</p>
        ),
    });
  });

  app.get<{ Params: { id: string } }>('/import/:id', { config: { permission: 'article.read' } }, async (req, reply) => {
    if (!/^\d{1,9}$/.test(req.params.id)) throw new AppError(400, 'bad_id');
    const batch = await findBatch(deps.db, Number(req.params.id));
    if (!batch) throw new AppError(404, 'batch');
    const items = await queue(deps.db, batch.id);
    return renderStaff(req, reply, deps, {
      title: `导入队列：第 ${batch.id} 批`,
      body: () => (
        <>
          <p>
            来源：<code>{batch.source}</code>。共 {items.length} 篇，按导入时发现的问题从多到少排列。导入不会改动原文：请逐篇修改有问题的说法，提交医学审核；发布后旧地址会自动 301 跳转到新页面。
          </p>
          <ol class="import-queue">
            {items.map((it) => {
              const findings = JSON.parse(it.findings_json) as FieldFindingLite[];
              const problems = JSON.parse(it.problems_json) as PageProblem[];
              return (
                <li class="import-item">
                  <h2>
                    {it.article_id ? <a href={`/staff/articles/${it.article_id}`}>{it.title}</a> : it.title}
                  </h2>
                  <p class="meta">
                    {it.status ? `${STATUS[it.status] ?? it.status} · ` : ''}严重 {it.errors} · 警告 {it.warnings}
                    {it.old_path ? (
                      <>
                        {' '}
                        · 旧地址 <code>{it.old_path}</code>
                      </>
                    ) : null}{' '}
                    · {OUTCOME[it.outcome] ?? it.outcome}
                  </p>
                  {findings.length ? (
                    <ul class="findings">
                      {findings.map((f) => (
                        <li class={`finding ${f.severity}`}>
                          <strong>{SEV[f.severity]}</strong> {CATEGORIES[f.category as Category] ?? f.category}（{f.field}）：“{f.text}”— {f.message}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>导入时未发现合规问题。</p>
                  )}
                  {problems.length ? (
                    <ul class="problems">
                      {problems.map((p) => (
                        <li>{p.detail}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ),
    });
  });
}
