import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import pino from 'pino';
import { accessLine } from '../../src/http/access-log.js';

// The front cache's request line must be the line pino itself would write for the same fields,
// and any logger setting that could change that line must send it through pino instead.

function capture(options: pino.LoggerOptions = {}) {
  const lines: string[] = [];
  return { lines, log: pino({ level: 'info', ...options }, { write: (l: string) => void lines.push(l) }) };
}

const FIELDS = { reqId: 'abc-123', method: 'GET', url: '/articles/"quoted"/\u767d\u765c\u98ce\\x', status: 200, ms: 0.3 };
const withoutTime = (line: string) => ({ ...JSON.parse(line), time: 0 });

describe('access line', () => {
  test('is byte for byte what pino writes (apart from the clock), through a Fastify logger as the app has it', () => {
    const { lines, log } = capture();
    const app = Fastify({ loggerInstance: log });
    accessLine(app.log)(FIELDS.reqId, FIELDS.method, FIELDS.url, FIELDS.ms);
    app.log.info(FIELDS, 'request');
    assert.equal(lines.length, 2);
    const [mine, theirs] = lines.map((l) => l.replace(/"time":\d+/, '"time":0'));
    assert.equal(mine, theirs);
    assert.ok(lines[0]!.endsWith('\n'));
    assert.equal(JSON.parse(lines[0]!).url, FIELDS.url);
  });

  test('follows a level change made while running', () => {
    const { lines, log } = capture();
    const write = accessLine(log);
    log.level = 'warn';
    write('a', 'GET', '/', 1);
    assert.equal(lines.length, 0);
    log.level = 'info';
    write('a', 'GET', '/', 1);
    assert.equal(lines.length, 1);
  });

  test('a child logger keeps its bindings in the line', () => {
    const { lines, log } = capture();
    const child = log.child({ worker: 3 });
    accessLine(child)('a', 'HEAD', '/x', 0);
    assert.equal(JSON.parse(lines[0]!).worker, 3);
    assert.equal(JSON.parse(lines[0]!).method, 'HEAD');
  });

  const changed: [string, pino.LoggerOptions, (line: Record<string, unknown>) => void][] = [
    ['a mixin', { mixin: () => ({ app: 'clinicpress' }) }, (l) => assert.equal(l.app, 'clinicpress')],
    ['a log formatter', { formatters: { log: (o) => ({ ...o, extra: 1 }) } }, (l) => assert.equal(l.extra, 1)],
    ['a level formatter', { formatters: { level: (label) => ({ level: label }) } }, (l) => assert.equal(l.level, 'info')],
    ['another message key', { messageKey: 'message' }, (l) => assert.equal(l.message, 'request')],
    ['an ISO clock', { timestamp: pino.stdTimeFunctions.isoTime }, (l) => assert.equal(typeof l.time, 'string')],
    ['redaction of the URL', { redact: ['url'] }, (l) => assert.equal(l.url, '[Redacted]')],
    ['a serializer of the URL', { serializers: { url: () => 'hidden' } }, (l) => assert.equal(l.url, 'hidden')],
  ];
  for (const [what, options, check] of changed) {
    test(`a logger with ${what} gets pino's own line`, () => {
      const { lines, log } = capture(options);
      accessLine(log)(FIELDS.reqId, FIELDS.method, FIELDS.url, FIELDS.ms);
      log.info(FIELDS, 'request');
      assert.equal(lines.length, 2);
      check(JSON.parse(lines[0]!));
      assert.deepEqual(withoutTime(lines[0]!), withoutTime(lines[1]!));
    });
  }
});
