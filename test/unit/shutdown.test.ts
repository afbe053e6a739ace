import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import Fastify from 'fastify';
import { closeGracefully } from '../../src/http/shutdown.js';

// A response still being sent when the stop begins: once it is done, its keep-alive connection
// is idle, and the stop must not wait for the keep-alive timeout to end it.

test('a keep-alive connection that falls idle after the stop began does not hold the stop', async () => {
  const app = Fastify({ keepAliveTimeout: 72_000 });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  app.get('/slow', async (_req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
    reply.raw.write('a');
    await gate;
    reply.raw.end('b');
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const sock = net.connect((app.server.address() as net.AddressInfo).port, '127.0.0.1');
  let received = '';
  const firstBytes = new Promise<void>((r) => sock.once('data', () => r()));
  sock.on('data', (d) => (received += d.toString()));
  sock.write('GET /slow HTTP/1.1\r\nHost: clinic\r\n\r\n');
  await firstBytes;

  const started = Date.now();
  const stopped = closeGracefully(app, 50);
  await new Promise((r) => setTimeout(r, 100)); // the stop has begun; the response is still open
  release();
  const outcome = await Promise.race([stopped.then(() => 'stopped'), new Promise((r) => setTimeout(() => r('still waiting after 3 s'), 3000))]);
  if (outcome !== 'stopped') {
    sock.destroy();
    await app.close(); // never leave the server behind
  } else if (!sock.closed) await new Promise((r) => sock.once('close', r)); // the server ended the connection
  assert.equal(outcome, 'stopped');
  assert.ok(Date.now() - started < 3000);
  assert.match(received, /\r\n\r\nab$/, 'the response in flight was completed, not cut');
});
