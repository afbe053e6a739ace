import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { AppError, badRequest } from '../http/errors.js';
import { dialectOf } from '../db/dialect.js';
import { parsePage } from '../http/params.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import { missCounter } from './misses.js';
import { search, type SearchOutcome } from './search.service.js';
import { SearchPage } from './search.views.js';
import { suggest } from './suggest.js';
import { Turns, TurnsFull } from './turns.js';

// Longer than this is not a query but an attack or an accident; the page says so.
const MAX_RAW_QUERY = 1000;
// Outcomes kept per process (each holds ten cut snippets): 3,000 took the server past its 300 MB
// memory floor in the benchmark (peak 315 MB), so the cache stays at 1,000 as before.
const RECENT = 1000;

const first = (raw: string | string[] | undefined) => (typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw[0] ?? '') : '');

export function searchRoutes(app: FastifyInstance, deps: Deps): void {
  // Recent outcomes, each valid for one content version: a popular query costs its index work
  // once per publish instead of once per visitor.
  const recent = new Map<string, SearchOutcome>();
  const turns = new Turns(dialectOf(deps.db) === 'sqlite' ? 1 : 4);
  const inTurn = <T,>(work: () => Promise<T>) =>
    turns.run(work).catch((err: unknown) => {
      throw err instanceof TurnsFull ? new AppError(429, 'search_busy') : err;
    });
  // The report is a convenience: a failed write is logged and retried, never a failed search.
  const misses = missCounter(deps.db);
  misses.every(deps.config.viewFlushSeconds, (err) => app.log.warn({ err }, 'search misses not written'));
  app.addHook('onClose', () => misses.stop());
  app.get<{ Querystring: { q?: string | string[]; page?: string; exact?: string } }>('/search', async (req, reply) => {
    const query = first(req.query.q);
    if (query.length > MAX_RAW_QUERY) throw badRequest('query_too_long');
    const page = parsePage(req.query.page);
    const exact = req.query.exact === '1';
    const version = await deps.site.contentVersion();
    const key = `${version}\u0000${page}\u0000${exact ? 1 : 0}\u0000${query.trim()}`;
    let outcome = recent.get(key);
    if (outcome) recent.delete(key);
    else {
      outcome = await inTurn(() => search(deps.db, query, page, version, { exact }));
      if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    }
    recent.set(key, outcome);
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
    const items = await inTurn(() => suggest(deps.db, query, version));
    return reply.header('cache-control', 'no-store').send({ items });
  });
}
