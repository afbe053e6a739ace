import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Database, Doctor, Role } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from './audit.js';
import { createInvite, createStaffUser, endAllSessions } from './auth.service.js';
import { expireOpenInvites, insertRoles, rolesOf } from './auth.repository.js';
import { renderStaff } from './render.js';
import { ROLES } from './roles.js';
import { Csrf } from './staff.layout.js';
import { actorOf, requireStaff, staffLocale } from './staff.plugin.js';
import { roleLabel, shellT, type ShellT } from './shell.i18n.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { withData } from './with-data.js';
import {
  allStaffRoles,
  claimReviewerLinkRequest,
  deleteReviewerLinkRequest,
  deleteRolesOf,
  doctorById,
  doctorsInOrder,
  insertReviewerLinkRequest,
  otherActiveUserOfDoctor,
  pendingReviewerLink,
  reviewerLinkRequest,
  setLinkedDoctor,
  setStaffActive,
  staffLinkState,
  staffUserById,
  staffUserIdByEmail,
  staffUserList,
} from './staff.repository.js';

const INVITE_DAYS = 7;
type Key = Parameters<ShellT>[0];
const LABELS: Record<string, Key> = { email: 'users.col.email', name: 'users.col.name', roles: 'users.col.roles', doctor_id: 'users.col.doctor' };
const many = (v: unknown) => (v === undefined ? [] : [v].flat());
// The schema's messages are dictionary keys, translated where they are shown (problems()).
const rolesField = z.preprocess(many, z.array(z.enum(ROLES as [Role, ...Role[]], 'users.err.role')).min(1, 'users.err.roleMin'));
const doctorField = z.union([z.literal(''), z.string().regex(/^\d{1,9}$/).transform(Number)], 'users.err.doctor').optional();
const rolesForm = z.object({ roles: rolesField, doctor_id: doctorField });
const inviteForm = rolesForm.extend({
  email: z.string().trim().toLowerCase().max(200, 'users.err.emailLong').pipe(z.email('users.err.email')),
  name: z.string().trim().min(1, 'users.err.name').max(50, 'users.err.nameLong'),
});
const parseOpts = (t: ShellT) => ({ error: (iss: { path?: PropertyKey[] }) => t('users.invalid', { field: t(LABELS[String(iss.path?.[0])] ?? 'users.form') }) });
const problems = (e: z.ZodError, t: ShellT) => [...new Set(e.issues.map((i) => (i.message.startsWith('users.') ? t(i.message as Key) : i.message)))].slice(0, 6).join(' ');
const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || /UNIQUE constraint failed/.test(String(e));

interface Values {
  email: string;
  name: string;
  roles: string[];
  doctor_id: string;
}
function submitted(body: unknown): Values {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
  return { email: s('email'), name: s('name'), roles: many(b.roles).map(String), doctor_id: s('doctor_id') };
}

function RoleFields({ v, doctors, locale }: { v: Values; doctors: Doctor[]; locale: Locale }) {
  const t = shellT(locale);
  return (
    <>
      <fieldset>
        <legend>{t(LABELS.roles!)}</legend>
        {ROLES.map((r) => (
          <div>
            <input type="checkbox" id={`role-${r}`} name="roles" value={r} checked={v.roles.includes(r)} /> <label for={`role-${r}`}>{roleLabel(r, locale)}</label>
          </div>
        ))}
      </fieldset>
      <label for="doctor_id">{t(LABELS.doctor_id!)}</label>
      <p class="help" id="doctor-help">
        {t('users.doctorHelp')}
      </p>
      <select id="doctor_id" name="doctor_id" aria-describedby="doctor-help">
        <option value="">{t('users.noDoctor')}</option>
        {doctors.map((d) =>
          locale === 'zh-CN' ? (
            <option value={String(d.id)} selected={v.doctor_id === String(d.id)}>
              {d.name}（{d.title}）{d.licence_no ? '' : ' — 无执业证书编号'}
              {d.active ? '' : ' — 已隐藏'}
            </option>
          ) : (
            // An option cannot mark part of its text: the doctor's name and title are the data,
            // the English remarks follow in the option's own language.
            <option value={String(d.id)} selected={v.doctor_id === String(d.id)} lang={contentLang(locale)}>
              {d.name}（{d.title}）{d.licence_no ? '' : t('users.noLicence')}
              {d.active ? '' : t('users.hidden')}
            </option>
          ),
        )}
      </select>
    </>
  );
}

const stateOf = (u: { active: number; password_hash: string | null }, t: ShellT) => (!u.active ? t('users.state.inactive') : u.password_hash ? t('users.state.ok') : t('users.state.invited'));

/** /staff/users: who may use the back office, and as what. */
export function userRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'staff.manage' as const } };
  const doctors = () => doctorsInOrder(db);

  /** Rules the form alone cannot check: the linked doctor exists, and a reviewer's is licensed and not linked twice. */
  async function linkProblem(t: ShellT, roles: Role[], doctorId: number | '' | undefined, userId: number | null): Promise<string | undefined> {
    const doctor = doctorId ? await doctorById(db, doctorId) : undefined;
    if (doctorId && !doctor) return t('users.err.doctorGone');
    if (roles.includes('reviewer')) {
      if (!doctor) return t('users.err.reviewerDoctor');
      if (!doctor.licence_no.trim()) return t('users.err.noLicence', { name: doctor.name });
      if (!doctor.active) return t('users.err.hidden', { name: doctor.name });
    }
    if (doctor) {
      const other = await otherActiveUserOfDoctor(db, doctor.id, userId ?? 0);
      if (other) return t('users.err.linkedTwice', { name: doctor.name, other: other.name });
    }
    return undefined;
  }

  const invitePage = async (locale: Locale, v: Values, error?: string) => {
    const list = await doctors();
    const t = shellT(locale);
    return {
      title: t('users.invite.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf: string) => (
        <form method="post" action="/staff/users/invite" class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="email">{t(LABELS.email!)}</label>
          <input id="email" name="email" type="email" value={v.email} required autoComplete="off" />
          <label for="name">{t(LABELS.name!)}</label>
          <input id="name" name="name" type="text" value={v.name} required />
          <RoleFields v={v} doctors={list} locale={locale} />
          <button type="submit">{t('users.invite.submit')}</button>
        </form>
      ),
    };
  };

  function linkPage(req: FastifyRequest, reply: FastifyReply, user: { id: number; name: string; email: string }, token: string) {
    const link = `${deps.config.siteUrl}/staff/invite/${token}`;
    const locale = staffLocale(req);
    const t = shellT(locale);
    return renderStaff(req, reply, deps, {
      title: t('users.link.title'),
      body: () => (
        <>
          {locale === 'zh-CN' ? (
            <p class="flash ok" role="status">
              已为 {user.name}（{user.email}）创建邀请。
            </p>
          ) : (
            <p class="flash ok" role="status">
              {withData(t('users.link.created', { email: user.email }), { name: user.name }, contentLang(locale))}
            </p>
          )}
          <p>{t('users.link.p', { n: INVITE_DAYS })}</p>
          <div class="staff-form">
            <label for="invite-link">{t('users.link.label')}</label>
            <input id="invite-link" type="text" readOnly value={link} />
          </div>
          <p>
            <a href={`/staff/users/${user.id}`}>{t('users.link.view')}</a> · <a href="/staff/users">{t('users.link.back')}</a>
          </p>
        </>
      ),
    });
  }

  async function requestReviewerLink(trx: Transaction<Database>, req: FastifyRequest, userId: number, doctorId: number, now: Date) {
    const by = requireStaff(req).userId;
    await deleteReviewerLinkRequest(trx, userId);
    await insertReviewerLinkRequest(trx, { user_id: userId, doctor_id: doctorId, requested_by: by, requested_at: now.toISOString() });
    await audit(trx, actorOf(req), 'staff.reviewer_link_requested', { type: 'staff_user', id: userId }, now, { doctorId });
  }

  /**
   * Confirms a pending reviewer link: by an admin other than the one who asked for it, or by the
   * linked account itself when that is not the one who asked (an admin cannot make themself a
   * reviewer alone). The link is checked again, since the doctor may have changed meanwhile.
   */
  async function confirmReviewerLink(req: FastifyRequest, userId: number): Promise<string | undefined> {
    const me = requireStaff(req);
    const pending = await reviewerLinkRequest(db, userId);
    if (!pending) throw notFound('reviewer_link_request');
    const t = shellT(staffLocale(req));
    if (pending.requested_by === me.userId) return t('users.err.ownLink');
    const user = await staffLinkState(db, userId);
    if (!user.active || user.doctor_id !== pending.doctor_id) return t('users.err.linkChanged');
    const roles = await rolesOf(db, userId);
    const problem = await linkProblem(t, ['reviewer'], pending.doctor_id, userId);
    if (problem) return problem;
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      if (!(await claimReviewerLinkRequest(trx, userId, pending.requested_by))) throw notFound('reviewer_link_request');
      if (!roles.includes('reviewer')) await insertRoles(trx, userId, ['reviewer']);
      await audit(trx, actorOf(req), 'staff.reviewer_link_confirmed', { type: 'staff_user', id: userId }, now, {
        doctorId: pending.doctor_id,
        requestedBy: pending.requested_by,
        confirmedBy: me.userId,
        by: me.userId === userId ? 'self' : 'second_admin',
      });
    });
    return undefined;
  }

  app.post<{ Params: { id: string } }>('/users/:id/reviewer-link/confirm', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    const problem = await confirmReviewerLink(req, user.id);
    if (problem) return userPage(req, reply, await load(req.params.id), problem);
    return reply.redirect(`/staff/users/${user.id}?msg=linkConfirmed`, 303);
  });

  app.post('/account/reviewer-link/confirm', { config: { permission: 'account.self' } }, async (req, reply) => {
    const problem = await confirmReviewerLink(req, requireStaff(req).userId);
    if (problem) throw new AppError(409, 'reviewer_link', problem);
    return reply.redirect('/staff/account?msg=linkConfirmed', 303);
  });

  app.get('/users', cfg, async (req, reply) => {
    const [users, roles, docs] = await Promise.all([
      staffUserList(db),
      allStaffRoles(db),
      doctors(),
    ]);
    const locale = staffLocale(req);
    const t = shellT(locale);
    const lang = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('users.title'),
      body: () => (
        <>
          <p class="button-row">
            <a class="button" href="/staff/users/invite">{t('users.invite')}</a>
          </p>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('users.col.name')}</th>
                <th scope="col">{t('users.col.email')}</th>
                <th scope="col">{t('users.col.roles')}</th>
                <th scope="col">{t('users.col.doctor')}</th>
                <th scope="col">{t('users.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    <a href={`/staff/users/${u.id}`} lang={lang}>
                      {u.name}
                    </a>
                  </td>
                  <td>{u.email}</td>
                  <td>{roles.filter((r) => r.user_id === u.id).map((r) => roleLabel(r.role, locale)).join(t('layout.listSep')) || '—'}</td>
                  <td lang={lang}>{docs.find((d) => d.id === u.doctor_id)?.name ?? '—'}</td>
                  <td>{stateOf(u, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  app.get('/users/invite', cfg, async (req, reply) => renderStaff(req, reply, deps, await invitePage(staffLocale(req), { email: '', name: '', roles: [], doctor_id: '' })));

  app.post('/users/invite', cfg, async (req, reply) => {
    const locale = staffLocale(req);
    const t = shellT(locale);
    const form = inviteForm.safeParse(req.body, parseOpts(t));
    let problem = form.success ? await linkProblem(t, form.data.roles, form.data.doctor_id, null) : problems(form.error, t);
    if (form.success && !problem && (await staffUserIdByEmail(db, form.data.email)) !== undefined) problem = t('users.err.emailTaken');
    if (!form.success || problem) return renderStaff(req, reply, deps, await invitePage(locale, submitted(req.body), problem));
    const { email, name, roles, doctor_id } = form.data;
    const now = deps.now();
    try {
      const { id, token } = await db.transaction().execute(async (trx) => {
        // The reviewer role waits for a second person (see requestReviewerLink).
        const id = await createStaffUser(trx, { email, name, roles: roles.filter((r) => r !== 'reviewer'), doctorId: doctor_id || null }, now);
        const token = await createInvite(trx, id, now, INVITE_DAYS);
        await audit(trx, actorOf(req), 'staff.invited', { type: 'staff_user', id }, now, { email, roles, doctorId: doctor_id || null });
        if (roles.includes('reviewer') && doctor_id) await requestReviewerLink(trx, req, id, doctor_id, now);
        return { id, token };
      });
      return linkPage(req, reply, { id, name, email }, token);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderStaff(req, reply, deps, await invitePage(locale, submitted(req.body), t('users.err.emailTaken')));
    }
  });

  async function load(idParam: string) {
    if (!/^[1-9]\d{0,8}$/.test(idParam)) throw notFound('staff_user');
    const user = await staffUserById(db, Number(idParam));
    if (!user) throw notFound('staff_user');
    const roles = await rolesOf(db, user.id);
    return { ...user, roles };
  }
  type User = Awaited<ReturnType<typeof load>>;

  async function userPage(req: FastifyRequest, reply: FastifyReply, user: User, error?: string, v?: Values) {
    const list = await doctors();
    const pending = await pendingReviewerLink(db, user.id);
    const self = requireStaff(req).userId === user.id;
    const values = v ?? { email: user.email, name: user.name, roles: user.roles, doctor_id: user.doctor_id ? String(user.doctor_id) : '' };
    const locale = staffLocale(req);
    const t = shellT(locale);
    return renderStaff(req, reply, deps, {
      title: t('users.page.title'),
      titleData: { name: user.name },
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <p>
            {user.email} · {t('users.page.state')}{stateOf(user, t)}
          </p>
          {pending ? (
            <form method="post" action={`/staff/users/${user.id}/reviewer-link/confirm`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('users.pending.h')}</h2>
              {locale === 'zh-CN' ? (
                <p>
                  {pending.by_name} 申请让此人以医生“{pending.doctor_name}”的名义担任医学审核。需要另一位管理员或该医生本人确认后才生效。
                </p>
              ) : (
                <p>{withData(t('users.pending.p'), { by: pending.by_name, doctor: pending.doctor_name }, contentLang(locale))}</p>
              )}
              {pending.requested_by === requireStaff(req).userId ? <p class="help">{t('users.pending.own')}</p> : <button type="submit">{t('users.pending.confirm')}</button>}
            </form>
          ) : null}
          <form method="post" action={`/staff/users/${user.id}/roles`} class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>{t('users.roles.h')}</h2>
            {self ? <p class="help">{t('users.roles.self')}</p> : null}
            <RoleFields v={values} doctors={list} locale={locale} />
            <button type="submit">{t('users.roles.submit')}</button>
          </form>
          {user.active && !user.password_hash ? (
            <form method="post" action={`/staff/users/${user.id}/invite`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('users.reinvite.h')}</h2>
              <p>{t('users.reinvite.p')}</p>
              <button type="submit">{t('users.reinvite.submit')}</button>
            </form>
          ) : null}
          {self || !user.active ? null : (
            <form method="post" action={`/staff/users/${user.id}/password-reset`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('users.reset.h')}</h2>
              <p>{t('users.reset.p')}</p>
              <button type="submit">{t('users.reset.submit')}</button>
            </form>
          )}
          {self || !user.totp_enabled_at ? null : (
            <form method="post" action={`/staff/users/${user.id}/2fa-reset`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('users.2fa.h')}</h2>
              <p>{t('users.2fa.p')}</p>
              <button type="submit">{t('users.2fa.submit')}</button>
            </form>
          )}
          {self ? null : (
            <form method="post" action={`/staff/users/${user.id}/${user.active ? 'deactivate' : 'reactivate'}`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{user.active ? t('users.deactivate') : t('users.reactivate')}</h2>
              <p>{user.active ? t('users.deactivate.p') : t('users.reactivate.p')}</p>
              <button type="submit">{user.active ? t('users.deactivate') : t('users.reactivate')}</button>
            </form>
          )}
          <p>
            <a href="/staff/users">{t('users.link.back')}</a>
          </p>
        </>
      ),
    });
  }

  app.get<{ Params: { id: string } }>('/users/:id', cfg, async (req, reply) => userPage(req, reply, await load(req.params.id)));

  app.post<{ Params: { id: string } }>('/users/:id/roles', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    const t = shellT(staffLocale(req));
    const form = rolesForm.safeParse(req.body, parseOpts(t));
    let problem = form.success ? await linkProblem(t, form.data.roles, form.data.doctor_id, user.id) : problems(form.error, t);
    if (form.success && requireStaff(req).userId === user.id && !form.data.roles.includes('admin')) problem = t('users.err.ownAdmin');
    if (!form.success || problem) return userPage(req, reply, user, problem, { ...submitted(req.body), email: user.email, name: user.name });
    const { roles, doctor_id } = form.data;
    const now = deps.now();
    // A new reviewer link (the role, or the same role with another doctor) takes effect only once
    // a second admin or the linked person confirms it; every other role applies at once.
    const keepsReviewer = user.roles.includes('reviewer') && user.doctor_id === (doctor_id || null);
    const asksReviewer = roles.includes('reviewer') && !keepsReviewer;
    const granted = asksReviewer ? roles.filter((r) => r !== 'reviewer') : roles;
    await db.transaction().execute(async (trx) => {
      await deleteRolesOf(trx, user.id);
      if (granted.length) await insertRoles(trx, user.id, granted);
      await setLinkedDoctor(trx, user.id, doctor_id || null, now);
      const detail = { from: user.roles, to: granted, doctorFrom: user.doctor_id, doctorTo: doctor_id || null };
      await audit(trx, actorOf(req), 'staff.roles_changed', { type: 'staff_user', id: user.id }, now, detail);
      if (asksReviewer && doctor_id) await requestReviewerLink(trx, req, user.id, doctor_id, now);
      else await deleteReviewerLinkRequest(trx, user.id);
    });
    return reply.redirect(`/staff/users/${user.id}?msg=${asksReviewer ? 'linkRequested' : 'saved'}`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/deactivate', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (requireStaff(req).userId === user.id) return userPage(req, reply, user, shellT(staffLocale(req))('users.err.ownDeactivate'));
    if (!user.active) return reply.redirect(`/staff/users/${user.id}?msg=deactivated`, 303);
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await setStaffActive(trx, user.id, 0, now);
      const sessions = await endAllSessions(trx, user.id);
      await expireOpenInvites(trx, user.id, now);
      await audit(trx, actorOf(req), 'staff.deactivated', { type: 'staff_user', id: user.id }, now, { sessions });
    });
    return reply.redirect(`/staff/users/${user.id}?msg=deactivated`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/reactivate', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (user.active) return reply.redirect(`/staff/users/${user.id}?msg=reactivated`, 303);
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await setStaffActive(trx, user.id, 1, now);
      await audit(trx, actorOf(req), 'staff.reactivated', { type: 'staff_user', id: user.id }, now);
    });
    return reply.redirect(`/staff/users/${user.id}?msg=reactivated`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/invite', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (!user.active || user.password_hash) return userPage(req, reply, user, shellT(staffLocale(req))(user.active ? 'users.err.hasPassword' : 'users.err.inactive'));
    const now = deps.now();
    const token = await db.transaction().execute(async (trx) => {
      await expireOpenInvites(trx, user.id, now);
      const token = await createInvite(trx, user.id, now, INVITE_DAYS);
      await audit(trx, actorOf(req), 'staff.invite_renewed', { type: 'staff_user', id: user.id }, now);
      return token;
    });
    return linkPage(req, reply, user, token);
  });
}
