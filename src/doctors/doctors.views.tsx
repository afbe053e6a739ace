import type { ComponentChildren } from 'preact';
import type { Doctor } from '../db/schema.js';
import type { PageContext } from '../web/context.js';
import { DoctorPhoto, DoctorTeam, specialtiesOf } from '../web/components.js';
import { Layout } from '../web/layout.js';
import { shareImage } from '../web/share.js';
import { physicianLd } from '../web/jsonld.js';
import { contentLang } from '../web/i18n.js';
import { renderBody } from '../web/markdown.js';
import { truncate } from '../web/text.js';
import { plainText } from '../web/markdown.js';

export function DoctorDirectoryPage({ ctx, doctors }: { ctx: PageContext; doctors: Doctor[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('doctor.directory')} description={`${ctx.site.name}${t('doctor.directory')}`} crumbs={[{ name: t('doctor.directory') }]}>
      <h1>{t('doctor.directory')}</h1>
      <DoctorTeam ctx={ctx} doctors={doctors} headingLevel={2} />
    </Layout>
  );
}

export function DoctorProfilePage({
  ctx,
  doctor,
  categories,
  sections,
}: {
  ctx: PageContext;
  doctor: Doctor;
  categories: { slug: string; name: string }[];
  /** What other features show on the profile (doctors/sections.ts), already rendered, in page order. */
  sections: ComponentChildren[];
}) {
  const { t, prefix } = ctx;
  const zh = contentLang(ctx.locale);
  const bio = renderBody(doctor.bio_md).parts.flatMap((p) => (p.kind === 'html' ? [p.html] : [])).join('');
  return (
    <Layout
      ctx={ctx}
      title={`${doctor.name} ${doctor.title}`}
      description={truncate(plainText(doctor.bio_md), 110)}
      ogType="profile"
      image={shareImage(ctx, 'doctor', doctor.slug, `${doctor.name} ${doctor.title}`)}
      jsonLd={[physicianLd(ctx, doctor)]}
      crumbs={[{ name: t('doctor.directory'), path: '/doctors' }, { name: doctor.name, content: true }]}
    >
      <div class="profile-head">
        <DoctorPhoto doctor={doctor} lang={zh} size={160} />
        <div>
          <h1 lang={zh}>{doctor.name}</h1>
          <p class="doctor-title" lang={zh}>
            {doctor.title}
          </p>
          <p>
            {t('doctor.specialties')}：<span lang={zh}>{specialtiesOf(doctor).join('、')}</span>
          </p>
          {doctor.licence_no ? (
            <p>
              {t('doctor.licence')}：{doctor.licence_no}
            </p>
          ) : null}
          {categories.length ? (
            <ul class="category-tabs">
              {categories.map((c) => (
                <li>
                  <a href={`${prefix}/categories/${c.slug}`} lang={zh}>
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <section aria-labelledby="bio-title">
        <h2 id="bio-title">{t('doctor.bio')}</h2>
        <div class="prose" lang={zh} dangerouslySetInnerHTML={{ __html: bio }} />
      </section>
      {sections}
    </Layout>
  );
}
