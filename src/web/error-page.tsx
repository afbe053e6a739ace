// The site's error page: platform, since every 4xx/5xx of every feature renders it (src/platform/app.tsx).
import type { PageContext } from './context.js';
import type { MessageKey } from './i18n.js';
import { Layout } from './layout.js';

export function ErrorPage({ ctx, status, requestId }: { ctx: PageContext; status: number; requestId?: string }) {
  const { t, prefix } = ctx;
  const key: [MessageKey, MessageKey] =
    status === 404 ? ['error.notFound.title', 'error.notFound.body'] : status < 500 ? ['error.badRequest.title', 'error.badRequest.body'] : ['error.server.title', 'error.server.body'];
  return (
    <Layout ctx={ctx} title={t(key[0])} description={t(key[1])} noindex>
      <div class="error-page">
        <p class="error-code" aria-hidden="true">{status}</p>
        <h1>{t(key[0])}</h1>
        <p>{t(key[1])}</p>
        <form class="search-form" action={`${prefix}/search`} method="get" role="search">
          <label for="err-q">{t('search.label')}</label>
          <div class="search-row">
            <input id="err-q" name="q" type="search" maxLength={50} />
            <button type="submit">{t('search.submit')}</button>
          </div>
        </form>
        <p>
          <a class="button" href={`${prefix}/`}>
            {t('error.home')}
          </a>
        </p>
        {status >= 500 && requestId ? (
          <p class="meta">
            {t('error.ref')}：{requestId}
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
