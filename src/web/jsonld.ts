import type { Doctor } from '../db/schema.js';
import type { PageContext } from './context.js';
import { specialtiesOf } from './components.js';

export function hospitalLd(ctx: PageContext) {
  const { site, siteUrl } = ctx;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${siteUrl}/hospital#org`,
    name: site.name,
    url: `${siteUrl}/`,
    logo: `${siteUrl}/assets/logo.svg`,
    telephone: site.phone,
    email: site.email,
    medicalSpecialty: 'Dermatology',
    address: {
      '@type': 'PostalAddress',
      streetAddress: site.address,
      addressLocality: site.city,
      postalCode: site.postalCode,
      addressCountry: 'CN',
    },
    openingHoursSpecification: site.hours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: h.dayOfWeek,
      opens: h.opens,
      closes: h.closes,
    })),
  };
}

export function physicianLd(ctx: PageContext, d: Doctor) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Physician',
    '@id': `${ctx.siteUrl}/doctors/${d.slug}#physician`,
    name: d.name,
    jobTitle: d.title,
    url: `${ctx.siteUrl}/doctors/${d.slug}`,
    image: `${ctx.siteUrl}${d.photo_path}`,
    knowsAbout: specialtiesOf(d),
    medicalSpecialty: 'Dermatology',
    worksFor: { '@id': `${ctx.siteUrl}/hospital#org` },
    ...(d.licence_no ? { identifier: { '@type': 'PropertyValue', name: '医师执业证书编号', value: d.licence_no } } : {}),
  };
}

export function medicalWebPageLd(
  ctx: PageContext,
  a: { slug: string; title: string; summary: string; published_at: string | null; updated_at: string; category_name: string; author_name: string },
  approval: { approved_at: string; reviewer_name: string; reviewer_slug: string; reviewer_title: string },
) {
  const url = `${ctx.siteUrl}/articles/${a.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: a.title,
    headline: a.title,
    description: a.summary,
    inLanguage: 'zh-CN',
    datePublished: a.published_at,
    dateModified: a.updated_at,
    lastReviewed: approval.approved_at.slice(0, 10),
    reviewedBy: {
      '@type': 'Physician',
      name: approval.reviewer_name,
      jobTitle: approval.reviewer_title,
      url: `${ctx.siteUrl}/doctors/${approval.reviewer_slug}`,
    },
    author: { '@type': 'Person', name: a.author_name },
    about: { '@type': 'Thing', name: a.category_name },
    publisher: { '@id': `${ctx.siteUrl}/hospital#org`, '@type': 'MedicalClinic', name: ctx.site.name },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
  };
}

/** A published patient question with its one accepted answer (src/questions/qa.routes.tsx). */
export function qaPageLd(
  ctx: PageContext,
  q: { slug: string; title: string; question: string; answer: string; published_at: string; answered_at: string | null },
  doctor: { slug: string; name: string; title: string } | null,
) {
  const url = `${ctx.siteUrl}/qa/${q.slug}`;
  const author = doctor
    ? { '@type': ['Person', 'Physician'], name: doctor.name, jobTitle: doctor.title, url: `${ctx.siteUrl}/doctors/${doctor.slug}` }
    : { '@type': 'Organization', name: ctx.site.name, url: `${ctx.siteUrl}/` };
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    '@id': url,
    url,
    inLanguage: 'zh-CN',
    publisher: { '@id': `${ctx.siteUrl}/hospital#org` },
    mainEntity: {
      '@type': 'Question',
      name: q.title,
      text: q.question,
      answerCount: 1,
      dateCreated: q.published_at,
      author: { '@type': 'Person', name: '患者（匿名）' },
      acceptedAnswer: {
        '@type': 'Answer',
        text: q.answer,
        dateCreated: q.answered_at ?? q.published_at,
        url,
        author,
      },
    },
  };
}
