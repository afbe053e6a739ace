import type { ComponentChildren } from 'preact';
import type { StaffIdentity } from './auth.service.js';
import { allows } from './roles.js';
import { staffNav } from './nav.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { roleLabel, shellT } from './shell.i18n.js';
import { withData } from './with-data.js';

export interface StaffPageProps {
  locale?: Locale;
  title: string;
  /**
   * Data named in the title ({name} placeholders in `title`), such as a person's or an article's
   * name: in the heading each value is marked with its own language (contentLang); the window
   * title, which cannot mark part of itself, leaves it out on pages of another locale.
   */
  titleData?: Record<string, string> | undefined;
  staff: StaffIdentity | null;
  csrf: string;
  css: string;
  flash?: { kind: 'ok' | 'error'; text: string } | undefined;
  scripts?: string[];
  children: ComponentChildren;
}

/** The back office frame: plain server-rendered pages, usable by keyboard and without JavaScript. */
export function StaffLayout({ locale = 'zh-CN', title, titleData, staff, csrf, css, flash, scripts = [], children }: StaffPageProps) {
  const t = shellT(locale);
  const lang = contentLang(locale);
  const filled = titleData ? title.replace(/\{(\w+)\}/g, (m, k: string) => titleData[k] ?? m) : title;
  const windowTitle = titleData && lang ? title.replace(/\s*[:：]?\s*\{\w+\}/g, '').trim() : filled;
  const heading = titleData && lang ? withData(title, titleData, lang) : filled;
  const roles = staff ? staff.roles.map((r) => roleLabel(r, locale)).join(t('layout.listSep')) : '';
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${windowTitle}${t('layout.suffix')}`}</title>
        <link rel="icon" href="/assets/logo.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={css} />
        {scripts.map((src) => (
          <script type="module" src={src} />
        ))}
      </head>
      <body class="staff">
        <a class="skip" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/staff">
              <img src="/assets/logo.svg" alt="" width="36" height="36" />
              <span>{t('layout.brand')}</span>
            </a>
            {staff ? (
              <form method="post" action="/staff/logout" class="inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                {locale === 'zh-CN' ? (
                  <span class="who">
                    {staff.name}（{roles}）
                  </span>
                ) : (
                  <span class="who">
                    <span lang={lang}>{staff.name}</span> ({roles})
                  </span>
                )}
                <button type="submit" class="link-button">
                  {t('layout.logout')}
                </button>
              </form>
            ) : null}
          </div>
          {staff && staff.stage === 'full' ? (
            <nav class="wrap main-nav" aria-label={t('layout.nav')}>
              <ul>
                {staffNav().filter((e) => allows(staff.roles, e.permission)).map(({ href, label }) => (
                  <li>
                    <a href={href}>{label[locale]}</a>
                  </li>
                ))}
                <li>
                  <a href="/">{t('layout.site')}</a>
                </li>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          <h1>{heading}</h1>
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

/** Previous / next links around "page n" for a staff list; a link is left out where there is no page that way. */
export function StaffPager({ label, status, prev, next }: { label: string; status: string; prev?: { href: string; text: string }; next?: { href: string; text: string } }) {
  return (
    <nav class="button-row" aria-label={label}>
      {prev ? (
        <a href={prev.href} rel="prev">
          {prev.text}
        </a>
      ) : null}
      <span>{status}</span>
      {next ? (
        <a href={next.href} rel="next">
          {next.text}
        </a>
      ) : null}
    </nav>
  );
}
