import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { PatientCrypto } from '../../src/personal-data/patient-crypto.js';
import { codeHash, LIMIT_ADDRESS_HOUR, newCode, normaliseCode, otpLimit, sameHash } from '../../src/personal-data/codes.js';

// The one-time code's pure parts: its shape, its keyed hash, and which limit a request breaks.

const now = new Date('2026-11-20T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString();

test('codes are six digits, leading zeros kept, and not all the same', () => {
  const codes = Array.from({ length: 200 }, newCode);
  assert.ok(codes.every((c) => /^\d{6}$/.test(c)));
  assert.ok(new Set(codes).size > 150);
});

test('typed codes: spaces are ignored; anything but six digits is refused', () => {
  assert.equal(normaliseCode(' 012 345 '), '012345');
  for (const bad of ['', '12345', '1234567', '12a456', '１２３４５６']) assert.equal(normaliseCode(bad), null, bad);
});

test('the stored hash is keyed and bound to the number and the moment: another key, number or time gives another hash', () => {
  const k1 = new PatientCrypto(randomBytes(32));
  const k2 = new PatientCrypto(randomBytes(32));
  const h = codeHash(k1, 'hmacA', now.toISOString(), '123456');
  assert.equal(h, codeHash(k1, 'hmacA', now.toISOString(), '123456'));
  assert.notEqual(h, codeHash(k2, 'hmacA', now.toISOString(), '123456'));
  assert.notEqual(h, codeHash(k1, 'hmacB', now.toISOString(), '123456'));
  assert.notEqual(h, codeHash(k1, 'hmacA', ago(1), '123456'));
  assert.notEqual(h, codeHash(k1, 'hmacA', now.toISOString(), '123457'));
  assert.ok(!h.includes('123456'));
  assert.ok(sameHash(h, h));
  assert.ok(!sameHash(h, h.slice(0, -1) + (h.endsWith('A') ? 'B' : 'A')));
  assert.ok(!sameHash(h, h.slice(1)));
});

test('limits: one a minute and five an hour per number, twenty an hour per address', () => {
  assert.equal(otpLimit([], 0, now), null);
  assert.equal(otpLimit([ago(30)], 0, now), 'number_minute');
  assert.equal(otpLimit([ago(61)], 0, now), null);
  assert.equal(otpLimit([ago(61), ago(200), ago(600), ago(1200)], 0, now), null);
  assert.equal(otpLimit([ago(61), ago(200), ago(600), ago(1200), ago(3000)], 0, now), 'number_hour');
  assert.equal(otpLimit([], LIMIT_ADDRESS_HOUR - 1, now), null);
  assert.equal(otpLimit([], LIMIT_ADDRESS_HOUR, now), 'address_hour');
  assert.equal(otpLimit([ago(10)], LIMIT_ADDRESS_HOUR, now), 'number_minute', 'the number’s own limit is named first');
});

test('issue 11 #9: a daily cap per number — ten codes in 24 hours, whatever the hourly spacing', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
  const nine = Array.from({ length: 9 }, (_, i) => hoursAgo(2 + i * 2));
  assert.equal(otpLimit(nine, 0, now), null, 'nine spread over the day: one more may be sent');
  assert.equal(otpLimit([...nine, hoursAgo(23)], 0, now), 'number_day', 'the tenth within 24 hours closes the day');
  assert.equal(otpLimit([...nine, hoursAgo(25)], 0, now), null, 'a code older than a day no longer counts');
});
