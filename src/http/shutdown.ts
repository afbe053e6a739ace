import type { FastifyInstance } from 'fastify';

/**
 * Stops taking requests and waits for those in flight. close() lets go of the keep-alive
 * connections idle at that moment; a connection whose response was still being sent (a page
 * compressed in the thread pool, a slow client) goes idle afterwards and would hold the stop for
 * the whole keep-alive timeout (72 s), so idle connections are let go again until close() ends.
 */
export async function closeGracefully(app: FastifyInstance, everyMs = 200): Promise<void> {
  const idle = setInterval(() => app.server.closeIdleConnections(), everyMs);
  idle.unref();
  try {
    await app.close();
  } finally {
    clearInterval(idle);
  }
}
