import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emailText, smsText, type MessageFacts, type MessageKind } from '../../src/booking/booking.messages.js';
import { hospital } from '../../src/demo/data/hospital.js';
import { smsSegments } from '../../src/messaging/sms.js';

test('SMS segments: Chinese text counts 70 characters in one segment and 67 per part; plain GSM text 160 and 153', () => {
  assert.deepEqual(smsSegments('预'.repeat(70)), { encoding: 'ucs2', units: 70, segments: 1 });
  assert.deepEqual(smsSegments('预'.repeat(71)), { encoding: 'ucs2', units: 71, segments: 2 });
  assert.equal(smsSegments('预'.repeat(134)).segments, 2);
  assert.equal(smsSegments('预'.repeat(135)).segments, 3);
  // One Chinese character (or emoji) makes the whole text UCS-2.
  assert.equal(smsSegments(`${'a'.repeat(69)}号`).segments, 1);
  assert.equal(smsSegments(`${'a'.repeat(70)}号`).segments, 2);
  assert.equal(smsSegments('😀').units, 2);
  assert.deepEqual(smsSegments('a'.repeat(160)), { encoding: 'gsm7', units: 160, segments: 1 });
  assert.equal(smsSegments('a'.repeat(161)).segments, 2);
  assert.equal(smsSegments('€'.repeat(80)).segments, 1, 'extension characters count twice');
});

const KINDS: MessageKind[] = ['confirmation', 'reminder', 'cancellation', 'moved', 'stopped', 'offer'];

function facts(over: Partial<MessageFacts>): MessageFacts {
  return {
    locale: 'zh-CN',
    clinic: hospital.shortName,
    address: hospital.address,
    doctor: '林清远',
    localDate: '2026-12-31',
    period: 'afternoon',
    startLocal: '13:30',
    endLocal: '17:00',
    queueNo: 128,
    ref: 'K7Q2M9XD',
    link: `https://clinic.example/b/${'x'.repeat(22)}`,
    alternative: { localDate: '2027-01-12', period: 'morning', startLocal: '08:00' },
    holdUntil: '23:30',
    ...over,
  };
}

test('every text message stays within two segments, in both languages, with long names and links', () => {
  const cases: Partial<MessageFacts>[] = [
    {},
    { locale: 'en', link: `https://clinic.example/en/b/${'x'.repeat(22)}` },
    { doctor: '欧阳明月', clinic: '青禾皮肤病医院（演示）', address: '示范省示范市青禾区杏林路八十八号门诊大楼三层皮肤科（虚构地址）' },
    { locale: 'en', doctor: '欧阳明月', address: 'Building 3, 88 Xinglin Road, Qinghe District, Demo City (fictional)', link: `https://clinic-group.example/en/w/${'x'.repeat(22)}` },
    { period: 'custom', startLocal: '09:15' },
  ];
  for (const c of cases) {
    for (const kind of KINDS) {
      const f = facts(c);
      const sms = smsText(kind, f);
      assert.ok(smsSegments(sms).segments <= 2, `${kind}/${f.locale} takes ${smsSegments(sms).segments} segments: ${sms}`);
      assert.ok(sms.includes(f.link), `${kind} keeps the private link`);
      if (kind !== 'offer') assert.ok(sms.includes(f.ref), `${kind} keeps the reference`);
    }
  }
  // With room to spare, the address is in the confirmation.
  assert.ok(smsText('confirmation', facts({})).includes(hospital.address));
  assert.ok(smsText('confirmation', facts({})).includes('12月31日周四下午13:30'));
  assert.ok(smsText('confirmation', facts({})).includes('第128号'));
  assert.ok(smsText('confirmation', facts({ locale: 'en' })).includes('Thu 31 Dec afternoon 13:30'));
});

test('e-mails carry the full text with the address and a subject in the patient’s language', () => {
  const zh = emailText('reminder', facts({}));
  assert.match(zh.subject, /明天就诊提醒/);
  assert.ok(zh.text.includes(hospital.address) && zh.text.includes('医院当地时间'));
  const en = emailText('stopped', facts({ locale: 'en' }));
  assert.match(en.subject, /Clinic session cancelled/);
  assert.ok(en.text.includes('Move to Tue 12 Jan morning 08:00'));
});

test('issue 11 #9: outside development and test the recording provider keeps no code or private link', async () => {
  const { maskSecrets } = await import('../../src/messaging/sms.js');
  const { loadConfig } = await import('../../src/config.js');
  const text = '【青禾皮肤】预约验证码 482913，5 分钟内有效。查看预约：https://clinic.example/b/AbCdEfGhIjKlMnOpQrStUv 第3号';
  const masked = maskSecrets(text);
  assert.ok(!masked.includes('482913') && !masked.includes('AbCdEfGhIjKlMnOpQrStUv'), masked);
  assert.ok(masked.includes('第3号') && masked.includes('https://clinic.example/b/'), 'the rest of the text stays readable');
  assert.equal(loadConfig({ NODE_ENV: 'production', DATA_KEY: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }).messaging.recordPlainSms, false);
  assert.equal(loadConfig({}).messaging.recordPlainSms, false, 'unset: masked');
  assert.equal(loadConfig({ NODE_ENV: 'test' }).messaging.recordPlainSms, true);
  assert.equal(loadConfig({ NODE_ENV: 'development' }).messaging.recordPlainSms, true);
});
