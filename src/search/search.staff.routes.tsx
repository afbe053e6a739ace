import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf } from '../staff/staff.plugin.js';
import { FEW_RESULTS, missCounter, topMisses } from './misses.js';
import { normalize, queryTerms } from './segment.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

const word = (label: string) =>
  z
    .string()
    .transform((s) => normalize(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `请填写${label}。`).max(40, `${label}不能超过 40 个字符。`).refine((s) => queryTerms(s).length > 0, `${label}里没有可以搜索的文字。`));
const synonymForm = z.object({ term: word('用户输入的词'), target: word('文章中的说法') }).refine((v) => v.term !== v.target, '两个词不能相同。');
const REPORT_DAYS = 30;
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
    const from = new Date(deps.now().getTime() - REPORT_DAYS * 86_400_000).toISOString().slice(0, 10);
    // This instance's latest counts first, so the report includes them.
    await missCounter(db).flush();
    const [rows, misses] = await Promise.all([db.selectFrom('search_synonym').selectAll().orderBy('term').orderBy('target').execute(), topMisses(db, from)]);
    const prefill = draft ?? { term: typeof (req.query as { term?: unknown }).term === 'string' ? (req.query as { term: string }).term.slice(0, 40) : '', target: '' };
    return renderStaff(req, reply, deps, {
      title: '搜索词库',
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <section aria-labelledby="miss-title">
            <h2 id="miss-title">没有找到或结果很少的搜索（近 {REPORT_DAYS} 天）</h2>
            <p class="help">
              按搜索次数排列；结果不超过 {FEW_RESULTS} 条的搜索才计入。只记录整理后的搜索词和每天的次数，不记录访问者的地址、设备或账号；像电话、证件号、邮箱或姓名的搜索词不会记录。
            </p>
            {misses.length ? (
              <table class="staff-table">
                <thead>
                  <tr>
                    <th scope="col">搜索词</th>
                    <th scope="col">次数</th>
                    <th scope="col">最少结果数</th>
                    <th scope="col">最近一天</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {misses.map((m) => (
                    <tr>
                      <td>{m.query}</td>
                      <td>{m.searches}</td>
                      <td>{m.results}</td>
                      <td>{m.last_day}</td>
                      <td>
                        <a href={`/staff/search?term=${encodeURIComponent(m.query)}#syn-new`} aria-label={`为“${m.query}”添加同义词`}>
                          添加同义词
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>近 {REPORT_DAYS} 天没有这样的搜索。</p>
            )}
          </section>
          <section aria-labelledby="syn-title">
            <h2 id="syn-title">同义词</h2>
            <p class="help">患者搜索左边的词时，也会找到含有右边说法的文章（排在直接包含原词的结果之后）。修改后立即生效，无需重建索引。</p>
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">用户输入的词</th>
                  <th scope="col">文章中的说法</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>{r.term}</td>
                    <td>{r.target}</td>
                    <td>
                      <form method="post" action={`/staff/search/synonyms/${r.id}/delete`} class="inline-form">
                        <Csrf token={csrf} />
                        <button type="submit" aria-label={`删除“${r.term}”→“${r.target}”`}>
                          删除
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 id="syn-new">新增同义词</h3>
            <form method="post" action="/staff/search/synonyms" class="staff-form narrow">
              <Csrf token={csrf} />
              <label for="syn-term">用户输入的词（俗称、英文、缩写或设备名）</label>
              <input id="syn-term" name="term" type="text" maxLength={40} value={prefill.term} required />
              <label for="syn-target">文章中的说法</label>
              <input id="syn-target" name="target" type="text" maxLength={40} value={prefill.target} required />
              <button type="submit">新增同义词</button>
            </form>
          </section>
        </>
      ),
    });
  }

  app.get('/search', cfg, (req, reply) => page(req, reply));

  app.post('/search/synonyms', cfg, async (req, reply) => {
    const form = synonymForm.safeParse(req.body ?? {});
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
      if (isUniqueViolation(e)) return page(req, reply, '这条同义词已经存在。', draft);
      throw e;
    }
    deps.site.invalidate();
    return reply.redirect('/staff/search?msg=created', 303);
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
    return reply.redirect('/staff/search?msg=saved', 303);
  });
}
