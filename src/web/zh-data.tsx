import type { ComponentChildren } from 'preact';
import type { Locale } from './i18n.js';

/**
 * Chinese data (a title, a name, a patient's words) inside interface text: on a page of another
 * locale it is wrapped in a span marked lang="zh-CN" (WCAG 3.1.2); on a Chinese page nothing is
 * added, so the Chinese HTML stays exactly what it was.
 */
export function ZhData({ locale, children }: { locale: Locale; children?: ComponentChildren }) {
  return locale === 'zh-CN' ? <>{children}</> : <span lang="zh-CN">{children}</span>;
}
