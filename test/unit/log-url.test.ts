import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggableUrl } from '../../src/http/log-url.js';

test('private-link tokens never reach the request log; other URLs are logged as they are', () => {
  const token = 'Zx3_k9QmT-a8bW1cD2eF4g';
  assert.equal(loggableUrl(`/b/${token}`), '/b/:token');
  assert.equal(loggableUrl(`/en/b/${token}/move`), '/en/b/:token/move');
  assert.equal(loggableUrl(`/b/${token}/booking.ics`), '/b/:token/booking.ics');
  assert.equal(loggableUrl(`/w/${token}/accept`), '/w/:token/accept');
  assert.equal(loggableUrl(`/questions/r/${token}`), '/questions/r/:token');
  assert.equal(loggableUrl(`/en/questions/r/${token}?x=1`), '/en/questions/r/:token?x=1');
  assert.equal(loggableUrl(`/feedback/${token}`), '/feedback/:token');
  assert.equal(loggableUrl('/articles/peeling-after-microneedling'), '/articles/peeling-after-microneedling');
  assert.equal(loggableUrl('/search?q=白癜风'), '/search?q=白癜风');
  assert.equal(loggableUrl('/questions/ask'), '/questions/ask');
  assert.equal(loggableUrl('/book/12'), '/book/12');
});
