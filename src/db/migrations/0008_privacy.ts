import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Patients' data rights (PIPL): one-time codes, short data-rights sessions, erasure requests.
// No table keeps a mobile number in clear: the keyed HMAC finds rows, and where the number must be
// shown or used again (an erasure staff complete later) it is encrypted (PatientCrypto). Erasure
// deletes a number's code and session rows and blanks the request's own identifying columns.
export async function up(db: Kysely<any>): Promise<void> {
  // Every code asked for, also the record the rate limits count (per number and per address).
  await createTableWithId(db, 'privacy_otp')
    .addColumn('mobile_hmac', 'text', nn)
    .addColumn('ip_hmac', 'text', nn)
    .addColumn('code_hash', 'text', nn)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('privacy_otp_mobile_idx').on('privacy_otp').columns(['mobile_hmac', 'created_at']).execute();
  await db.schema.createIndex('privacy_otp_ip_idx').on('privacy_otp').columns(['ip_hmac', 'created_at']).execute();

  await createTableWithId(db, 'privacy_session')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('mobile_hmac', 'text', nn)
    .addColumn('mobile_enc', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .execute();
  await db.schema.createIndex('privacy_session_mobile_idx').on('privacy_session').column('mobile_hmac').execute();

  await createTableWithId(db, 'privacy_request')
    .addColumn('kind', 'text', nn)
    .addColumn('status', 'text', nn)
    .addColumn('mobile_hmac', 'text')
    .addColumn('mobile_enc', 'text')
    .addColumn('created_at', 'text', nn)
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('summary_json', 'text')
    .addCheckConstraint('privacy_request_kind_ck', sql`kind in ('erasure')`)
    .addCheckConstraint('privacy_request_status_ck', sql`status in ('pending', 'completed')`)
    .execute();
  await db.schema.createIndex('privacy_request_status_idx').on('privacy_request').columns(['status', 'id']).execute();
  await db.schema.createIndex('privacy_request_mobile_idx').on('privacy_request').column('mobile_hmac').execute();
}
