import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Deps } from '../http/deps.js';
import { toHtml } from '../http/render.js';
import { StaffLayout } from './staff.layout.js';
import { staffLocale } from './staff.plugin.js';

/** Messages shown after a redirect, chosen by a code in the URL (no server-side flash store). */
const FLASH: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  saved: { kind: 'ok', text: '已保存。' },
  created: { kind: 'ok', text: '已创建。' },
  submitted: { kind: 'ok', text: '已提交医学审核。' },
  approved: { kind: 'ok', text: '已通过医学审核。' },
  published: { kind: 'ok', text: '已发布，公开页面已更新。' },
  scheduled: { kind: 'ok', text: '已安排定时发布。' },
  unpublished: { kind: 'ok', text: '已撤下，公开页面不再显示。' },
  archived: { kind: 'ok', text: '已归档。' },
  restored: { kind: 'ok', text: '已从历史版本恢复为新的草稿。' },
  unchanged: { kind: 'ok', text: '内容没有变化，未生成新版本。' },
  accepted: { kind: 'ok', text: '已记录对这条提示的处理意见。' },
  overridden: { kind: 'ok', text: '已记录管理员放行意见。' },
  altUnchanged: { kind: 'ok', text: '替代文字没有变化。' },
  password: { kind: 'ok', text: '密码已更新，其他设备上的登录已退出。' },
  invited: { kind: 'ok', text: '已创建邀请。' },
  deactivated: { kind: 'ok', text: '账户已停用，其所有登录已退出。' },
  reactivated: { kind: 'ok', text: '账户已恢复。' },
  uploaded: { kind: 'ok', text: '图片已上传。' },
  loggedOutAll: { kind: 'ok', text: '已退出所有设备上的登录。' },
  twoFactorOff: { kind: 'ok', text: '已关闭两步验证。' },
  twoFactorReset: { kind: 'ok', text: '已重置此人的两步验证，其所有登录已退出；下次登录时需要重新绑定。' },
  passwordReset: { kind: 'ok', text: '密码已重置，请用新密码登录。' },
  resetSent: { kind: 'ok', text: '如果这个邮箱属于一位员工，我们已向它发送了重置密码的链接，链接 30 分钟内有效。' },
  linkRequested: { kind: 'ok', text: '已保存。“医学审核”角色需要另一位管理员或该医生本人确认后才生效。' },
  linkConfirmed: { kind: 'ok', text: '已确认，“医学审核”角色已生效。' },
};

export async function renderStaff(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  page: { title: string; body: (csrf: string) => ComponentChildren; status?: number; error?: string; scripts?: string[] },
): Promise<FastifyReply> {
  const csrf = await reply.generateCsrf();
  const code = typeof (req.query as Record<string, unknown>)?.msg === 'string' ? (req.query as Record<string, string>).msg! : '';
  const flash = page.error ? { kind: 'error' as const, text: page.error } : FLASH[code];
  const html = toHtml(
    <StaffLayout locale={staffLocale(req)} title={page.title} staff={req.staff} csrf={csrf} css={deps.assets.css} flash={flash} scripts={page.scripts}>
      {page.body(csrf)}
    </StaffLayout>,
  );
  return reply.code(page.status ?? 200).header('content-type', 'text/html; charset=utf-8').send(html);
}
