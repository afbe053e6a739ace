import type { ComponentChildren } from 'preact';
import type { StaffIdentity } from './auth.service.js';
import { allows, ROLE_LABELS } from './roles.js';
import { staffNav } from './nav.js';
import type { Locale } from '../web/i18n.js';

export interface StaffPageProps {
  locale?: Locale;
  title: string;
  staff: StaffIdentity | null;
  csrf: string;
  css: string;
  flash?: { kind: 'ok' | 'error'; text: string } | undefined;
  scripts?: string[];
  children: ComponentChildren;
}

/** The back office frame: plain server-rendered pages, usable by keyboard and without JavaScript. */
export function StaffLayout({ locale = 'zh-CN', title, staff, csrf, css, flash, scripts = [], children }: StaffPageProps) {
  return (
    <html lang={locale}>
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
                {staffNav().filter((e) => allows(staff.roles, e.permission)).map(({ href, label }) => (
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
