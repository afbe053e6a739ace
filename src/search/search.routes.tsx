import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { badRequest } from '../http/errors.js';
import { parsePage } from '../http/params.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import { search, type SearchOutcome } from './search.service.js';
import { SearchPage } from './search.views.js';

// Longer than this is not a query but an attack or an accident; the page says so.
const MAX_RAW_QUERY = 1000;

export function searchRoutes(app: FastifyInstance, deps: Deps): void {
  // Recent outcomes, each valid for one content version: a popular query costs its index work
  // once per publish instead of once per visitor. (The miss path still needs to get cheaper:
  // see `npm run bench`, "search, distinct queries".)
  const recent = new Map<string, SearchOutcome>();
  app.get<{ Querystring: { q?: string | string[]; page?: string } }>('/search', async (req, reply) => {
    const raw = req.query.q;
    const query = typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw[0] ?? '') : '';
    if (query.length > MAX_RAW_QUERY) throw badRequest('query_too_long');
    const page = parsePage(req.query.page);
    const version = await deps.site.contentVersion();
    const key = `${version}\u0000${page}\u0000${query.trim()}`;
    let outcome = recent.get(key);
    if (outcome) recent.delete(key);
    else {
      outcome = await search(deps.db, query, page, version);
      if (recent.size >= 1000) recent.delete(recent.keys().next().value!);
    }
    recent.set(key, outcome);
    const ctx = await pageContext(req, deps);
    const status = outcome.kind === 'tooLong' ? 400 : 200;
    return sendHtml(reply, toHtml(<SearchPage ctx={ctx} query={query} outcome={outcome} />), status, false);
  });
}
