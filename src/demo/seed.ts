import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { createPublishedArticle } from '../content/content.service.js';
import { indexDoctor } from '../doctors/index.js';
import { indexHospital } from '../site/site.search.js';
import type { Database } from '../db/schema.js';
import { articles } from './data/articles/index.js';
import { categories } from './data/categories.js';
import { doctors } from './data/doctors.js';
import { hospital } from './data/hospital.js';
import { synonyms } from './data/synonyms.js';
import { portraitSvg } from '../doctors/portrait.js';
import { seedDemoSchedules } from '../booking/demo-schedules.js';
import { loadPatientCrypto } from '../personal-data/patient-crypto.js';
import { seedDemoQa } from './qa.js';
import { putFile } from '../media/store.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

const DAY = 86_400_000;

/** `npm start` on an empty database (src/platform/bootstrap.ts): the demo hospital, said in one line. */
export async function seedDemoIfEmpty(db: Kysely<Database>, config: Config, now: Date): Promise<string | undefined> {
  if (!(await isEmpty(db))) return undefined;
  const r = await seedDemo(db, { now, uploadsDir: path.join(config.dataDir, 'uploads'), dataKey: config.booking.dataKey });
  return `Empty database: loaded the demo hospital (${r.doctors} doctors, ${r.articles} articles).`;
}

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('site_profile').select('id').executeTakeFirst();
  return !row;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Loads the fictional demo hospital. Dates are relative to `now`, so the demo always has
 * recent articles and exactly the intended overdue reviews. Runs in one transaction: all or nothing.
 */
export async function seedDemo(
  db: Kysely<Database>,
  opts: {
    now: Date;
    /** Unused since portraits go to the shared media store (migration 0016); kept so callers compile. */
    uploadsDir?: string;
    /** DATA_KEY when configured (the demo questions are encrypted with it). */
    dataKey?: Buffer;
  },
): Promise<{ articles: number; doctors: number }> {
  const now = opts.now.getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();

  await db.transaction().execute(async (trx) => {
    const profile = {
      id: 1,
      name: hospital.name,
      short_name: hospital.shortName,
      tagline: hospital.tagline,
      address: hospital.address,
      postal_code: hospital.postalCode,
      city: hospital.city,
      phone: hospital.phone,
      email: hospital.email,
      hours_json: JSON.stringify(hospital.hours),
      licence_no: hospital.licenceNo,
      ad_review_no: hospital.adReviewNo,
      intro_md: hospital.introMd,
      updated_at: at(0),
    };
    await trx.insertInto('site_profile').values(profile).execute();
    await indexHospital(trx, profile, at(0));

    const categoryIds = new Map<string, number>();
    for (const [i, c] of categories.entries()) {
      const { id } = await trx
        .insertInto('category')
        .values({ slug: c.slug, name: c.name, name_en: c.nameEn, description: c.description, position: i })
        .returning('id')
        .executeTakeFirstOrThrow();
      categoryIds.set(c.slug, id);
    }

    const doctorIds = new Map<string, number>();
    for (const [i, d] of doctors.entries()) {
      // In the shared store, in this transaction: every instance serves it, and a failed seed leaves none.
      await putFile(trx, `doctors/${d.slug}.svg`, Buffer.from(portraitSvg(d.name, i)), { now: opts.now });
      const { id } = await trx
        .insertInto('doctor')
        .values({
          slug: d.slug,
          name: d.name,
          title: d.title,
          specialties_json: JSON.stringify(d.specialties),
          bio_md: d.bioMd,
          licence_no: d.licenceNo,
          photo_path: `/uploads/doctors/${d.slug}.svg`,
          photo_alt: d.photoAlt,
          position: i,
          active: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      doctorIds.set(d.slug, id);
      for (const slug of d.categorySlugs) {
        await trx.insertInto('doctor_category').values({ doctor_id: id, category_id: must(categoryIds, slug) }).execute();
      }
      await indexDoctor(trx, { id, slug: d.slug, name: d.name, title: d.title, specialties: d.specialties, bioMd: d.bioMd }, at(0));
    }

    await seedDemoSchedules(trx, doctorIds, opts.now);

    const articleIds: number[] = [];
    for (const a of articles) {
      const author = doctors.find((d) => d.slug === a.authorDoctorSlug);
      const id = await createPublishedArticle(trx, {
        slug: a.slug,
        categoryId: must(categoryIds, a.categorySlug),
        docType: a.docType,
        source: a.source,
        authorDoctorId: must(doctorIds, a.authorDoctorSlug),
        authorName: author?.name ?? a.source,
        reviewerDoctorId: must(doctorIds, a.reviewerDoctorSlug),
        featured: a.featured,
        title: a.title,
        summary: a.summary,
        bodyMd: a.bodyMd,
        blocks: a.blocks,
        publishedAt: at(a.publishedDaysAgo),
        updatedAt: at(a.updatedDaysAgo),
        reviewedAt: at(a.reviewedDaysAgo),
        nextReviewDue: isoDay(new Date(now + a.nextReviewInDays * DAY)),
      });
      articleIds.push(id);
    }

    await seedDemoQa(trx, await loadPatientCrypto(trx, opts.dataKey), { category: categoryIds, doctor: doctorIds }, opts.now);

    // Editors pin two topics; a month of modest, deterministic reading makes the rest of the list.
    const pinned = articles.flatMap((a, i) => (a.featured ? [articleIds[i]!] : [])).slice(0, 2);
    for (const [position, article_id] of pinned.entries()) {
      await trx.insertInto('hot_topic_pin').values({ article_id, position, pinned_at: at(1) }).execute();
    }
    const views = [];
    for (const [i, article_id] of articleIds.entries()) {
      for (let d = 1; d <= 30; d += 3) views.push({ article_id, day: isoDay(new Date(now - d * DAY)), views: ((i * 37 + d * 11) % 50) + 5 });
    }
    for (let i = 0; i < views.length; i += 200) await trx.insertInto('article_view_daily').values(views.slice(i, i + 200)).execute();
    await trx.insertInto('search_synonym').values(synonyms.map((r) => ({ ...r, updated_at: at(1) }))).execute();
    await bumpContentVersion(trx);
  });
  return { articles: articles.length, doctors: doctors.length };
}

function must(map: Map<string, number>, key: string): number {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo data refers to unknown slug "${key}"`);
  return v;
}
