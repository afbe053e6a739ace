import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startInbox, type Inbox, type ReceivedMail } from '../helpers/smtp.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { closeMailers } from '../../src/messaging/email.js';
import { answerQuestion, submitQuestion, triageQuestion } from '../../src/questions/questions.service.js';
import { HttpSmsProvider } from '../../src/messaging/sms.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, postBooking, postForm, runJobsAt, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';

// Messages leave through real protocols: e-mail to an SMTP server (smtp-server on 127.0.0.1)
// with nodemailer, SMS to an HTTP gateway. Both through the job table, on both engines.

/** Splits a MIME message into its parts and decodes them (enough for nodemailer's output). */
function mimeParts(raw: string): { headers: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const chunks = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw];
  return chunks.flatMap((chunk) => {
    const nested = /boundary="?([^";\r\n]+)"?/i.exec(chunk.split(/\r?\n\r?\n/)[0]!);
    if (nested) return mimeParts(chunk);
    const [headers, ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    let body = rest.join('\n\n');
    if (/content-transfer-encoding:\s*base64/i.test(headers!)) body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    else if (/content-transfer-encoding:\s*quoted-printable/i.test(headers!))
      body = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    return [{ headers: headers!, body }];
  });
}

function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line.replace(/\r?\n[ \t]/g, ' ').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

describe('mail over SMTP and SMS over HTTP', () => {
  let smtp: Inbox;
  let inbox: ReceivedMail[] = [];
  const gateway: { body: any; auth: string | undefined }[] = [];
  let gatewayStatus = 200;
  let gatewayServer: http.Server;
  let gatewayUrl = '';

  before(async () => {
    smtp = await startInbox();
    inbox = smtp.mails;
    gatewayServer = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        gateway.push({ body: JSON.parse(body), auth: req.headers.authorization });
        res.writeHead(gatewayStatus).end('{}');
      });
    });
    await new Promise<void>((resolve) => gatewayServer.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gatewayServer.address() as AddressInfo).port}/send`;
  });

  after(async () => {
    closeMailers();
    await smtp.close();
    await new Promise<void>((resolve) => gatewayServer.close(() => resolve()));
  });

  test('the HTTP provider posts the text with its token, and a refused post is an error (the job retries)', async () => {
    const provider = new HttpSmsProvider(gatewayUrl, 'secret-token');
    await provider.send(null as never, { to: '13800138000', toHmac: 'h', toMasked: '138****8000', text: '预约成功', kind: 'confirmation', bookingId: 1 });
    assert.deepEqual(gateway.at(-1), { body: { to: '13800138000', text: '预约成功', kind: 'confirmation' }, auth: 'Bearer secret-token' });
    gatewayStatus = 503;
    await assert.rejects(provider.send(null as never, { to: '13800138000', toHmac: 'h', toMasked: 'm', text: 'x', kind: 'reminder', bookingId: 1 }), /HTTP 503/);
    gatewayStatus = 200;
  });

  for (const dialect of dialects) {
    describe(`on ${dialect.name}`, () => {
      let app: TestApp;
      before(async () => {
        app = await demoApp(dialect, {
          JOB_POLL_SECONDS: '600',
          SMTP_URL: smtp.url,
          MAIL_FROM: '青禾预约 <booking@clinic.example>',
          SMS_PROVIDER: 'http',
          SMS_GATEWAY_URL: gatewayUrl,
          SMS_GATEWAY_TOKEN: 'gw-token',
          // About the channels: the booking's mobile-proof step (booking-proof.test.ts) would text through this gateway too.
          BOOKING_VERIFY_MOBILE: 'off',
        });
      });
      after(() => app.close());

      test('a booking with an e-mail address gets the confirmation by SMTP with an .ics in UTC, and by SMS through the gateway', async () => {
        const id = await createSession(app.deps.db, app.config, app.clock.now, { date: '2026-11-23', start: '07:05', end: '07:45', doctorSlug: 'gu-mingcheng', quota: 3 });
        const email = `patient-${dialect.name}@example.com`;
        const res = await postBooking(app, id, bookingForm({ email, mobile: '13600136000' }));
        assert.equal(res.statusCode, 303);
        const before = gateway.length;
        const r = await runJobsAt(app, app.clock.now);
        assert.equal(r.failed, 0);
        const mail = inbox.find((m) => m.to.includes(email));
        assert.ok(mail, 'the SMTP server received the confirmation');
        assert.equal(mail.from, 'booking@clinic.example');
        const [b] = await bookingsOf(app.deps.db, id);
        assert.match(decodeSubject(mail.raw), /预约成功/);
        const parts = mimeParts(mail.raw);
        const textPart = parts.find((p) => /text\/plain/i.test(p.headers))!;
        assert.ok(textPart.body.includes(b!.ref_code) && textPart.body.includes('示范市青禾区杏林路88号'));
        const ics = parts.find((p) => /text\/calendar/i.test(p.headers))!;
        assert.ok(ics, 'the calendar file is attached');
        // 07:05 on 23 November in Shanghai is 23:05 UTC the day before.
        assert.match(ics.body, /DTSTART:20261122T230500Z/);
        assert.match(ics.body, /DTEND:20261122T234500Z/);
        const sms = gateway.slice(before).find((g) => g.body.to === '13600136000');
        assert.ok(sms && sms.auth === 'Bearer gw-token' && sms.body.text.includes(b!.ref_code));
        // Cancelling sends a cancellation by both channels; the reminder is then never sent.
        await postForm(app, `/b/${tokenOf(res.headers.location as string)}/cancel`);
        await runJobsAt(app, new Date('2026-11-22T03:00:00Z'));
        const mails = inbox.filter((m) => m.to.includes(email)).map((m) => decodeSubject(m.raw));
        assert.deepEqual(mails.map((s) => s.split(' - ')[0]), ['预约成功', '预约已取消']);
        const texts = gateway.slice(before).filter((g) => g.body.to === '13600136000').map((g) => g.body.kind);
        assert.deepEqual(texts, ['confirmation', 'cancellation']);
      });

      test('a question asked with an e-mail address: the answer-ready notice goes by SMTP with the private link and no health words', async () => {
        const rt = await bookingRuntime(app.deps.db, app.config);
        const email = `asker-${dialect.name}@example.com`;
        const body = '做完光疗以后皮肤发红，大概多久能消退？需要涂什么吗？';
        const asked = await submitQuestion(app.deps.db, rt, { body, ageRange: null, sex: null, contact: { kind: 'email', value: email }, consentPublish: false, locale: 'zh-CN', ip: '198.51.100.77' }, app.clock.now);
        assert.equal(asked.kind, 'stored');
        if (asked.kind !== 'stored') return;
        const doctor = await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'gu-mingcheng').executeTakeFirstOrThrow();
        const actor = { userId: null, name: '测试', ip: '127.0.0.1', userAgent: 'test' };
        assert.ok(await triageQuestion(app.deps.db, asked.question.id, { categoryId: null, priority: 'normal', doctorId: doctor.id }, actor, app.clock.now));
        const answer = '光疗后的轻度发红通常一两天内消退，期间注意防晒、保湿；如起水疱或疼痛明显，请来院复诊。';
        assert.deepEqual(await answerQuestion(app.deps.db, rt, asked.question.id, doctor.id, answer, actor, app.clock.now), { ok: true });
        assert.equal(inbox.filter((m) => m.to.includes(email)).length, 0, 'nothing is sent inside the request');
        const r = await runJobsAt(app, app.clock.now);
        assert.equal(r.failed, 0);
        const mails = inbox.filter((m) => m.to.includes(email));
        assert.equal(mails.length, 1, 'one notice by e-mail');
        assert.equal(mails[0]!.from, 'booking@clinic.example');
        assert.match(decodeSubject(mails[0]!.raw), /您的问题已有回答/);
        const text = mimeParts(mails[0]!.raw).find((p) => /text\/plain/i.test(p.headers))!.body;
        assert.ok(text.includes(`${app.config.siteUrl}/questions/r/${asked.token}`), 'the private link');
        for (const word of ['光疗', '发红', '防晒', '水疱']) assert.ok(!text.includes(word) && !mails[0]!.raw.includes(word), `no health words: ${word}`);
        const page = await app.get(`/questions/r/${asked.token}`);
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes('防晒'), 'the link opens the answer');
      });

      test('a gateway that refuses leaves the job to be retried with back-off, not lost', async () => {
        const id = await createSession(app.deps.db, app.config, app.clock.now, { date: '2026-11-23', start: '06:05', end: '06:45', doctorSlug: 'gu-mingcheng', quota: 3 });
        await postBooking(app, id, bookingForm({ mobile: '13600136001' }));
        gatewayStatus = 500;
        const failed = await runJobsAt(app, app.clock.now);
        gatewayStatus = 200;
        assert.ok(failed.failed >= 1);
        const job = await app.deps.db.selectFrom('job').selectAll().where('last_error', 'like', '%HTTP 500%').executeTakeFirstOrThrow();
        assert.equal(job.done_at, null);
        await runJobsAt(app, new Date(app.clock.now.getTime() + 5 * 60_000));
        assert.ok(gateway.some((g) => g.body.to === '13600136001' && g.body.kind === 'confirmation'));
      });
    });
  }
});
