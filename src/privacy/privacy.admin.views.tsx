import { maskMobile } from '../personal-data/patient-crypto.js';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';
import { Csrf } from '../staff/staff.layout.js';
import type { RequestRow } from './privacy.repository.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { privacyAdminT } from './privacy.admin.i18n.js';

// The back-office list of data-rights requests. A pending request shows the masked number (staff
// may need to match a phone call to it); a completed one has nothing left to show but the summary.

const SOURCES = ['booking', 'questions', 'feedback', 'privacy'] as const;

export function summaryText(json: string | null, locale: Locale = 'zh-CN'): string {
  if (!json) return '—';
  const t = privacyAdminT(locale);
  const s = JSON.parse(json) as Record<string, number>;
  const source = (k: string) => ((SOURCES as readonly string[]).includes(k) ? t(`source.${k as (typeof SOURCES)[number]}`) : k);
  return Object.entries(s)
    .map(([k, n]) => t('rows', { source: source(k), n }))
    .join(t('rowsSep'));
}

export function RequestsTable({ rows, crypto, csrf, at, locale = 'zh-CN' }: { rows: RequestRow[]; crypto: PatientCrypto; csrf: string; at: (iso: string) => string; locale?: Locale }) {
  const t = privacyAdminT(locale);
  if (!rows.length) return <p class="hint">{t('none')}</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <caption class="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.id')}</th>
            <th scope="col">{t('col.at')}</th>
            <th scope="col">{t('col.mobile')}</th>
            <th scope="col">{t('col.state')}</th>
            <th scope="col">{t('col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>#{r.id}</td>
              <td>{at(r.created_at)}</td>
              <td>{r.status === 'pending' && r.mobile_enc ? maskMobile(crypto.decrypt(r.mobile_enc)) : t('erasedMobile')}</td>
              <td>{r.status === 'pending' ? t('pending') : t('done')}</td>
              <td>
                {r.status === 'pending' ? (
                  <form method="post" action={`/staff/privacy/${r.id}/complete`} class="inline-form">
                    <Csrf token={csrf} />
                    <label>
                      <input type="checkbox" name="confirm" value="1" required /> {t('confirm')}
                    </label>
                    <button type="submit">{t('complete', { id: r.id })}</button>
                  </form>
                ) : (
                  <span>
                    {r.completed_at ? at(r.completed_at) : ''} · <span lang={contentLang(locale)}>{r.completed_by_name ?? '—'}</span> · {summaryText(r.summary_json, locale)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
