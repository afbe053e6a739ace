import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggableUrl, registerRoute, secretParamsOf } from '../../src/http/log-url.js';

test('private-link tokens never reach the request log; other URLs are logged as they are', () => {
  const token = 'Zx3_k9QmT-a8bW1cD2eF4g';
  assert.equal(loggableUrl(`/b/${token}`), '/b/:token');
  assert.equal(loggableUrl(`/en/b/${token}/move`), '/en/b/:token/move');
  assert.equal(loggableUrl(`/b/${token}/booking.ics`), '/b/:token/booking.ics');
  assert.equal(loggableUrl(`/w/${token}/accept`), '/w/:token/accept');
  assert.equal(loggableUrl(`/questions/r/${token}`), '/questions/r/:token');
  assert.equal(loggableUrl(`/en/questions/r/${token}?x=1`), '/en/questions/r/:token?x=1');
  assert.equal(loggableUrl(`/feedback/${token}`), '/feedback/:token');
  assert.equal(loggableUrl(`/staff/invite/${token}`), '/staff/invite/:token');
  assert.equal(loggableUrl(`/staff/reset/${token}`), '/staff/reset/:token');
  assert.equal(loggableUrl('/articles/peeling-after-microneedling'), '/articles/peeling-after-microneedling');
  assert.equal(loggableUrl('/search?q=白癜风'), '/search?q=白癜风');
  assert.equal(loggableUrl('/questions/ask'), '/questions/ask');
  assert.equal(loggableUrl('/book/12'), '/book/12');
});

test('a route registered with a secret parameter is redacted wherever the parameter sits; others are not', () => {
  assert.deepEqual(secretParamsOf('/staff/x/:id/confirm/:code'), ['code']);
  assert.deepEqual(secretParamsOf('/articles/:slug'), []);
  assert.deepEqual(secretParamsOf('/staff/x/:ref', ['ref']), ['ref']);
  assert.equal(registerRoute('/unit/things/:id/confirm/:code'), true);
  assert.equal(registerRoute('/unit/other/:ref/go', ['ref']), true);
  assert.equal(registerRoute('/unit/plain/:id'), false);
  assert.equal(loggableUrl('/unit/things/17/confirm/S3CRET-9'), '/unit/things/17/confirm/:token');
  assert.equal(loggableUrl('/unit/things/17/confirm/S3CRET-9', '/unit/things/:id/confirm/:code'), '/unit/things/17/confirm/:token');
  assert.equal(loggableUrl('/unit/other/abcDEF/go?x=1'), '/unit/other/:token/go?x=1');
  assert.equal(loggableUrl('/unit/plain/17', '/unit/plain/:id'), '/unit/plain/17');
  // An unrouted path under a token route (a 404) is redacted too.
  assert.equal(loggableUrl('/unit/things/17/confirm/S3CRET-9/nope'), '/unit/things/17/confirm/:token/nope');
});

test('query values that look like a phone number, an ID number or an e-mail address are redacted', () => {
  const cases: [string, string][] = [
    ['/staff/bookings/search?q=13812345678', '/staff/bookings/search?q=:redacted'],
    ['/staff/bookings/search?q=138%201234%205678&page=2', '/staff/bookings/search?q=:redacted&page=2'],
    ['/staff/bookings/search?q=138-1234-5678', '/staff/bookings/search?q=:redacted'],
    ['/staff/bookings/search?q=%2B86%20138%201234%205678', '/staff/bookings/search?q=:redacted'],
    ['/staff/bookings/search?q=%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98', '/staff/bookings/search?q=:redacted'],
    ['/search?q=patient%40example.cn', '/search?q=:redacted'],
    ['/search?q=patient@example.cn', '/search?q=:redacted'],
    ['/search?q=11010519491231002X', '/search?q=:redacted'],
    ['/search?q=%E2%82%AC%ZZ13812345678', '/search?q=:redacted'],
    ['/search?13812345678', '/search?:redacted'],
    ['/staff/login?next=%2Fstaff%2Finvite%2FZx3_k9QmT-a8bW1cD2eF4g', '/staff/login?next=:redacted'],
    // What must stay readable: dates, small numbers, words.
    ['/staff/frontdesk?date=2026-11-20', '/staff/frontdesk?date=2026-11-20'],
    ['/search?q=%E7%99%BD%E7%99%9C%E9%A3%8E&page=3', '/search?q=%E7%99%BD%E7%99%9C%E9%A3%8E&page=3'],
    ['/staff/bookings/search?q=A7K2Q9', '/staff/bookings/search?q=A7K2Q9'],
  ];
  for (const [url, want] of cases) assert.equal(loggableUrl(url), want, url);
});
