import '@fastify/cookie';
import '@fastify/csrf-protection';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import type { Locale } from '../web/i18n.js';
import { AppError } from '../http/errors.js';
import type { Actor } from './audit.js';
import { identify, sessionPolicy, type StaffIdentity } from './auth.service.js';
import { allows, PUBLIC, type Permission } from './roles.js';

export const SESSION_COOKIE = 'cp_staff';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffIdentity | null;
  }
  interface FastifyContextConfig {
    permission?: Permission | typeof PUBLIC;
    /** Open to a session that still owes its second factor or enrolment (the sign-in steps, logout). */
    signInStep?: boolean;
  }
}

export interface StaffRouteInfo {
  method: string;
  url: string;
  permission: Permission | typeof PUBLIC;
}

export function actorOf(req: FastifyRequest): Actor {
  return {
    userId: req.staff?.userId ?? null,
    name: req.staff?.name ?? '匿名',
    ip: req.ip,
    userAgent: String(req.headers['user-agent'] ?? ''),
  };
}

/** Remembers the language chosen before signing in (sign-in, password reset), for those pages only. */
export const LANG_COOKIE = 'cp_staff_lang';

/** The language of the staff pages for this request: the signed-in person's setting, else the cookie. */
export function staffLocale(req: FastifyRequest): Locale {
  if (req.staff) return req.staff.locale;
  return req.cookies?.[LANG_COOKIE] === 'en' ? 'en' : 'zh-CN';
}

export function requireStaff(req: FastifyRequest): StaffIdentity {
  if (!req.staff) throw new AppError(403, 'not_signed_in');
  return req.staff;
}

/**
 * The /staff subtree: every route must name a permission from roles.ts (registration fails
 * otherwise), the signed-in staff member is looked up from the session cookie, and a route is
 * refused before its handler runs unless one of the member's roles allows it. State-changing
 * requests must carry the CSRF token.
 */
export async function staffScope(app: FastifyInstance, deps: Deps, routes: StaffRouteInfo[], register: (scope: FastifyInstance) => void | Promise<void>) {
  const policy = deps.config ? sessionPolicy(deps.config.staff) : undefined;
  await app.register(
    async (scope) => {
      scope.addHook('onRoute', (route) => {
        const permission = route.config?.permission;
        if (!permission) throw new Error(`Staff route ${String(route.method)} ${route.url} names no permission (see src/staff/roles.ts)`);
        for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, permission });
      });
      scope.addHook('onRequest', async (req, reply) => {
        reply.header('cache-control', 'no-store');
        reply.header('x-robots-tag', 'noindex');
        req.staff = await identify(deps.db, req.cookies[SESSION_COOKIE], deps.now(), policy);
      });
      // The token comes in the form body, so it is checked once the body is parsed.
      scope.addHook('preHandler', (req, reply, done) =>
        req.method === 'GET' || req.method === 'HEAD' ? done() : scope.csrfProtection(req, reply, done),
      );
      scope.addHook('preHandler', async (req, reply) => {
        const permission = req.routeOptions.config.permission;
        if (permission === PUBLIC) return;
        if (!req.staff) {
          if (req.method === 'GET') return reply.redirect(`/staff/login?next=${encodeURIComponent(req.url)}`, 303);
          throw new AppError(403, 'not_signed_in');
        }
        // Until the second factor is proved (or, where a role needs one, enrolled) nothing else opens.
        if (req.staff.stage !== 'full' && !req.routeOptions.config.signInStep) {
          const step = req.staff.stage === 'mfa' ? '/staff/2fa' : '/staff/account/2fa';
          if (req.method === 'GET') return reply.redirect(`${step}?next=${encodeURIComponent(req.url)}`, 303);
          throw new AppError(403, 'second_factor_required');
        }
        if (!permission || !allows(req.staff.roles, permission)) throw new AppError(403, 'forbidden');
      });
      await register(scope);
    },
    { prefix: '/staff' },
  );
}
