import { Csrf } from '../staff/staff.layout.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { redirectsAdminT } from './redirects.admin.i18n.js';

interface Row {
  id: number;
  old_path: string;
  article_id: number | null;
  target_path: string | null;
  origin: 'import' | 'staff';
  slug: string | null;
  status: string | null;
}

const STATES = ['published', 'draft', 'in_review', 'approved', 'archived'] as const;
const stateKey = (s: string | null) => ((STATES as readonly string[]).includes(s ?? '') ? (`state.${s}` as `state.${(typeof STATES)[number]}`) : undefined);

export function RedirectsPage({ rows, csrf, form, locale = 'zh-CN' }: { rows: Row[]; csrf: string; form: { old_path?: string; target?: string; csv?: string }; locale?: Locale }) {
  const t = redirectsAdminT(locale);
  const lang = contentLang(locale);
  const state = (s: string | null) => {
    const k = stateKey(s);
    return k ? t(k) : '';
  };
  return (
    <>
      <p>
        {t('intro1')}
        <code>{t('introCode')}</code>
        {t('intro2')}
      </p>
      <form method="post" action="/staff/redirects" class="staff-form narrow">
        <Csrf token={csrf} />
        <label for="rd-old">{t('old')}</label>
        <input id="rd-old" name="old_path" required maxLength={500} value={form.old_path ?? ''} />
        <label for="rd-target">{t('target')}</label>
        <input id="rd-target" name="target" required maxLength={500} value={form.target ?? ''} />
        <div class="button-row">
          <button type="submit">{t('save')}</button>
          <a href="/staff/redirects.csv">{t('export')}</a>
        </div>
      </form>
      <form method="post" action="/staff/redirects/import" class="staff-form narrow">
        <Csrf token={csrf} />
        <label for="rd-csv">{t('csv')}</label>
        <textarea id="rd-csv" name="csv" rows={5} lang={lang}>
          {form.csv ?? ''}
        </textarea>
        <div class="button-row">
          <button type="submit">{t('import')}</button>
        </div>
      </form>
      {rows.length ? (
        <table class="staff-table">
          <caption>{t('caption', { n: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.old')}</th>
              <th scope="col">{t('col.target')}</th>
              <th scope="col">{t('col.state')}</th>
              <th scope="col">{t('col.origin')}</th>
              <th scope="col">{t('col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <code lang={lang}>{r.old_path}</code>
                </td>
                <td>{r.target_path ? <code lang={lang}>{r.target_path}</code> : r.article_id ? <a href={`/staff/articles/${r.article_id}`}>{t('article', { slug: r.slug ?? '' })}</a> : ''}</td>
                <td>{r.target_path ? t('moved301') : state(r.status)}</td>
                <td>{r.origin === 'import' ? t('origin.import') : t('origin.staff')}</td>
                <td>
                  <form method="post" action={`/staff/redirects/${r.id}/delete`} class="inline-form">
                    <Csrf token={csrf} />
                    <button type="submit" class="link-button" aria-label={t('deleteLabel', { path: r.old_path })}>
                      {t('delete')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('none')}</p>
      )}
    </>
  );
}
