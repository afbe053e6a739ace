import type { ComponentChildren } from 'preact';
import type { StaffIdentity } from './auth.service.js';
import { allows, ROLE_LABELS, type Permission } from './roles.js';

export interface StaffPageProps {
  title: string;
  staff: StaffIdentity | null;
  csrf: string;
  css: string;
  flash?: { kind: 'ok' | 'error'; text: string } | undefined;
  scripts?: string[];
  children: ComponentChildren;
}

const NAV: [string, string, Permission][] = [
  ['/staff', '工作台', 'staff.home'],
  ['/staff/bookings', '预约', 'booking.frontdesk'],
  ['/staff/schedules', '出诊安排', 'booking.schedule'],
  ['/staff/my-sessions', '我的出诊', 'booking.own'],
  ['/staff/questions', '患者提问', 'question.triage'],
  ['/staff/my-questions', '待我回答', 'question.answer'],
  ['/staff/qa', '公开问答', 'question.publish'],
  ['/staff/feedback', '就诊评价', 'feedback.moderate'],
  ['/staff/feedback-codes', '评价码', 'feedback.codes'],
  ['/staff/privacy', '个人信息请求', 'privacy.requests'],
  ['/staff/articles', '文章', 'article.read'],
  ['/staff/media', '图片', 'media.write'],
  ['/staff/categories', '分类与热门', 'taxonomy.write'],
  ['/staff/search', '搜索词库', 'search.vocabulary'],
  ['/staff/doctors', '医生', 'doctor.write'],
  ['/staff/site', '医院信息', 'site.write'],
  ['/staff/users', '员工', 'staff.manage'],
  ['/staff/audit', '操作日志', 'audit.read'],
  ['/staff/insights', '运营数据', 'insights.read'],
  ['/staff/account', '我的账户', 'account.self'],
  ['/staff/import', '导入队列', 'article.read'],
  ['/staff/redirects', '旧地址跳转', 'article.publish'],
];

/** The back office frame: plain server-rendered pages, usable by keyboard and without JavaScript. */
export function StaffLayout({ title, staff, csrf, css, flash, scripts = [], children }: StaffPageProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} - 后台`}</title>
        <link rel="icon" href="/assets/logo.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={css} />
        {scripts.map((src) => (
          <script type="module" src={src} />
        ))}
      </head>
      <body class="staff">
        <a class="skip" href="#main">
          跳到正文
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/staff">
              <img src="/assets/logo.svg" alt="" width="36" height="36" />
              <span>ClinicPress 后台</span>
            </a>
            {staff ? (
              <form method="post" action="/staff/logout" class="inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <span class="who">
                  {staff.name}（{staff.roles.map((r) => ROLE_LABELS[r]).join('、')}）
                </span>
                <button type="submit" class="link-button">
                  退出
                </button>
              </form>
            ) : null}
          </div>
          {staff && staff.stage === 'full' ? (
            <nav class="wrap main-nav" aria-label="后台导航">
              <ul>
                {NAV.filter(([, , p]) => allows(staff.roles, p)).map(([href, label]) => (
                  <li>
                    <a href={href}>{label}</a>
                  </li>
                ))}
                <li>
                  <a href="/">查看网站</a>
                </li>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          <h1>{title}</h1>
          {flash ? (
            <p class={flash.kind === 'ok' ? 'flash ok' : 'flash error'} role={flash.kind === 'ok' ? 'status' : 'alert'}>
              {flash.text}
            </p>
          ) : null}
          {children}
        </main>
      </body>
    </html>
  );
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
