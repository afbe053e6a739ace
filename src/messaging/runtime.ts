import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { Mailer } from './email.js';
import { BudgetedSmsProvider, HttpSmsProvider, RecordingSmsProvider, type SmsProvider } from './sms.js';
import { countedMailer, countedSms } from './counted.js';
import { localDateOf } from '../time/zoned-time.js';
import { loadPatientCrypto, type PatientCrypto } from '../personal-data/patient-crypto.js';

/** What features that keep patient data need besides the database: the patient-data key and the message
 * channels. (Named for booking, its first user; privacy, questions and feedback share it.) */
export interface BookingRuntime {
  config: Config;
  crypto: PatientCrypto;
  sms: SmsProvider;
  mailer: Mailer | undefined;
}

const loaded = new WeakMap<Config, Promise<BookingRuntime>>();

/** One runtime per configuration, made on first use (the key may have to be read from the database). */
export function bookingRuntime(db: Kysely<Database>, config: Config): Promise<BookingRuntime> {
  let rt = loaded.get(config);
  if (!rt) {
    rt = loadPatientCrypto(db, config.booking.dataKey).then((crypto) => ({
      config,
      crypto,
      // Counted where texts leave (metrics), after the daily budget has let them through.
      sms: new BudgetedSmsProvider(
        // Counted (metrics) where texts leave, after the daily budget has let them through.
        countedSms(config.messaging.sms.provider === 'http' ? new HttpSmsProvider(config.messaging.sms.url, config.messaging.sms.token) : new RecordingSmsProvider(config.messaging.recordPlainSms)),
        config.messaging.smsDailyBudget,
        (now) => localDateOf(now, config.clinicTimeZone),
      ),
      mailer: config.messaging.smtpUrl ? countedMailer(new Mailer(config.messaging.smtpUrl, config.messaging.mailFrom)) : undefined,
    }));
    rt.catch(() => loaded.delete(config));
    loaded.set(config, rt);
  }
  return rt;
}
