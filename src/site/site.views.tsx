import type { Doctor } from '../db/schema.js';
import type { PageContext } from '../web/context.js';
import { DoctorTeam, HospitalFacts } from '../web/components.js';
import { Layout } from '../web/layout.js';
import { hospitalLd } from '../web/jsonld.js';
import { renderBody, plainText } from '../web/markdown.js';
import { truncate } from '../web/text.js';
import type { MessageKey } from '../web/i18n.js';

export function HospitalPage({ ctx, team }: { ctx: PageContext; team: Doctor[] }) {
  const { t, site } = ctx;
  const intro = renderBody(site.introMd).parts.flatMap((p) => (p.kind === 'html' ? [p.html] : [])).join('');
  return (
    <Layout ctx={ctx} title={t('hospital.title')} description={truncate(plainText(site.introMd), 110)} jsonLd={[hospitalLd(ctx)]} crumbs={[{ name: t('hospital.title') }]}>
      <h1>{site.name}</h1>
      <p class="lead">{site.tagline}</p>
      <div class="prose" dangerouslySetInnerHTML={{ __html: intro }} />
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t('hospital.contact')}</h2>
        <HospitalFacts ctx={ctx} />
        <dl class="facts">
          <dt>{t('site.licence')}</dt>
          <dd>{site.licenceNo}</dd>
          <dt>{t('site.adReview')}</dt>
          <dd>{site.adReviewNo}</dd>
        </dl>
      </section>
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('home.team')}</h2>
        <DoctorTeam ctx={ctx} doctors={team} />
      </section>
    </Layout>
  );
}

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
