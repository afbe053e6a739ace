import { fromThisSite, isPublicWrite } from '../http/origin.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet, { type HelmetOptions } from 'helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { staffJobHandlers } from '../staff/audit.jobs.js';
import { ErrorPage } from '../web/error-page.js';
import { PageCache } from '../web/page-cache.js';
import { staffLocale, staffScope, type StaffRouteInfo } from '../staff/staff.plugin.js';
import { localePrefix, translator } from '../web/i18n.js';
import { cookieSecret } from '../http/secrets.js';
import { buildIslands } from '../web/islands.js';
import { runDueJobs, type JobHandler } from '../jobs/jobs.js';
import type { ArticleViews, Deps, PageHits, SiteShell } from '../http/deps.js';
import type { Feature } from './feature.js';
import { setStaffNav } from '../staff/nav.js';
import { staffShellRoutes } from '../staff/shell.routes.js';
import { staffLanguagePrefixRoutes } from '../staff/language.routes.js';
import { SRC } from '../paths.js';
import { AppError } from '../http/errors.js';
import { enableMetrics, loginFailures, metricsEnabled, observeRequest } from '../metrics/metrics.js';
import { BROTLI_QUALITY, frontCache, requestIdOf, type FastPath } from '../http/front-cache.js';
import { loggableUrl, registerRoute } from '../http/log-url.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';

const ASSETS_DIR = path.join(SRC, 'web', 'assets');

export interface BuildOptions {
  config: Config;
  db: Db;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  loggerInstance?: FastifyServerOptions['loggerInstance'];
}

export interface App {
  app: FastifyInstance;
  deps: Deps;
  /** Set when the process starts shutting down, so /readyz tells the load balancer first. */
  state: { shuttingDown: boolean };
  /** Every /staff route with the permission it requires, as registered. */
  staffRoutes: StaffRouteInfo[];
  /** Every route as registered (method and full URL pattern), for tests that must walk them all. */
  routes: { method: string; url: string }[];
}

/** What the composition adds to the platform: the features, and the services built from them. */
export interface Composition {
  features: Feature[];
  services: (base: { db: Db; config: Config; now: () => Date }) => { site: SiteShell; views: ArticleViews; insights: PageHits };
}

/** What each kind of job does; every handler re-checks its subject, since things change while it waits. */
export function jobHandlers(config: Config, features: Feature[]): Record<string, JobHandler> {
  return Object.assign({}, ...features.map((f) => f.jobs?.(config) ?? {}), staffJobHandlers(config));
}

/** The headers helmet sets, computed once by running its middleware against a recorder. */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = { setHeader: (k: string, v: unknown) => void (headers[k.toLowerCase()] = String(v)), removeHeader: () => {} };
  helmet(options)({} as never, recorder as never, () => {});
  return headers;
}

export async function buildPlatformApp({ config, db, now = () => new Date(), logger, loggerInstance }: BuildOptions, { features, services }: Composition): Promise<App> {
  setStaffNav(features.flatMap((f) => f.staffNav ?? []));
  // Cached public pages are answered before Fastify routes the request (src/http/front-cache.ts);
  // the fast path is set once the page cache exists. inject() in tests goes straight to Fastify.
  let fastPath: FastPath | undefined;
  const app = Fastify({
    serverFactory: (handler, options) => {
      // What Fastify sets on a server it makes itself (lib/server.js), defaults filled in by then.
      const opts = options as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number };
      const server = http.createServer((req, res) => {
        if (!fastPath?.(req, res)) handler(req, res);
      });
      server.keepAliveTimeout = opts.keepAliveTimeout ?? 72_000;
      server.requestTimeout = opts.requestTimeout ?? 0;
      server.setTimeout(opts.connectionTimeout ?? 0);
      return server;
    },
    ...(loggerInstance ? { loggerInstance } : { logger: logger ?? { level: config.logLevel } }),
    trustProxy: config.trustProxy,
    // One line per request, written in onResponse, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => requestIdOf(req.headers['x-request-id']),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    bodyLimit: 1024 * 1024,
    frameworkErrors: (err, req, reply) => {
      req.log.info({ code: err.code }, 'request refused');
      const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 400;
      void errorPage(req, status).then((body) => sendHtml(reply, body, status, false));
    },
  });

  const css = fs.readFileSync(path.join(ASSETS_DIR, 'site.css'));
  const deps: Deps = {
    db: db.kysely,
    config,
    ...services({ db, config, now }),
    cache: config.pageCache ? new PageCache(2000, 60_000) : undefined,
    now,
    footer: features.flatMap((f) => f.footer ?? []),
    assets: { css: `/assets/site.css?v=${createHash('sha256').update(css).digest('hex').slice(0, 10)}` },
  };
  const state = { shuttingDown: false };
  if (config.metrics) enableMetrics({ db: db.kysely, pool: db.pool, pageCache: deps.cache, now });
  const staffRouteList: StaffRouteInfo[] = [];

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  // Every route with a secret path parameter (a :token) is known to the log redaction as it is added.
  const routeList: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url ?? route.path });
    const declared = (route.config as { secretParams?: string[] } | undefined)?.secretParams;
    registerRoute(route.url ?? route.path, declared);
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, url: loggableUrl(req.url, req.routeOptions.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    if (metricsEnabled()) {
      // The route pattern, never the URL: label values must stay few (and hold no token).
      const route = req.routeOptions.url ?? 'unmatched';
      observeRequest(route, req.method, reply.statusCode, reply.elapsedTime / 1000);
      if (req.method === 'POST' && route === '/staff/login' && (reply.statusCode === 401 || reply.statusCode === 429)) {
        loginFailures.inc({ reason: reply.statusCode === 429 ? 'limited' : 'refused' });
      }
    }
  });

  // The security headers never change: compute them once. (@fastify/helmet calls helmet() — and
  // re-parses the CSP — on every request: about a tenth of a cached page's CPU.)
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.siteUrl.startsWith('https://'),
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  if (deps.cache) {
    fastPath = frontCache({ cache: deps.cache, site: deps.site, views: deps.views, insights: deps.insights, now, log: () => app.log, headers: securityHeaders });
  }
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '365d', immutable: true, index: false });
  // Stored files (the media store), served like the assets: before cookies, forms and CSRF.
  for (const f of features) f.fileRoutes?.(app, deps);

  async function errorPage(req: FastifyRequest, status: number): Promise<string> {
    try {
      const ctx = await pageContext(req, deps);
      // A refusal under /staff speaks the staff member's language (their setting, else the cookie).
      const staffLang = req.url.startsWith('/staff') ? staffLocale(req) : undefined;
      const shown = staffLang && staffLang !== ctx.locale ? { ...ctx, locale: staffLang, t: translator(staffLang), prefix: localePrefix(staffLang) } : ctx;
      return toHtml(<ErrorPage ctx={shown} status={status} requestId={req.id} />);
    } catch {
      // The database may be what failed: a plain page that needs nothing.
      return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${status}</title><h1>${status}</h1><p>服务暂时不可用，请稍后再试。</p><p>Request ${req.id}</p></html>`;
    }
  }

  app.setNotFoundHandler(async (req, reply) => {
    // A feature may answer first (old addresses of an imported site, issue 14).
    for (const f of features) if (f.notFound && (await f.notFound(req, reply, deps))) return reply;
    return sendHtml(reply, await errorPage(req, 404), 404, false);
  });
  // Every public POST must come from a page of this site (src/http/origin.ts).
  app.addHook('onRequest', async (req, reply) => {
    if (isPublicWrite(req.method, req.url) && !fromThisSite(req.headers, config.siteUrl)) {
      req.log.info({ status: 403 }, 'cross-site form refused');
      return sendHtml(reply, await errorPage(req, 403), 403, false);
    }
  });

  app.setErrorHandler(async (err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status =
      err instanceof AppError ? err.status : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: err instanceof AppError ? err.code : err.code, status }, 'request refused');
    return sendHtml(reply, await errorPage(req, status), status, false);
  });

  await app.register(cookie, { secret: await cookieSecret(db.kysely) });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(csrf, {
    cookieKey: 'cp_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true, secure: config.siteUrl.startsWith('https://') },
    getToken: (req) => (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string | undefined),
  });
  app.decorateRequest('staff', null);
  await staffScope(app, deps, staffRouteList, (scope) => {
    staffShellRoutes(scope, deps);
    for (const f of features) f.staffRoutes?.(scope, deps);
  });

  staffLanguagePrefixRoutes(app, config.siteUrl.startsWith('https://'));
  for (const prefix of ['', '/en']) {
    await app.register(
      async (scope) => {
        for (const f of features) f.routes?.(scope, deps);
      },
      { prefix },
    );
  }
  for (const f of features) f.rootRoutes?.(app, deps, state);

  const islands = await buildIslands(Object.assign({}, ...features.map((f) => f.islands ?? {})));
  app.get<{ Params: { name: string } }>('/assets/islands/:name', async (req, reply) => {
    const island = islands.get(req.params.name);
    if (!island) return reply.callNotFound();
    return reply.type('text/javascript; charset=utf-8').header('etag', island.etag).header('cache-control', 'no-cache').send(island.code);
  });

  let flushTimer: NodeJS.Timeout | undefined;
  let jobTimer: NodeJS.Timeout | undefined;
  const flushViews = () =>
    Promise.all([
      deps.views.flush(now()).catch((err) => app.log.warn({ err }, 'view count flush failed')),
      deps.insights.flush(now()).catch((err) => app.log.warn({ err }, 'insights count flush failed')),
    ]);
  const runJobs = () =>
    runDueJobs(db.kysely, jobHandlers(config, features), now())
      .then((r) => {
        if (r.done) deps.site.invalidate();
        if (r.failed) app.log.warn(r, 'some jobs failed');
      })
      .catch((err) => app.log.warn({ err }, 'job run failed'));
  app.addHook('onReady', async () => {
    flushTimer = setInterval(flushViews, config.viewFlushSeconds * 1000);
    flushTimer.unref();
    jobTimer = setInterval(runJobs, config.jobPollSeconds * 1000);
    jobTimer.unref();
  });
  app.addHook('onClose', async () => {
    if (flushTimer) clearInterval(flushTimer);
    if (jobTimer) clearInterval(jobTimer);
    await flushViews();
  });

  return { app, deps, state, staffRoutes: staffRouteList, routes: routeList };
}
