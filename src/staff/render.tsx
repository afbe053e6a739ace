import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Deps } from '../http/deps.js';
import { toHtml } from '../http/render.js';
import { StaffLayout } from './staff.layout.js';
import { staffLocale } from './staff.plugin.js';
import { shellT } from './shell.i18n.js';

type FlashKey = Parameters<ReturnType<typeof shellT>>[0] & `flash.${string}`;

/** Messages shown after a redirect, chosen by a code in the URL (no server-side flash store). */
const FLASH: Record<string, { kind: 'ok' | 'error'; key: FlashKey }> = {
  saved: { kind: 'ok', key: 'flash.saved' },
  created: { kind: 'ok', key: 'flash.created' },
  submitted: { kind: 'ok', key: 'flash.submitted' },
  approved: { kind: 'ok', key: 'flash.approved' },
  published: { kind: 'ok', key: 'flash.published' },
  scheduled: { kind: 'ok', key: 'flash.scheduled' },
  unpublished: { kind: 'ok', key: 'flash.unpublished' },
  archived: { kind: 'ok', key: 'flash.archived' },
  restored: { kind: 'ok', key: 'flash.restored' },
  unchanged: { kind: 'ok', key: 'flash.unchanged' },
  accepted: { kind: 'ok', key: 'flash.accepted' },
  overridden: { kind: 'ok', key: 'flash.overridden' },
  altUnchanged: { kind: 'ok', key: 'flash.altUnchanged' },
  password: { kind: 'ok', key: 'flash.password' },
  invited: { kind: 'ok', key: 'flash.invited' },
  deactivated: { kind: 'ok', key: 'flash.deactivated' },
  reactivated: { kind: 'ok', key: 'flash.reactivated' },
  uploaded: { kind: 'ok', key: 'flash.uploaded' },
  loggedOutAll: { kind: 'ok', key: 'flash.loggedOutAll' },
  twoFactorOff: { kind: 'ok', key: 'flash.twoFactorOff' },
  twoFactorReset: { kind: 'ok', key: 'flash.twoFactorReset' },
  passwordReset: { kind: 'ok', key: 'flash.passwordReset' },
  resetSent: { kind: 'ok', key: 'flash.resetSent' },
  linkRequested: { kind: 'ok', key: 'flash.linkRequested' },
  linkConfirmed: { kind: 'ok', key: 'flash.linkConfirmed' },
  language: { kind: 'ok', key: 'flash.language' },
  languageHint: { kind: 'ok', key: 'flash.languageHint' },
};

export async function renderStaff(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  page: { title: string; titleData?: Record<string, string>; body: (csrf: string) => ComponentChildren; status?: number; error?: string; scripts?: string[] },
): Promise<FastifyReply> {
  const csrf = await reply.generateCsrf();
  const code = typeof (req.query as Record<string, unknown>)?.msg === 'string' ? (req.query as Record<string, string>).msg! : '';
  const locale = staffLocale(req);
  const known = Object.hasOwn(FLASH, code) ? FLASH[code] : undefined;
  const flash = page.error ? { kind: 'error' as const, text: page.error } : known ? { kind: known.kind, text: shellT(locale)(known.key) } : undefined;
  const html = toHtml(
    <StaffLayout locale={locale} title={page.title} titleData={page.titleData} staff={req.staff} csrf={csrf} css={deps.assets.css} flash={flash} scripts={page.scripts}>
      {page.body(csrf)}
    </StaffLayout>,
  );
  return reply.code(page.status ?? 200).header('content-type', 'text/html; charset=utf-8').send(html);
}
