// The editor's view of compliance findings.
//
// ComplianceLive sits under the body textarea (inside the editor form): a summary, a copy of the
// body with each finding marked at the same offsets the checker reported, and the list of
// findings with their legal basis and a suggestion. It is rendered on every save and preview, and
// the editor island refreshes it while the editor types (POST /staff/articles/compliance).
//
// ComplianceGate sits outside the form (it holds forms of its own): the saved version's
// error-level and warning findings, accepting one with a reason, and the admin override.

import type { ComponentChildren } from 'preact';
import { Csrf } from '../staff/staff.layout.js';
import type { ComplianceReview, GateFinding } from './compliance-gate.js';
import type { Severity } from '../compliance/index.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { complianceT } from './compliance.admin.i18n.js';

const level = (locale: Locale, s: Severity) => complianceT(locale)(`level.${s}`);
const LEVEL: Record<Severity, string> = { error: level('zh-CN', 'error'), warning: level('zh-CN', 'warning'), info: level('zh-CN', 'info') };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Settled: accepted by an admin, or (below error level) by an editor. */
const settled = (f: GateFinding) => !!f.accepted && (f.accepted.byAdmin || f.severity !== 'error');

function summary(review: ComplianceReview, locale: Locale): string {
  const t = complianceT(locale);
  const open = review.findings.filter((f) => !settled(f));
  const count = (s: Severity) => open.filter((f) => f.severity === s).length;
  const accepted = review.findings.length - open.length;
  const doc = t(`doc.${review.docType}`);
  if (!review.findings.length) return t('summary.none', { doc });
  return t('summary.counts', { doc, e: count('error'), w: count('warning'), i: count('info'), accepted: accepted ? t('summary.accepted', { n: accepted }) : '' });
}

/** A finding's field ("正文", a block's title) as a label in the page's language. */
function FieldName({ f, locale }: { f: GateFinding; locale: Locale }) {
  if (locale === 'zh-CN') return <>{f.fieldLabel}</>;
  const t = complianceT(locale);
  if (f.field === 'title' || f.field === 'summary' || f.field === 'body') return <>{t(`field.${f.field}`)}</>;
  const block = /^区块“(.*)”$/s.exec(f.fieldLabel);
  if (!block) return <ZhData locale={locale}>{f.fieldLabel}</ZhData>;
  const [before, after] = t('field.block', { title: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <ZhData locale={locale}>{block[1]}</ZhData>
      {after}
    </>
  );
}

/**
 * At most this many findings are shown per paragraph (a line of the field): a text stuffed with
 * risky words would otherwise give an editor thousands of marks and list items per keystroke. The
 * rest are counted ("另有 N 处").
 */
export const SHOWN_PER_PARAGRAPH = 20;

/**
 * Splits findings into those shown and, per field and line, how many more are hidden. One pass:
 * findings arrive sorted by field order and start.
 */
export function capPerParagraph<T extends { field: string; line: number }>(findings: readonly T[], cap = SHOWN_PER_PARAGRAPH): { shown: T[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const shown: T[] = [];
  const hidden = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.field}\u0000${f.line}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= cap) shown.push(f);
    else hidden.set(key, (hidden.get(key) ?? 0) + 1);
  }
  return { shown, hidden };
}

/** Above this many lines, the copy of the body shows only lines near a finding. */
const LONG_BODY_LINES = 400;
const CONTEXT_LINES = 2;

const more = (n: number, locale: Locale = 'zh-CN') => complianceT(locale)('more', { n });

/**
 * The body, line by line, with each finding's span in a <mark>; numbered like the list below.
 * Findings are indexed by position (sorted by start, swept with the lines) so the work grows with
 * the text plus the findings, not with their product.
 */
function Mirror({ body, findings, hidden, idPrefix, locale }: { body: string; findings: { f: GateFinding; n: number }[]; hidden: Map<string, number>; idPrefix: string; locale: Locale }) {
  const t = complianceT(locale);
  const cl = contentLang(locale);
  const sorted = [...findings].sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end);
  const lines: ComponentChildren[] = [];
  let next = 0;
  let open: { f: GateFinding; n: number }[] = [];
  let lineStart = 0;
  const all = body.split('\n');
  // A long body shows only the lines near a finding; runs of unmarked lines become one "…" line, so
  // the copy grows with the findings shown, not with the text (66,000 one-line paragraphs otherwise
  // render 66,000 list items on every keystroke).
  const marked = all.length > LONG_BODY_LINES ? new Set<number>() : undefined;
  if (marked) {
    let ls = 0;
    let k = 0;
    all.forEach((line, i) => {
      const le = ls + line.length;
      while (k < sorted.length && sorted[k]!.f.end <= ls) k++;
      for (let j = k; j < sorted.length && sorted[j]!.f.start < le + 1; j++) {
        if (sorted[j]!.f.end > ls) {
          for (let d = -CONTEXT_LINES; d <= CONTEXT_LINES; d++) marked.add(i + d);
          break;
        }
      }
      ls = le + 1;
    });
  }
  let skipped = 0;
  const flushSkipped = (i: number) => {
    if (skipped) lines.push(<li value={i - skipped + 1} class="compliance-skip">{complianceT(locale)('skip', { n: skipped })}</li>);
    skipped = 0;
  };
  all.forEach((line, i) => {
    const ls = lineStart;
    const le = ls + line.length;
    lineStart = le + 1;
    while (next < sorted.length && sorted[next]!.f.start < le + 1) open.push(sorted[next++]!);
    if (open.length && open.some(({ f }) => f.end <= ls)) open = open.filter(({ f }) => f.end > ls);
    if (marked && !marked.has(i)) {
      skipped++;
      return;
    }
    flushSkipped(i);
    if (!line.trim()) return;
    // At most SHOWN_PER_PARAGRAPH findings here (the cap is applied before), so the cuts below are bounded.
    const here = open.filter(({ f }) => f.start < le && f.end > ls);
    const cuts = new Set<number>([ls, le]);
    for (const { f } of here) {
      cuts.add(Math.max(ls, f.start));
      cuts.add(Math.min(le, f.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: ComponentChildren[] = [];
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      const cover = here.filter(({ f }) => f.start <= a && f.end >= b);
      const text = body.slice(a, b);
      if (!cover.length) parts.push(text);
      else {
        const top = cover.reduce((x, y) => (RANK[y.f.severity] > RANK[x.f.severity] ? y : x));
        parts.push(
          <mark class={`compliance-mark ${top.f.severity}`} data-rule={cover.map((c) => c.f.rule).join(' ')} title={locale === 'zh-CN' ? `${LEVEL[top.f.severity]}：${top.f.message}` : `${level(locale, top.f.severity)}: ${top.f.message}`}>
            <u>{text}</u>
          </mark>,
        );
      }
      for (const { f, n } of here) {
        if (f.end === b) parts.push(<sup><a href={`#${idPrefix}-${n}`}>{n}</a></sup>);
      }
    }
    const hiddenHere = hidden.get(`body\u0000${i + 1}`);
    if (hiddenHere) {
      parts.push(
        <span class="compliance-more" lang={locale === 'zh-CN' ? undefined : locale}>
          {t('paren.open')}
          {more(hiddenHere, locale)}
          {t('paren.close')}
        </span>,
      );
    }
    lines.push(
      <li value={i + 1} lang={cl}>
        {parts}
      </li>,
    );
  });
  flushSkipped(all.length);
  return <ol class="compliance-mirror">{lines}</ol>;
}

function FindingText({ f, locale }: { f: GateFinding; locale: Locale }) {
  const t = complianceT(locale);
  return (
    <>
      <strong>{level(locale, f.severity)}</strong> · <FieldName f={f} locale={locale} />
      {t('line', { line: f.line })}
      {t('quote.open')}
      <mark class={`compliance-mark ${f.severity}`} lang={contentLang(locale)}>
        {f.text}
      </mark>
      {t('quote.close')}
      <ZhData locale={locale}>{f.message}</ZhData>
      <br />
      <span class="compliance-basis">
        {t('basis')}
        <ZhData locale={locale}>{f.basis}</ZhData>
      </span>
      <br />
      <span class="compliance-suggestion">
        {t('suggestion')}
        <ZhData locale={locale}>{f.suggestion}</ZhData>
      </span>
    </>
  );
}

export function ComplianceLive({ review, bodyMd, tooLong, locale = 'zh-CN' }: { review: ComplianceReview; bodyMd: string; tooLong?: string | undefined; locale?: Locale }) {
  const t = complianceT(locale);
  if (tooLong) {
    return (
      <div id="compliance-live" class="compliance-live" data-errors="0">
        <p id="compliance-summary" class="help" role="alert">
          <strong>{t('live.heading')}</strong> {tooLong}
        </p>
      </div>
    );
  }
  const { shown, hidden } = capPerParagraph(review.findings);
  const numbered = shown.map((f, i) => ({ f, n: i + 1 }));
  const inBody = numbered.filter(({ f }) => f.field === 'body');
  // After the last shown finding of a paragraph, a line saying how many more it has.
  const lastOfParagraph = new Map<string, number>();
  numbered.forEach(({ f, n }) => lastOfParagraph.set(`${f.field}\u0000${f.line}`, n));
  return (
    <div id="compliance-live" class="compliance-live" data-errors={String(review.findings.filter((f) => f.severity === 'error' && !settled(f)).length)}>
      <p id="compliance-summary" class="help">
        <strong>{t('live.heading')}</strong> {summary(review, locale)}
        {locale === 'zh-CN' ? '' : ' '}
        {t('live.note')}
      </p>
      {inBody.length ? (
        <>
          <p class="help">{t('live.mirror')}</p>
          <Mirror body={bodyMd} findings={inBody} hidden={hidden} idPrefix="cp-live" locale={locale} />
        </>
      ) : null}
      {numbered.length ? (
        <ol class="compliance-findings">
          {numbered.map(({ f, n }) => {
            const key = `${f.field}\u0000${f.line}`;
            const rest = lastOfParagraph.get(key) === n ? hidden.get(key) : undefined;
            return (
              <>
                <li id={`cp-live-${n}`} value={n} data-rule={f.rule} data-severity={f.severity}>
                  <FindingText f={f} locale={locale} />
                  {f.accepted ? <AcceptedLive f={f} locale={locale} /> : null}
                </li>
                {rest ? (
                  <li class="compliance-more">
                    <FieldName f={f} locale={locale} />
                    {t('line', { line: f.line })}
                    {more(rest, locale)}
                  </li>
                ) : null}
              </>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}

/** An acceptance, after the finding: the name and reason are data. */
function AcceptedLive({ f, locale }: { f: GateFinding; locale: Locale }) {
  const t = complianceT(locale);
  const [pre, post] = t(settled(f) ? 'live.accepted' : 'live.acceptedByEditor', { name: '\u0000' }).split('\u0000');
  return (
    <>
      {t('paren.open')}
      {pre}
      <ZhData locale={locale}>{f.accepted!.userName}</ZhData>
      {post}
      <ZhData locale={locale}>{f.accepted!.reason}</ZhData>
      {settled(f) ? '' : t('live.needsAdmin')}
      {t('paren.close')}
    </>
  );
}

/** "… by {name} on {at}. Reason: " with the name marked as data. */
function ByName({ text, name, locale }: { text: string; name: string; locale: Locale }) {
  const [pre, post] = text.split('\u0000');
  return (
    <>
      {pre}
      <ZhData locale={locale}>{name}</ZhData>
      {post}
    </>
  );
}

export function ComplianceGate({
  locale = 'zh-CN',
  csrf,
  articleId,
  review,
  status,
  canAccept,
  canOverride,
  fmt,
}: {
  locale?: Locale;
  csrf: string;
  articleId: number;
  review: ComplianceReview;
  status: string;
  canAccept: boolean;
  canOverride: boolean;
  fmt: (iso: string | null) => string;
}) {
  const { shown, hidden } = capPerParagraph(review.findings.filter((f) => f.severity !== 'info'));
  const hiddenCount = [...hidden.values()].reduce((a, b) => a + b, 0);
  const t = complianceT(locale);
  const mark = '\u0000';
  return (
    <section class="review compliance-gate" id="compliance" aria-labelledby="compliance-title">
      <h2 id="compliance-title">{t('gate.title')}</h2>
      {review.blocked ? (
        <p class="flash error">{t('gate.blocked', { n: review.unresolved.length })}</p>
      ) : review.override ? (
        <p>
          <ByName text={t('gate.override', { name: mark, at: fmt(review.override.createdAt) })} name={review.override.userName} locale={locale} />
          <ZhData locale={locale}>{review.override.reason}</ZhData>
        </p>
      ) : (
        <p>{t('gate.clear', { warnings: shown.length ? t('gate.warnings', { n: review.findings.filter((f) => f.severity === 'warning' && !f.accepted).length }) : '' })}</p>
      )}
      {hiddenCount ? <p class="compliance-more">{t('gate.hidden', { n: hiddenCount })}</p> : null}
      {shown.length ? (
        <ol class="compliance-findings">
          {shown.map((f, i) => (
            <li id={`cp-gate-${i + 1}`} data-rule={f.rule} data-severity={f.severity}>
              <FindingText f={f} locale={locale} />
              {f.accepted ? (
                <p>
                  <ByName text={t(settled(f) ? 'gate.accepted' : 'gate.acceptedByEditor', { name: mark, at: fmt(f.accepted.acceptedAt) })} name={f.accepted.userName} locale={locale} />
                  <ZhData locale={locale}>{f.accepted.reason}</ZhData>
                  {settled(f) ? '' : t('gate.needsAdmin')}
                </p>
              ) : null}
              {(!f.accepted && canAccept) || (f.accepted && !settled(f) && canOverride) ? (
                <form method="post" action={`/staff/articles/${articleId}/compliance/accept`} class="inline-form">
                  <Csrf token={csrf} />
                  <input type="hidden" name="key" value={f.key} />
                  <label for={`accept-reason-${i + 1}`}>{t('gate.reason')}</label>
                  <input id={`accept-reason-${i + 1}`} name="reason" type="text" maxLength={500} />
                  <button type="submit" class="button secondary">
                    {canOverride ? t('gate.acceptAdmin') : t('gate.accept')}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {review.blocked && canOverride && status === 'approved' ? (
        <form method="post" action={`/staff/articles/${articleId}/compliance/override`} class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="override-reason">{t('gate.overrideReason')}</label>
          <textarea id="override-reason" name="reason" maxLength={500}></textarea>
          <button type="submit">{t('gate.overrideSubmit')}</button>
        </form>
      ) : null}
    </section>
  );
}
