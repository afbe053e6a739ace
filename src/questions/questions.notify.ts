import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime } from '../messaging/runtime.js';
import type { Config } from '../config.js';
import type { JobHandler } from '../jobs/jobs.js';
import { fittingSms } from '../messaging/sms.js';
import type { Locale } from '../web/i18n.js';
import { findQuestion } from './questions.repository.js';
import { questionToken, type NotifyPayload } from './questions.service.js';
import { getSiteProfile } from '../platform/site-state.repository.js';

// "Your answer is ready": the text carries the private link and nothing about health, since a
// message on a phone's lock screen or in a shared mailbox may be read by someone else.

export function answerReadyText(locale: Locale, clinic: string, link: string, closed = false, amended = false): { sms: string; subject: string; mail: string } {
  const short = clinic.replace(/（.*?）|\(.*?\)/g, '');
  if (closed) return closedText(locale, clinic, short, link);
  if (amended) return amendedText(locale, clinic, short, link);
  if (locale === 'en') {
    const sms = [`[${clinic}] A doctor has answered your question. Read it here: ${link}`, `[${short}] Your question has been answered: ${link}`, `Your question has been answered: ${link}`];
    return {
      sms: fittingSms(sms),
      subject: `Your question has been answered - ${clinic}`,
      mail: `A doctor has answered your question.\n\nRead the answer here (private link, do not share it):\n${link}\n\n${clinic}`,
    };
  }
  const sms = [`【${clinic}】您提出的问题医生已回答，请点击查看：${link}`, `【${short}】您的问题已有回答：${link}`, `您的问题已有回答：${link}`];
  return {
    sms: fittingSms(sms),
    subject: `您的问题已有回答 - ${clinic}`,
    mail: `医生已回答您的问题。\n\n请通过以下私密链接查看（请勿转发）：\n${link}\n\n${clinic}`,
  };
}

/** A question closed without an answer: the link explains why; the text says only that it was dealt with. */
function closedText(locale: Locale, clinic: string, short: string, link: string): { sms: string; subject: string; mail: string } {
  if (locale === 'en') {
    const sms = [`[${clinic}] Your question has been dealt with. Please read the note here: ${link}`, `[${short}] Your question has been dealt with: ${link}`, `Your question has been dealt with: ${link}`];
    return {
      sms: fittingSms(sms),
      subject: `Your question has been dealt with - ${clinic}`,
      mail: `Your question has been dealt with.\n\nPlease read the note here (private link, do not share it):\n${link}\n\n${clinic}`,
    };
  }
  const sms = [`【${clinic}】您提出的问题已处理，请点击查看说明：${link}`, `【${short}】您的问题已处理：${link}`, `您的问题已处理：${link}`];
  return {
    sms: fittingSms(sms),
    subject: `您的问题已处理 - ${clinic}`,
    mail: `您提出的问题已经处理。\n\n请通过以下私密链接查看说明（请勿转发）：\n${link}\n\n${clinic}`,
  };
}

/** The doctor corrected the answer (issue 17): the same private link, nothing about what changed. */
function amendedText(locale: Locale, clinic: string, short: string, link: string): { sms: string; subject: string; mail: string } {
  if (locale === 'en') {
    const sms = [`[${clinic}] The doctor has updated the answer to your question. Please read it again: ${link}`, `[${short}] Your answer has been updated: ${link}`, `Your answer has been updated: ${link}`];
    return {
      sms: fittingSms(sms),
      subject: `The answer to your question has been updated - ${clinic}`,
      mail: `The doctor has updated the answer to your question. Please read it again.\n\nPrivate link, do not share it:\n${link}\n\n${clinic}`,
    };
  }
  const sms = [`【${clinic}】医生更新了对您问题的回答，请重新查看：${link}`, `【${short}】您的问题回答已更新：${link}`, `您的问题回答已更新：${link}`];
  return {
    sms: fittingSms(sms),
    subject: `您的问题回答已更新 - ${clinic}`,
    mail: `医生更新了对您问题的回答，请重新查看。\n\n请通过以下私密链接查看（请勿转发）：\n${link}\n\n${clinic}`,
  };
}

/** Sends the notice, after checking at run time that it still applies (answered, contact not erased). */
export function notifyHandler(config: Config): JobHandler {
  return async (trx, p: NotifyPayload, _job, now) => {
    const q = await findQuestion(trx, p.questionId);
    const closed = q?.status === 'closed' && q.close_reason !== 'spam';
    if (!q || (q.status !== 'answered' && !closed) || !q.contact_enc) return;
    const rt = await bookingRuntime(trx, config);
    const site = await getSiteProfile(trx);
    const locale: Locale = q.locale === 'en' ? 'en' : 'zh-CN';
    const link = `${config.siteUrl}${locale === 'en' ? '/en' : ''}/questions/r/${questionToken(rt, q)}`;
    const amended = !closed && p.amended === true;
    const text = answerReadyText(locale, site?.short_name ?? '', link, closed, amended);
    const to = rt.crypto.decrypt(q.contact_enc);
    if (p.channel === 'sms' && q.contact_kind === 'mobile' && q.mobile_hmac) {
      await rt.sms.send(trx, { to, toHmac: q.mobile_hmac, toMasked: maskMobile(to), text: text.sms, kind: closed ? 'question_closed' : amended ? 'question_amended' : 'question_answered', bookingId: null }, now);
    } else if (p.channel === 'email' && q.contact_kind === 'email' && rt.mailer) {
      await rt.mailer.send({ to, subject: text.subject, text: text.mail });
    }
  };
}
