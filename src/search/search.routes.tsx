import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { AppError, badRequest } from '../http/errors.js';
import { dialectOf } from '../db/dialect.js';
import { searchesAnswered } from '../metrics/metrics.js';
import { parsePage } from '../http/params.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import { missCounter } from './misses.js';
import { search } from './search.service.js';
import { RecentOutcomes } from './recent.js';
import { SearchPage } from './search.views.js';
import { suggest } from './suggest.js';
import { SearchThread, SearchThreadUnavailable } from './search.thread.js';
import { Turns, TurnsFull } from './turns.js';

// Longer than this is not a query but an attack or an accident; the page says so.
const MAX_RAW_QUERY = 1000;

const first = (raw: string | string[] | undefined) => (typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw[0] ?? '') : '');

export function searchRoutes(app: FastifyInstance, deps: Deps): void {
  // On the thread the thread keeps them (their garbage stays in its heap); here only without it.
  const recent = new RecentOutcomes();
  const thread = deps.config.searchThread
    ? new SearchThread({ dataDir: deps.config.dataDir, databaseUrl: deps.config.databaseUrl, onFailure: (err) => app.log.error({ err }, 'search thread failed; searching in-process until it restarts') })
    : undefined;
  if (thread) app.addHook('onClose', () => thread.close());
  // With the thread, the queue only bounds how many wait (it answers them in order itself); in
  // the server's thread on SQLite, one search per turn of the event loop.
  const turns = new Turns(thread ? 16 : dialectOf(deps.db) === 'sqlite' ? 1 : 4);
  /** Work done on this thread, counted (the thread is off, or cannot answer and restarts on the next call). */
  const inProcess = <T,>(work: () => Promise<T>): Promise<T> => {
    searchesAnswered.inc({ where: 'process' });
    return work();
  };
  /** The thread's answer, or this thread's own while the thread cannot answer. */
  const viaThread = async <T,>(t: SearchThread, there: (t: SearchThread) => Promise<T>, here: () => Promise<T>): Promise<T> => {
    try {
      const value = await there(t);
      searchesAnswered.inc({ where: 'thread' });
      return value;
    } catch (err) {
      if (!(err instanceof SearchThreadUnavailable)) throw err;
      return inProcess(here);
    }
  };
  const inTurn = <T,>(work: () => Promise<T>) =>
    turns.run(work).catch((err: unknown) => {
      throw err instanceof TurnsFull ? new AppError(429, 'search_busy') : err;
    });
  // The report is a convenience: a failed write is logged and retried, never a failed search.
  const misses = missCounter(deps.db, deps.config.clinicTimeZone);
  misses.every(deps.config.viewFlushSeconds, (err) => app.log.warn({ err }, 'search misses not written'));
  app.addHook('onClose', () => misses.stop());
  app.get<{ Querystring: { q?: string | string[]; page?: string; exact?: string } }>('/search', async (req, reply) => {
    const query = first(req.query.q);
    if (query.length > MAX_RAW_QUERY) throw badRequest('query_too_long');
    const page = parsePage(req.query.page);
    const exact = req.query.exact === '1';
    const version = await deps.site.contentVersion();
    const searchHere = () => search(deps.db, query, page, version, { exact });
    const outcome = thread
      ? await inTurn(() => viaThread(thread, (t) => t.search(query, page, version, exact), () => recent.get(version, query, page, exact, searchHere)))
      : await recent.get(version, query, page, exact, () => inTurn(() => inProcess(searchHere)));
    if (outcome.kind === 'results' && page === 1) misses.add(query, outcome.total, deps.now());
    const ctx = await pageContext(req, deps);
    const status = outcome.kind === 'tooLong' ? 400 : 200;
    return sendHtml(reply, toHtml(<SearchPage ctx={ctx} query={query} outcome={outcome} exact={exact} />), status, false);
  });

  // Suggestions as the patient types (the search island); the form works without them.
  app.get<{ Querystring: { q?: string | string[] } }>('/search/suggest', async (req, reply) => {
    const query = first(req.query.q);
    if (query.length > MAX_RAW_QUERY) throw badRequest('query_too_long');
    const version = await deps.site.contentVersion();
    const suggestHere = () => suggest(deps.db, query, version);
    const items = await inTurn(() => (thread ? viaThread(thread, (t) => t.suggest(query, version), suggestHere) : inProcess(suggestHere)));
    return reply.header('cache-control', 'no-store').send({ items });
  });
}
