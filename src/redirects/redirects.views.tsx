import { Csrf } from '../staff/staff.layout.js';

interface Row {
  id: number;
  old_path: string;
  article_id: number | null;
  target_path: string | null;
  origin: 'import' | 'staff';
  slug: string | null;
  status: string | null;
}

const STATE: Record<string, string> = { published: '已发布，301 跳转', draft: '草稿，显示“已迁移”', in_review: '审核中，显示“已迁移”', approved: '已审核未发布，显示“已迁移”', archived: '已归档，显示“已迁移”' };

export function RedirectsPage({ rows, csrf, form }: { rows: Row[]; csrf: string; form: { old_path?: string; target?: string; csv?: string } }) {
  return (
    <>
      <p>旧网站的地址在这里继续有效：文章发布后，旧地址以 301 永久跳转到新页面；发布前显示“此页面已迁移”。跳转不会出现在网站地图中。目标只能是本站的路径，或写成 <code>article:网址标识</code>；不允许跳转到另一个旧地址（跳转链或循环）。</p>
      <form method="post" action="/staff/redirects" class="staff-form narrow">
        <Csrf token={csrf} />
        <label for="rd-old">旧地址（以 / 开头，不含域名）</label>
        <input id="rd-old" name="old_path" required maxLength={500} value={form.old_path ?? ''} />
        <label for="rd-target">目标</label>
        <input id="rd-target" name="target" required maxLength={500} value={form.target ?? ''} />
        <div class="button-row">
          <button type="submit">保存跳转</button>
          <a href="/staff/redirects.csv">导出 CSV</a>
        </div>
      </form>
      <form method="post" action="/staff/redirects/import" class="staff-form narrow">
        <Csrf token={csrf} />
        <label for="rd-csv">从 CSV 导入（每行：旧地址,目标；全部通过才会保存）</label>
        <textarea id="rd-csv" name="csv" rows={5}>{form.csv ?? ''}</textarea>
        <div class="button-row">
          <button type="submit">导入</button>
        </div>
      </form>
      {rows.length ? (
        <table class="staff-table">
          <caption>共 {rows.length} 条跳转</caption>
          <thead>
            <tr>
              <th scope="col">旧地址</th>
              <th scope="col">目标</th>
              <th scope="col">状态</th>
              <th scope="col">来源</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <code>{r.old_path}</code>
                </td>
                <td>{r.target_path ? <code>{r.target_path}</code> : r.article_id ? <a href={`/staff/articles/${r.article_id}`}>文章 {r.slug}</a> : ''}</td>
                <td>{r.target_path ? '301 跳转' : (STATE[r.status ?? ''] ?? '')}</td>
                <td>{r.origin === 'import' ? '导入' : '员工'}</td>
                <td>
                  <form method="post" action={`/staff/redirects/${r.id}/delete`} class="inline-form">
                    <Csrf token={csrf} />
                    <button type="submit" class="link-button" aria-label={`删除 ${r.old_path} 的跳转`}>
                      删除
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>还没有跳转。</p>
      )}
    </>
  );
}
