import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_public_site.js';
import * as m0002 from './migrations/0002_staff.js';
import * as m0003 from './migrations/0003_compliance.js';
import * as m0004 from './migrations/0004_booking.js';
import * as m0005 from './migrations/0005_listing_indexes.js';
import * as m0006 from './migrations/0006_questions.js';
import * as m0007 from './migrations/0007_feedback.js';
import * as m0008 from './migrations/0008_privacy.js';
import * as m0009 from './migrations/0009_question_close.js';
import * as m0016 from './migrations/0016_media_store.js';
import * as m0014 from './migrations/0014_insights.js';
import * as m0013 from './migrations/0013_search_vocabulary.js';
import * as m0010 from './migrations/0010_staff_security.js';
import * as m0015 from './migrations/0015_import_redirects.js';
import * as m0011 from './migrations/0011_patient_proof.js';
import * as m0017schedules from './migrations/0017_schedules_doctor_limits.js';
import * as m0018services from './migrations/0018_services_catalogue.js';
import * as m0019qa from './migrations/0019_qa_moderation.js';
import * as m0020locale from './migrations/0020_staff_locale.js';
import * as m0021qaweights from './migrations/0021_qa_search_weights.js';
import * as m0022hospital from './migrations/0022_hospital_search_doc.js';

// Migrations are listed here rather than read from the folder, so they run the same from
// TypeScript sources, a bundle, or a test: one list, one order, both engines.
const migrations: Record<string, Migration> = {
  '0001_public_site': m0001,
  '0002_staff': m0002,
  '0003_compliance': m0003,
  '0004_booking': m0004,
  '0005_listing_indexes': m0005,
  '0006_questions': m0006,
  '0007_feedback': m0007,
  '0008_privacy': m0008,
  '0009_question_close': m0009,
  '0016_media_store': m0016,
  '0014_insights': m0014,
  '0013_search_vocabulary': m0013,
  '0010_staff_security': m0010,
  '0015_import_redirects': m0015,
  '0011_patient_proof': m0011,
  '0017_schedules_doctor_limits': m0017schedules,
  '0018_services_catalogue': m0018services,
  '0019_qa_moderation': m0019qa,
  '0020_staff_locale': m0020locale,
  '0021_qa_search_weights': m0021qaweights,
  '0022_hospital_search_doc': m0022hospital,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every migration this code knows, oldest first: a backup made by newer code names one not in it. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}
