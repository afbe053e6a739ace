import type { Doctor } from '../db/schema.js';
import type { PageContext } from '../web/context.js';
import { DoctorTeam, HospitalFacts } from '../web/components.js';
import { Layout } from '../web/layout.js';
import { hospitalLd } from '../web/jsonld.js';
import { renderBody, plainText } from '../web/markdown.js';
import { truncate } from '../web/text.js';

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

