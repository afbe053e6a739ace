import type { Locale } from '../web/i18n.js';
import type { HoldRefusal } from './hold.service.js';

// The words of the mobile-proof step, zh-CN first. The patient has just filled the form: say the
// place is kept, for how long, where the code went, and what to do if it does not come.

type P = Record<string, string | number>;

const zh = {
  title: '输入短信验证码',
  lead: (p: P) => `验证码已发送到 ${p.masked}。号源为您保留到 ${p.until}（${p.minutes} 分钟内）；输入验证码后预约才算完成。`,
  leadWaitlist: (p: P) => `验证码已发送到 ${p.masked}，请在 ${p.until} 前输入，输入后才会加入候补名单。`,
  code: '验证码',
  codeHelp: '短信中的 6 位数字。',
  confirm: '确认预约',
  confirmWaitlist: '确认加入候补',
  errCodeFormat: '请输入短信中的 6 位数字验证码。',
  errInvalid: (p: P) => `验证码不正确，还可以再试 ${p.n} 次。`,
  exhausted: '验证码输错次数过多，保留的号源已经释放。如仍需预约，请重新填写预约表。',
  expired: '保留时间已过，号源已经释放。如仍需预约，请重新填写预约表。',
  again: '重新预约',
  refusal: {
    code_limit_number: '这个号码获取验证码的次数太多（每小时 5 次、每天 10 次），请稍后再试。',
    code_limit_address: '您所在的网络一小时内获取验证码的次数太多，请稍后再试，或致电预约。',
    sms_budget: '今天的短信发送量已达上限，暂时无法发送验证码，请致电预约。',
    sms_failed: '短信暂时无法发送，保留的号源已经释放，请稍后再试，或致电预约。',
    hold_used: '这张预约表已经提交过且保留时间已过，请重新填写。',
  } satisfies Record<HoldRefusal, string>,
  callUs: (p: P) => `预约电话：${p.phone}。`,
  sms: (p: P) => `【${p.clinic}】预约验证码 ${p.code}，${p.minutes} 分钟内有效。号源为您保留，输入后预约完成。请勿告诉他人。`,
};

const en: typeof zh = {
  title: 'Enter the code we texted you',
  lead: (p: P) => `We texted a code to ${p.masked}. Your place is held until ${p.until} (${p.minutes} minutes); the booking is made once you enter the code.`,
  leadWaitlist: (p: P) => `We texted a code to ${p.masked}. Enter it before ${p.until} to join the waiting list.`,
  code: 'Code',
  codeHelp: 'The 6 digits in the text message.',
  confirm: 'Confirm booking',
  confirmWaitlist: 'Join the waiting list',
  errCodeFormat: 'Please enter the 6-digit code from the text message.',
  errInvalid: (p: P) => `That code is not right. You can try ${p.n} more times.`,
  exhausted: 'Too many wrong codes: the held place has been released. To book, please fill in the form again.',
  expired: 'The hold has ended and the place has been released. To book, please fill in the form again.',
  again: 'Book again',
  refusal: {
    code_limit_number: 'Too many codes were asked for this number (5 an hour, 10 a day). Please try again later.',
    code_limit_address: 'Too many codes were asked from your network this hour. Please try again later, or phone us.',
    sms_budget: 'Today’s text messages are used up, so no code can be sent. Please phone us to book.',
    sms_failed: 'The text could not be sent and the held place was released. Please try again later, or phone us.',
    hold_used: 'This form was already sent and its hold has ended. Please fill in the form again.',
  },
  callUs: (p: P) => `Bookings by phone: ${p.phone}.`,
  sms: (p: P) => `[${p.clinic}] Booking code ${p.code}, valid ${p.minutes} min. Your place is held until you enter it. Do not share it.`,
};

export function holdText(locale: Locale): typeof zh {
  return locale === 'en' ? en : zh;
}
