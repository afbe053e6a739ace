import { messagesSent } from '../metrics/metrics.js';
import type { Mailer } from './email.js';
import type { SmsProvider } from './sms.js';

// Every text and e-mail is counted where it leaves, whichever feature sent it, so the operator's
// "messages failed" alert covers booking, questions and data rights alike.

async function counted<T>(channel: 'sms' | 'email', send: () => Promise<T>): Promise<T> {
  try {
    const r = await send();
    messagesSent.inc({ channel, outcome: 'sent' });
    return r;
  } catch (err) {
    messagesSent.inc({ channel, outcome: 'failed' });
    throw err;
  }
}

export function countedSms(provider: SmsProvider): SmsProvider {
  const send = provider.send.bind(provider);
  provider.send = (...args) => counted('sms', () => send(...args));
  return provider;
}

export function countedMailer(mailer: Mailer): Mailer {
  const send = mailer.send.bind(mailer);
  mailer.send = (mail) => counted('email', () => send(mail));
  return mailer;
}
