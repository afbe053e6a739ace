import { bookingFeature } from './booking/booking.feature.js';
import { ViewCounter } from './content/view-counter.js';
import { contentFeature } from './content/content.feature.js';
import { articleSearchSource, doctorArticlesSection, setArticleAsideSections } from './content/index.js';
import { doctorSessionsSection, setVisitHooks } from './booking/index.js';
import { doctorFeedbackSection, feedbackVisitHooks } from './feedback/index.js';
import { doctorSearchSource, setDoctorProfileSections } from './doctors/index.js';
import { qaSearchSource, relatedQaSection } from './questions/index.js';
import { rebuildIndex, type SearchSource } from './search/index.js';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import { doctorsFeature } from './doctors/doctors.feature.js';
import { feedbackFeature } from './feedback/feedback.feature.js';
import type { JobHandler } from './jobs/jobs.js';
import { importFeature } from './import/import.feature.js';
import { PageCounter } from './insights/insights.counter.js';
import { insightsFeature } from './insights/insights.feature.js';
import { scheduleRollup } from './insights/insights.jobs.js';
import { mediaFeature } from './media/media.feature.js';
import { setPersonalDataSources, type PersonalDataSource } from './personal-data/personal-data.js';
import { buildPlatformApp, jobHandlers as platformJobHandlers, type App, type BuildOptions } from './platform/app.js';
import type { Feature } from './platform/feature.js';
import { privacyFeature } from './privacy/privacy.feature.js';
import { questionsFeature } from './questions/questions.feature.js';
import { redirectsFeature } from './redirects/redirects.feature.js';
import { searchFeature } from './search/search.feature.js';
import { shareFeature } from './share/share.feature.js';
import { siteFeature } from './site/site.feature.js';
import { SiteService } from './site/site.service.js';
import { hospitalSearchSource } from './site/site.search.js';
import type { Config } from './config.js';

// The composition: the one file that lists the features and hands them to the platform
// (docs/decisions/0020-two-layers.md). Public routes are mounted in this order; the staff
// navigation is ordered by each entry's `order`.
export const FEATURES: Feature[] = [
  contentFeature,
  doctorsFeature,
  bookingFeature,
  searchFeature,
  questionsFeature,
  feedbackFeature,
  privacyFeature,
  siteFeature,
  mediaFeature,
  importFeature,
  redirectsFeature,
  insightsFeature,
  shareFeature,
];

/** Every place patient data lives; the data-rights pages and the erasure test go through this list. */
export const PERSONAL_DATA_SOURCES: PersonalDataSource[] = FEATURES.flatMap((f) => f.personalData ?? []);
setPersonalDataSources(PERSONAL_DATA_SOURCES);

// Where one feature's page shows another's: set here, so that the lower feature imports nothing of the higher.
setArticleAsideSections([relatedQaSection]);
setDoctorProfileSections([doctorSessionsSection, doctorFeedbackSection, doctorArticlesSection]);
setVisitHooks(feedbackVisitHooks);

/** What the search index is rebuilt from (`clinicpress reindex`), in this order. */
export const SEARCH_SOURCES: SearchSource[] = [articleSearchSource, doctorSearchSource, qaSearchSource, hospitalSearchSource];

/** Rebuilds the search index from everything public now; returns how many articles, doctors and Q&As. */
export async function rebuildSearchIndex(db: Kysely<Database>, now: Date): Promise<{ articles: number; doctors: number; qa: number }> {
  const n = await rebuildIndex(db, SEARCH_SOURCES, now);
  return { articles: n.articles ?? 0, doctors: n.doctors ?? 0, qa: n.qa ?? 0 };
}

export type { App, BuildOptions };

/** What each kind of job does; every handler re-checks its subject, since things change while it waits. */
export function jobHandlers(config: Config): Record<string, JobHandler> {
  return platformJobHandlers(config, FEATURES);
}

/** The whole application, built without listening (tests call it in-process). */
export function buildApp(options: BuildOptions): Promise<App> {
  return buildPlatformApp(options, {
    features: FEATURES,
    services: ({ db, config, now }) => ({
      site: new SiteService(db.kysely, config.clinicTimeZone, now),
      views: new ViewCounter(db.kysely, config.clinicTimeZone),
      insights: new PageCounter(db.kysely, config.clinicTimeZone, config.siteUrl, config.insights.counting, (at) => scheduleRollup(db.kysely, config, at)),
    }),
  });
}
