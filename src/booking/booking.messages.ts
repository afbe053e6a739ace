import { fittingSms } from '../messaging/sms.js';
import type { Locale } from '../web/i18n.js';
import { sessionDateShort } from './booking.format.js';
import type { Period } from './booking.tables.js';

// The texts patients receive. An SMS must stay within two segments (Chinese: 70 characters in
// one, 67 per part of two, so 134): each text has shorter forms that drop what the private link
// shows anyway (the address, then the clinic's long name), and the shortest that fits is sent.

export type MessageKind = 'confirmation' | 'reminder' | 'cancellation' | 'moved' | 'stopped' | 'offer';

export interface MessageFacts {
  locale: Locale;
  clinic: string;
  address: string;
  doctor: string;
  localDate: string;
  period: Period;
  startLocal: string;
  endLocal: string;
  queueNo: number;
  ref: string;
  link: string;
  /** stopped: the next open session offered instead; offer: when the hold ends (clinic time). */
  alternative?: { localDate: string; period: Period; startLocal: string } | undefined;
  holdUntil?: string;
  reason?: string;
}

const PERIOD: Record<Locale, Record<Exclude<Period, 'custom'>, string>> = {
  'zh-CN': { morning: '上午', afternoon: '下午', evening: '晚上' },
  en: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
};

function when(locale: Locale, date: string, period: Period, start: string): string {
  const d = sessionDateShort(date, locale);
  const p = period === 'custom' ? '' : PERIOD[locale][period];
  return locale === 'en' ? `${d} ${p ? `${p} ` : ''}${start}` : `${d}${p}${start}`;
}

/** Candidate texts, longest first. */
function variants(kind: MessageKind, f: MessageFacts): string[] {
  const w = when(f.locale, f.localDate, f.period, f.startLocal);
  const alt = f.alternative ? when(f.locale, f.alternative.localDate, f.alternative.period, f.alternative.startLocal) : '';
  const shortClinic = f.clinic.replace(/（.*?）|\(.*?\)/g, '');
  if (f.locale === 'en') {
    const head = (c: string) => `[${c}] `;
    const build = (c: string, addr: boolean): string => {
      const at = addr ? ` at ${f.address}` : '';
      switch (kind) {
        case 'confirmation':
          return `${head(c)}Booked: Dr ${f.doctor}, ${w}${at}, no. ${f.queueNo}, ref ${f.ref}. Manage: ${f.link}`;
        case 'moved':
          return `${head(c)}Moved: Dr ${f.doctor}, ${w}${at}, no. ${f.queueNo}, ref ${f.ref}. Manage: ${f.link}`;
        case 'reminder':
          return `${head(c)}Reminder: Dr ${f.doctor} tomorrow, ${w}${at}, no. ${f.queueNo}, ref ${f.ref}. Manage: ${f.link}`;
        case 'cancellation':
          return `${head(c)}Cancelled: Dr ${f.doctor}, ${w}, ref ${f.ref}. ${f.link}`;
        case 'stopped':
          return `${head(c)}Sorry, Dr ${f.doctor}'s clinic ${w} is cancelled, and so is booking ${f.ref}.${alt ? ` Move to ${alt}?` : ''} ${f.link}`;
        case 'offer':
          return `${head(c)}A place with Dr ${f.doctor}, ${w}, is held for you until ${f.holdUntil}. Confirm: ${f.link}`;
      }
    };
    // The last resort: no clinic, no period word, terse labels (a Chinese name makes the text UCS-2).
    const dateTime = `${sessionDateShort(f.localDate, 'en')} ${f.startLocal}`;
    const terse: Record<MessageKind, string> = {
      confirmation: `Booked Dr ${f.doctor} ${dateTime} No.${f.queueNo} ref ${f.ref} ${f.link}`,
      moved: `Moved: Dr ${f.doctor} ${dateTime} No.${f.queueNo} ref ${f.ref} ${f.link}`,
      reminder: `Tomorrow: Dr ${f.doctor} ${dateTime} No.${f.queueNo} ref ${f.ref} ${f.link}`,
      cancellation: `Cancelled: Dr ${f.doctor} ${dateTime} ref ${f.ref} ${f.link}`,
      stopped: `Dr ${f.doctor} ${dateTime} cancelled, so is ${f.ref}. Rebook: ${f.link}`,
      offer: `Place held: Dr ${f.doctor} ${dateTime} until ${f.holdUntil}: ${f.link}`,
    };
    return [build(f.clinic, true), build(shortClinic, true), build(shortClinic, false), build('', false).replace(/^\[\] /, ''), terse[kind]];
  }
  const build = (c: string, addr: boolean): string => {
    const head = c ? `【${c}】` : '';
    const at = addr ? `，地址：${f.address}` : '';
    switch (kind) {
      case 'confirmation':
        return `${head}预约成功：${w}${f.doctor}医生，第${f.queueNo}号，预约号${f.ref}${at}。查看/改约/取消：${f.link}`;
      case 'moved':
        return `${head}改约成功：${w}${f.doctor}医生，第${f.queueNo}号，预约号${f.ref}${at}。查看/取消：${f.link}`;
      case 'reminder':
        return `${head}就诊提醒：明天${w}${f.doctor}医生，第${f.queueNo}号，预约号${f.ref}${at}。改约/取消：${f.link}`;
      case 'cancellation':
        return `${head}您${w}${f.doctor}医生的预约（${f.ref}）已取消。${f.link}`;
      case 'stopped':
        return `${head}抱歉，${f.doctor}医生${w}停诊，您的预约（${f.ref}）已取消。${alt ? `可改约${alt}等时段：` : '可改约其他时段：'}${f.link}`;
      case 'offer':
        return `${head}候补有号：${w}${f.doctor}医生，为您保留到${f.holdUntil}，请确认：${f.link}`;
    }
  };
  return [build(f.clinic, true), build(shortClinic, true), build(shortClinic, false), build('', false)];
}

/** The SMS for a message: the fullest form that fits in two segments. */
export function smsText(kind: MessageKind, f: MessageFacts): string {
  const all = variants(kind, f);
  return fittingSms(all);
}

/** The e-mail: the fullest text, with a subject. */
export function emailText(kind: MessageKind, f: MessageFacts): { subject: string; text: string } {
  const subjects: Record<Locale, Record<MessageKind, string>> = {
    'zh-CN': { confirmation: '预约成功', moved: '改约成功', reminder: '明天就诊提醒', cancellation: '预约已取消', stopped: '医生停诊通知', offer: '候补有号' },
    en: { confirmation: 'Your booking', moved: 'Your booking was moved', reminder: 'Your visit tomorrow', cancellation: 'Booking cancelled', stopped: 'Clinic session cancelled', offer: 'A place is held for you' },
  };
  const text = variants(kind, f)[0]!;
  const footer =
    f.locale === 'en'
      ? `\n\nAddress: ${f.address}\nTimes are the hospital's local time. The .ics file adds the visit to your calendar.`
      : `\n\n地址：${f.address}\n时间均为医院当地时间。附件 .ics 文件可把就诊加入日历。`;
  return { subject: `${subjects[f.locale][kind]} - ${f.clinic}`, text: text + footer };
}
