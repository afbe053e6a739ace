import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Database, Doctor, Role } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from './audit.js';
import { createInvite, createStaffUser, endAllSessions } from './auth.service.js';
import { renderStaff } from './render.js';
import { ROLE_LABELS, ROLES } from './roles.js';
import { Csrf } from './staff.layout.js';
import { actorOf, requireStaff } from './staff.plugin.js';

const INVITE_DAYS = 7;
const LABELS: Record<string, string> = { email: '电子邮箱', name: '姓名', roles: '角色', doctor_id: '关联医生' };
const many = (v: unknown) => (v === undefined ? [] : [v].flat());
const rolesField = z.preprocess(many, z.array(z.enum(ROLES as [Role, ...Role[]], '所选角色无效。')).min(1, '请至少选择一个角色。'));
const doctorField = z.union([z.literal(''), z.string().regex(/^\d{1,9}$/).transform(Number)], '所选医生无效。').optional();
const rolesForm = z.object({ roles: rolesField, doctor_id: doctorField });
const inviteForm = rolesForm.extend({
  email: z.string().trim().toLowerCase().max(200, '电子邮箱过长。').pipe(z.email('电子邮箱格式不正确。')),
  name: z.string().trim().min(1, '请填写姓名。').max(50, '姓名不能超过 50 个字符。'),
});
const parseOpts = { error: (iss: { path?: PropertyKey[] }) => `${LABELS[String(iss.path?.[0])] ?? '表单'}的内容无效。` };
const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');
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

function RoleFields({ v, doctors }: { v: Values; doctors: Doctor[] }) {
  return (
    <>
      <fieldset>
        <legend>{LABELS.roles}</legend>
        {ROLES.map((r) => (
          <div>
            <input type="checkbox" id={`role-${r}`} name="roles" value={r} checked={v.roles.includes(r)} /> <label for={`role-${r}`}>{ROLE_LABELS[r]}</label>
          </div>
        ))}
      </fieldset>
      <label for="doctor_id">{LABELS.doctor_id}</label>
      <p class="help" id="doctor-help">
        选择“医学审核”角色时必须关联一位有执业证书编号的医生：审核以该医生的名义签署。
      </p>
      <select id="doctor_id" name="doctor_id" aria-describedby="doctor-help">
        <option value="">（不关联）</option>
        {doctors.map((d) => (
          <option value={String(d.id)} selected={v.doctor_id === String(d.id)}>
            {d.name}（{d.title}）{d.licence_no ? '' : ' — 无执业证书编号'}
            {d.active ? '' : ' — 已隐藏'}
          </option>
        ))}
      </select>
    </>
  );
}

const stateOf = (u: { active: number; password_hash: string | null }) => (!u.active ? '已停用' : u.password_hash ? '正常' : '待接受邀请');

/** /staff/users: who may use the back office, and as what. */
export function userRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'staff.manage' as const } };
  const doctors = () => db.selectFrom('doctor').selectAll().orderBy('position').orderBy('id').execute();

  /** Rules the form alone cannot check: the linked doctor exists, and a reviewer's is licensed and not linked twice. */
  async function linkProblem(roles: Role[], doctorId: number | '' | undefined, userId: number | null): Promise<string | undefined> {
    const doctor = doctorId ? await db.selectFrom('doctor').selectAll().where('id', '=', doctorId).executeTakeFirst() : undefined;
    if (doctorId && !doctor) return '所选医生不存在，请刷新页面后重试。';
    if (roles.includes('reviewer')) {
      if (!doctor) return '选择“医学审核”角色时必须关联一位医生：医学审核以该医生的名义签署。';
      if (!doctor.licence_no.trim()) return `医生“${doctor.name}”没有执业证书编号，不能担任医学审核。请先在“医生”页面补充。`;
      if (!doctor.active) return `医生“${doctor.name}”已隐藏，不能担任医学审核。`;
    }
    if (doctor) {
      const other = await db.selectFrom('staff_user').select('name').where('doctor_id', '=', doctor.id).where('active', '=', 1).where('id', '!=', userId ?? 0).executeTakeFirst();
      if (other) return `医生“${doctor.name}”已关联账户“${other.name}”，一位医生只能关联一个账户。`;
    }
    return undefined;
  }

  const invitePage = async (v: Values, error?: string) => {
    const list = await doctors();
    return {
      title: '邀请员工',
      error,
      status: error ? 422 : 200,
      body: (csrf: string) => (
        <form method="post" action="/staff/users/invite" class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="email">{LABELS.email}</label>
          <input id="email" name="email" type="email" value={v.email} required autoComplete="off" />
          <label for="name">{LABELS.name}</label>
          <input id="name" name="name" type="text" value={v.name} required />
          <RoleFields v={v} doctors={list} />
          <button type="submit">创建账户并生成邀请链接</button>
        </form>
      ),
    };
  };

  function linkPage(req: FastifyRequest, reply: FastifyReply, user: { id: number; name: string; email: string }, token: string) {
    const link = `${deps.config.siteUrl}/staff/invite/${token}`;
    return renderStaff(req, reply, deps, {
      title: '邀请链接',
      body: () => (
        <>
          <p class="flash ok" role="status">
            已为 {user.name}（{user.email}）创建邀请。
          </p>
          <p>请把下面的链接发给本人，用于设置密码。链接 {INVITE_DAYS} 天内有效、只能使用一次，而且只在这里显示这一次。</p>
          <div class="staff-form">
            <label for="invite-link">邀请链接</label>
            <input id="invite-link" type="text" readOnly value={link} />
          </div>
          <p>
            <a href={`/staff/users/${user.id}`}>查看该账户</a> · <a href="/staff/users">返回员工列表</a>
          </p>
        </>
      ),
    });
  }

  const expireInvites = (trx: Transaction<Database>, userId: number, now: Date) =>
    trx.updateTable('staff_invite').set({ expires_at: now.toISOString() }).where('user_id', '=', userId).where('used_at', 'is', null).where('expires_at', '>', now.toISOString()).execute();

  async function requestReviewerLink(trx: Transaction<Database>, req: FastifyRequest, userId: number, doctorId: number, now: Date) {
    const by = requireStaff(req).userId;
    await trx.deleteFrom('reviewer_link_request').where('user_id', '=', userId).execute();
    await trx.insertInto('reviewer_link_request').values({ user_id: userId, doctor_id: doctorId, requested_by: by, requested_at: now.toISOString() }).execute();
    await audit(trx, actorOf(req), 'staff.reviewer_link_requested', { type: 'staff_user', id: userId }, now, { doctorId });
  }

  /**
   * Confirms a pending reviewer link: by an admin other than the one who asked for it, or by the
   * linked account itself when that is not the one who asked (an admin cannot make themself a
   * reviewer alone). The link is checked again, since the doctor may have changed meanwhile.
   */
  async function confirmReviewerLink(req: FastifyRequest, userId: number): Promise<string | undefined> {
    const me = requireStaff(req);
    const pending = await db.selectFrom('reviewer_link_request').selectAll().where('user_id', '=', userId).executeTakeFirst();
    if (!pending) throw notFound('reviewer_link_request');
    if (pending.requested_by === me.userId) return '这个“医学审核”关联是你提出的，需要另一位管理员或该医生本人确认。';
    const user = await db.selectFrom('staff_user').select(['doctor_id', 'active']).where('id', '=', userId).executeTakeFirstOrThrow();
    if (!user.active || user.doctor_id !== pending.doctor_id) return '该账户已停用，或关联的医生已经改变；请重新设置角色。';
    const roles = (await db.selectFrom('staff_role').select('role').where('user_id', '=', userId).execute()).map((r) => r.role);
    const problem = await linkProblem(['reviewer'], pending.doctor_id, userId);
    if (problem) return problem;
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      const claimed = await trx.deleteFrom('reviewer_link_request').where('user_id', '=', userId).where('requested_by', '=', pending.requested_by).executeTakeFirst();
      if (Number(claimed.numDeletedRows) !== 1) throw notFound('reviewer_link_request');
      if (!roles.includes('reviewer')) await trx.insertInto('staff_role').values({ user_id: userId, role: 'reviewer' }).execute();
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
      db.selectFrom('staff_user').select(['id', 'name', 'email', 'active', 'password_hash', 'doctor_id']).orderBy('name').orderBy('id').execute(),
      db.selectFrom('staff_role').selectAll().execute(),
      doctors(),
    ]);
    return renderStaff(req, reply, deps, {
      title: '员工',
      body: () => (
        <>
          <p class="button-row">
            <a class="button" href="/staff/users/invite">邀请员工</a>
          </p>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">电子邮箱</th>
                <th scope="col">角色</th>
                <th scope="col">关联医生</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    <a href={`/staff/users/${u.id}`}>{u.name}</a>
                  </td>
                  <td>{u.email}</td>
                  <td>{roles.filter((r) => r.user_id === u.id).map((r) => ROLE_LABELS[r.role]).join('、') || '—'}</td>
                  <td>{docs.find((d) => d.id === u.doctor_id)?.name ?? '—'}</td>
                  <td>{stateOf(u)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  app.get('/users/invite', cfg, async (req, reply) => renderStaff(req, reply, deps, await invitePage({ email: '', name: '', roles: [], doctor_id: '' })));

  app.post('/users/invite', cfg, async (req, reply) => {
    const form = inviteForm.safeParse(req.body, parseOpts);
    let problem = form.success ? await linkProblem(form.data.roles, form.data.doctor_id, null) : problems(form.error);
    if (form.success && !problem && (await db.selectFrom('staff_user').select('id').where('email', '=', form.data.email).executeTakeFirst())) problem = '该电子邮箱已有账户。';
    if (!form.success || problem) return renderStaff(req, reply, deps, await invitePage(submitted(req.body), problem));
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
      return renderStaff(req, reply, deps, await invitePage(submitted(req.body), '该电子邮箱已有账户。'));
    }
  });

  async function load(idParam: string) {
    if (!/^[1-9]\d{0,8}$/.test(idParam)) throw notFound('staff_user');
    const user = await db.selectFrom('staff_user').selectAll().where('id', '=', Number(idParam)).executeTakeFirst();
    if (!user) throw notFound('staff_user');
    const roles = (await db.selectFrom('staff_role').select('role').where('user_id', '=', user.id).execute()).map((r) => r.role);
    return { ...user, roles };
  }
  type User = Awaited<ReturnType<typeof load>>;

  async function userPage(req: FastifyRequest, reply: FastifyReply, user: User, error?: string, v?: Values) {
    const list = await doctors();
    const pending = await db
      .selectFrom('reviewer_link_request as p')
      .innerJoin('staff_user as by', 'by.id', 'p.requested_by')
      .innerJoin('doctor as d', 'd.id', 'p.doctor_id')
      .select(['p.requested_by', 'p.requested_at', 'by.name as by_name', 'd.name as doctor_name'])
      .where('p.user_id', '=', user.id)
      .executeTakeFirst();
    const self = requireStaff(req).userId === user.id;
    const values = v ?? { email: user.email, name: user.name, roles: user.roles, doctor_id: user.doctor_id ? String(user.doctor_id) : '' };
    return renderStaff(req, reply, deps, {
      title: `员工：${user.name}`,
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <p>
            {user.email} · 状态：{stateOf(user)}
          </p>
          {pending ? (
            <form method="post" action={`/staff/users/${user.id}/reviewer-link/confirm`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>待确认的“医学审核”角色</h2>
              <p>
                {pending.by_name} 申请让此人以医生“{pending.doctor_name}”的名义担任医学审核。需要另一位管理员或该医生本人确认后才生效。
              </p>
              {pending.requested_by === requireStaff(req).userId ? <p class="help">这是你提出的申请，你不能自己确认。</p> : <button type="submit">确认此关联</button>}
            </form>
          ) : null}
          <form method="post" action={`/staff/users/${user.id}/roles`} class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>角色</h2>
            {self ? <p class="help">你不能移除自己的管理员角色。</p> : null}
            <RoleFields v={values} doctors={list} />
            <button type="submit">保存角色</button>
          </form>
          {user.active && !user.password_hash ? (
            <form method="post" action={`/staff/users/${user.id}/invite`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>邀请链接</h2>
              <p>此人还没有设置密码。生成新链接后，旧链接立即失效。</p>
              <button type="submit">生成新的邀请链接</button>
            </form>
          ) : null}
          {self || !user.active ? null : (
            <form method="post" action={`/staff/users/${user.id}/password-reset`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>重置密码</h2>
              <p>旧密码立即失效，此人退出所有设备，并收到一个一次性链接来设置新密码。</p>
              <button type="submit">重置密码</button>
            </form>
          )}
          {self || !user.totp_enabled_at ? null : (
            <form method="post" action={`/staff/users/${user.id}/2fa-reset`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>重置两步验证</h2>
              <p>用于此人丢失手机且恢复码用完时：此人退出所有设备，下次登录时重新绑定验证器。</p>
              <button type="submit">重置两步验证</button>
            </form>
          )}
          {self ? null : (
            <form method="post" action={`/staff/users/${user.id}/${user.active ? 'deactivate' : 'reactivate'}`} class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{user.active ? '停用账户' : '恢复账户'}</h2>
              <p>{user.active ? '停用后此人立即退出所有设备，不能再登录；操作记录保留。' : '恢复后此人可以用原来的密码登录。'}</p>
              <button type="submit">{user.active ? '停用账户' : '恢复账户'}</button>
            </form>
          )}
          <p>
            <a href="/staff/users">返回员工列表</a>
          </p>
        </>
      ),
    });
  }

  app.get<{ Params: { id: string } }>('/users/:id', cfg, async (req, reply) => userPage(req, reply, await load(req.params.id)));

  app.post<{ Params: { id: string } }>('/users/:id/roles', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    const form = rolesForm.safeParse(req.body, parseOpts);
    let problem = form.success ? await linkProblem(form.data.roles, form.data.doctor_id, user.id) : problems(form.error);
    if (form.success && requireStaff(req).userId === user.id && !form.data.roles.includes('admin')) problem = '不能移除自己的管理员角色。';
    if (!form.success || problem) return userPage(req, reply, user, problem, { ...submitted(req.body), email: user.email, name: user.name });
    const { roles, doctor_id } = form.data;
    const now = deps.now();
    // A new reviewer link (the role, or the same role with another doctor) takes effect only once
    // a second admin or the linked person confirms it; every other role applies at once.
    const keepsReviewer = user.roles.includes('reviewer') && user.doctor_id === (doctor_id || null);
    const asksReviewer = roles.includes('reviewer') && !keepsReviewer;
    const granted = asksReviewer ? roles.filter((r) => r !== 'reviewer') : roles;
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('staff_role').where('user_id', '=', user.id).execute();
      if (granted.length) await trx.insertInto('staff_role').values(granted.map((role) => ({ user_id: user.id, role }))).execute();
      await trx.updateTable('staff_user').set({ doctor_id: doctor_id || null, updated_at: now.toISOString() }).where('id', '=', user.id).execute();
      const detail = { from: user.roles, to: granted, doctorFrom: user.doctor_id, doctorTo: doctor_id || null };
      await audit(trx, actorOf(req), 'staff.roles_changed', { type: 'staff_user', id: user.id }, now, detail);
      if (asksReviewer && doctor_id) await requestReviewerLink(trx, req, user.id, doctor_id, now);
      else await trx.deleteFrom('reviewer_link_request').where('user_id', '=', user.id).execute();
    });
    return reply.redirect(`/staff/users/${user.id}?msg=${asksReviewer ? 'linkRequested' : 'saved'}`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/deactivate', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (requireStaff(req).userId === user.id) return userPage(req, reply, user, '不能停用自己的账户。');
    if (!user.active) return reply.redirect(`/staff/users/${user.id}?msg=deactivated`, 303);
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('staff_user').set({ active: 0, updated_at: now.toISOString() }).where('id', '=', user.id).execute();
      const sessions = await endAllSessions(trx, user.id);
      await expireInvites(trx, user.id, now);
      await audit(trx, actorOf(req), 'staff.deactivated', { type: 'staff_user', id: user.id }, now, { sessions });
    });
    return reply.redirect(`/staff/users/${user.id}?msg=deactivated`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/reactivate', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (user.active) return reply.redirect(`/staff/users/${user.id}?msg=reactivated`, 303);
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('staff_user').set({ active: 1, updated_at: now.toISOString() }).where('id', '=', user.id).execute();
      await audit(trx, actorOf(req), 'staff.reactivated', { type: 'staff_user', id: user.id }, now);
    });
    return reply.redirect(`/staff/users/${user.id}?msg=reactivated`, 303);
  });

  app.post<{ Params: { id: string } }>('/users/:id/invite', cfg, async (req, reply) => {
    const user = await load(req.params.id);
    if (!user.active || user.password_hash) return userPage(req, reply, user, user.active ? '此人已经设置了密码，不需要邀请链接。' : '账户已停用，请先恢复。');
    const now = deps.now();
    const token = await db.transaction().execute(async (trx) => {
      await expireInvites(trx, user.id, now);
      const token = await createInvite(trx, user.id, now, INVITE_DAYS);
      await audit(trx, actorOf(req), 'staff.invite_renewed', { type: 'staff_user', id: user.id }, now);
      return token;
    });
    return linkPage(req, reply, user, token);
  });
}
