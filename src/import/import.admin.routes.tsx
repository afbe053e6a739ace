import type { FastifyInstance } from 'fastify';
import { CATEGORIES, type Category } from '../compliance/index.js';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { renderStaff } from '../staff/render.js';
import { staffLocale } from '../staff/staff.plugin.js';
import { contentLang } from '../web/i18n.js';
import { importAdminT } from './import.admin.i18n.js';
import { findBatch, listBatches, queue } from './import.repository.js';
import type { FieldFindingLite, PageProblem } from './import.service.js';

// The import queue: a batch's drafts worst first (most error-level findings, then warnings), with
// the findings inline, so editors rewrite and reviewers approve in that order.

type T = ReturnType<typeof importAdminT>;
type Key = Parameters<T>[0];
const SEV = ['error', 'warning', 'info'];
const STATUS = ['draft', 'in_review', 'approved', 'published', 'archived'];
const OUTCOME = ['created', 'updated', 'unchanged', 'skipped_edited', 'failed'];
const KIND = ['site', 'wxr', 'dir', 'dedecms'];
/** A constant's label from the dictionary (`prefix.value`), or the value itself if unknown. */
const labelOf = (t: T, prefix: string, known: string[], value: string) => (known.includes(value) ? t(`${prefix}.${value}` as Key) : value);

export function importStaffRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/import', { config: { permission: 'article.read' } }, async (req, reply) => {
    const batches = await listBatches(deps.db);
    const locale = staffLocale(req);
    const t = importAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('title'),
      body: () =>
        batches.length ? (
          <table class="staff-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.batch')}</th>
                <th scope="col">{t('col.source')}</th>
                <th scope="col">{t('col.state')}</th>
                <th scope="col">{t('col.result')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => {
                const c = JSON.parse(b.counts_json) as Record<string, number>;
                return (
                  <tr>
                    <td>
                      <a href={`/staff/import/${b.id}`}>{t('batch', { id: b.id })}</a>
                    </td>
                    <td>
                      {labelOf(t, 'kind', KIND, b.source_kind)}
                      {t('kindSep')}
                      <code lang={contentLang(locale)}>{b.source}</code>
                    </td>
                    <td>{b.status === 'done' ? t('done') : b.status === 'interrupted' ? t('interrupted') : t('running')}</td>
                    <td>
                      {Object.entries(c)
                        .filter(([, n]) => n)
                        .map(([k, n]) => `${labelOf(t, 'outcome', OUTCOME, k)} ${n}`)
                        .join(t('countsSep'))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>
            {t('none1')}
            <code>clinicpress import</code>
            {t('none2')}
          </p>
        ),
    });
  });

  app.get<{ Params: { id: string } }>('/import/:id', { config: { permission: 'article.read' } }, async (req, reply) => {
    if (!/^\d{1,9}$/.test(req.params.id)) throw new AppError(400, 'bad_id');
    const batch = await findBatch(deps.db, Number(req.params.id));
    if (!batch) throw new AppError(404, 'batch');
    const items = await queue(deps.db, batch.id);
    const locale = staffLocale(req);
    const t = importAdminT(locale);
    const lang = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('batchTitle', { id: batch.id }),
      body: () => (
        <>
          <p>
            {t('source')}
            <code lang={lang}>{batch.source}</code>
            {t('intro', { n: items.length })}
          </p>
          <ol class="import-queue">
            {items.map((it) => {
              const findings = JSON.parse(it.findings_json) as FieldFindingLite[];
              const problems = JSON.parse(it.problems_json) as PageProblem[];
              return (
                <li class="import-item">
                  <h2 lang={lang}>
                    {it.article_id ? <a href={`/staff/articles/${it.article_id}`}>{it.title}</a> : it.title}
                  </h2>
                  <p class="meta">
                    {it.status ? `${labelOf(t, 'status', STATUS, it.status)} · ` : ''}
                    {t('counts', { errors: it.errors, warnings: it.warnings })}
                    {it.old_path ? (
                      <>
                        {' '}
                        · {t('oldPath')} <code lang={lang}>{it.old_path}</code>
                      </>
                    ) : null}{' '}
                    · {labelOf(t, 'outcome', OUTCOME, it.outcome)}
                  </p>
                  {findings.length ? (
                    <ul class="findings">
                      {findings.map((f) => (
                        <li class={`finding ${f.severity}`}>
                          <strong>{labelOf(t, 'sev', SEV, f.severity)}</strong>{' '}
                          {/* The compliance rule's category, the quoted text and the rule's message are the rule set's Chinese. */}
                          {lang ? (
                            <span lang={lang}>
                              {CATEGORIES[f.category as Category] ?? f.category}（{f.field}）：“{f.text}”— {f.message}
                            </span>
                          ) : (
                            <>
                              {CATEGORIES[f.category as Category] ?? f.category}（{f.field}）：“{f.text}”— {f.message}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('clean')}</p>
                  )}
                  {problems.length ? (
                    <ul class="problems">
                      {problems.map((p) => (
                        <li lang={lang}>{p.detail}</li>
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
