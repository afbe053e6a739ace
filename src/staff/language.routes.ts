import type { FastifyInstance, FastifyReply } from 'fastify';
import { LANG_COOKIE_OPTIONS } from './auth.routes.js';
import { LANG_COOKIE } from './staff.plugin.js';

/**
 * /en/staff (and anything under it): the public site's English prefix, tried on the back office.
 * The back office has one address per page and a per-person language setting instead
 * (docs/decisions/XXXX-i18n-shell-staff-language.md), so this remembers English for the pages
 * before sign-in and sends the person to the setting on their account page (through sign-in
 * when needed). Nothing is written to an account from a GET.
 */
export function staffLanguagePrefixRoutes(app: FastifyInstance, secure: boolean): void {
  const handler = async (_req: unknown, reply: FastifyReply) => {
    reply.setCookie(LANG_COOKIE, 'en', { ...LANG_COOKIE_OPTIONS, secure });
    return reply.header('cache-control', 'no-store').redirect('/staff/account?msg=languageHint', 303);
  };
  app.get('/en/staff', handler);
  app.get('/en/staff/*', handler);
}
