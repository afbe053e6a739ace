import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import type { HeldConsent } from '../personal-data/personal-data.js';
import { privacyText } from './privacy.i18n.js';
import type { Held } from './privacy.service.js';
import { ErrorSummary, type FieldError } from '../web/form-errors.js';

function Page({ ctx, title, children, crumbs }: { ctx: PageContext; title: string; children: ComponentChildren; crumbs?: { name: string; path?: string }[] }) {
  const p = privacyText(ctx.locale);
  return (
    <Layout ctx={ctx} title={title} description={p.intro} noindex crumbs={crumbs ?? [{ name: p.title }]}>
      <h1>{title}</h1>
      {children}
    </Layout>
  );
}


function Field(props: { id: string; label: string; help: string; value: string; errors: FieldError[]; inputMode: 'tel' | 'numeric'; autocomplete: string; maxLength: number }) {
  const e = props.errors.find((x) => x.field === props.id);
  return (
    <>
      <label for={`f-${props.id}`}>{props.label}</label>
      <p class="help" id={`h-${props.id}`}>
        {props.help}
      </p>
      <input
        id={`f-${props.id}`}
        name={props.id}
        type="text"
        value={props.value}
        required
        inputMode={props.inputMode}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        aria-invalid={e ? 'true' : undefined}
        aria-describedby={[`h-${props.id}`, e ? `err-${props.id}` : ''].filter(Boolean).join(' ')}
      />
      {e ? (
        <p class="field-error" id={`err-${props.id}`}>
          {e.message}
        </p>
      ) : null}
    </>
  );
}

/** GET /my-data: the rights in plain words, and the form that sends a code. */
export function StartPage({ ctx, csrf, mobile = '', errors = [], flash, ttl }: { ctx: PageContext; csrf: string; mobile?: string; errors?: FieldError[]; flash?: string; ttl: number }) {
  const p = privacyText(ctx.locale);
  return (
    <Page ctx={ctx} title={p.title}>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <p class="lead">{p.intro}</p>
      <p>{p.whatWeFind}</p>
      <ul>
        {p.rights.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      <p>{p.howProve({ ttl })}</p>
      <ErrorSummary title={privacyText(ctx.locale).errSummary} errors={errors} />
      <form method="post" action={`${ctx.prefix}/my-data/code`} class="staff-form narrow">
        <input type="hidden" name="_csrf" value={csrf} />
        <fieldset>
          <legend>{p.formLegend}</legend>
          <Field id="mobile" label={p.mobile} help={p.mobileHelp} value={mobile} errors={errors} inputMode="tel" autocomplete="tel-national" maxLength={40} />
        </fieldset>
        <div class="button-row">
          <button type="submit">{p.sendCode}</button>
        </div>
      </form>
    </Page>
  );
}

/** After a code was (or would have been) sent: the same page for known and unknown numbers. */
export function CodePage({ ctx, csrf, mobile, masked, errors = [], ttl }: { ctx: PageContext; csrf: string; mobile: string; masked: string; errors?: FieldError[]; ttl: number }) {
  const p = privacyText(ctx.locale);
  return (
    <Page ctx={ctx} title={p.codeTitle} crumbs={[{ name: p.title, path: '/my-data' }, { name: p.codeTitle }]}>
      <p role="status">{p.codeSent({ masked, ttl })}</p>
      <ErrorSummary title={privacyText(ctx.locale).errSummary} errors={errors} />
      <form method="post" action={`${ctx.prefix}/my-data/verify`} class="staff-form narrow">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="mobile" value={mobile} />
        <fieldset>
          <legend>{p.formLegend}</legend>
          <Field id="code" label={p.code} help={p.codeHelp} value="" errors={errors} inputMode="numeric" autocomplete="one-time-code" maxLength={10} />
        </fieldset>
        <div class="button-row">
          <button type="submit">{p.verify}</button>
          <a href={`${ctx.prefix}/my-data`}>{p.newCode}</a>
        </div>
      </form>
    </Page>
  );
}

/** A refusal page (429 limits, a failed text) with the way back. */
export function MessagePage({ ctx, title, message }: { ctx: PageContext; title: string; message: string }) {
  const p = privacyText(ctx.locale);
  return (
    <Page ctx={ctx} title={title} crumbs={[{ name: p.title, path: '/my-data' }, { name: title }]}>
      <p class="notice" role="alert">
        {message}
      </p>
      <p>{p.callUs({ phone: ctx.site.phone })}</p>
      <p>
        <a href={`${ctx.prefix}/my-data`}>{p.back}</a>
      </p>
    </Page>
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A value as words: known codes translated, instants on the clinic's clock, nested JSON as it is downloaded. */
// Only these fields hold codes; everything else (a name, a reason) is the person's own words, shown as typed.
const CODED = new Set(['kind', 'period', 'status', 'visitType', 'source', 'sex']);

function show(ctx: PageContext, key: string, value: unknown, formatAt: (iso: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  const s = String(value);
  if (INSTANT.test(s)) return formatAt(s);
  return CODED.has(key) ? (privacyText(ctx.locale).value[s] ?? s) : s;
}

/** One held item as label/value pairs: sources export plain JSON, shown as it will be downloaded. */
function Item({ ctx, item, formatAt }: { ctx: PageContext; item: unknown; formatAt: (iso: string) => string }) {
  const labels = privacyText(ctx.locale).field;
  const entries = item && typeof item === 'object' ? Object.entries(item as Record<string, unknown>) : [['', item] as const];
  return (
    <dl class="facts">
      {entries.map(([k, v]) => (
        <>
          <dt>{labels[k] ?? k}</dt>
          <dd>{show(ctx, k, v, formatAt)}</dd>
        </>
      ))}
    </dl>
  );
}

function ConsentItem({ ctx, csrf, c, formatAt }: { ctx: PageContext; csrf: string; c: HeldConsent; formatAt: (iso: string) => string }) {
  const p = privacyText(ctx.locale);
  const canWithdraw = !c.withdrawnAt && c.withdrawable !== false;
  return (
    <li>
      <p class="card-title">{c.label}</p>
      <p class="hint">
        {p.givenAt({ at: formatAt(c.givenAt) })}
        {c.withdrawnAt ? ` · ${p.withdrawnAt({ at: formatAt(c.withdrawnAt) })}` : ''}
      </p>
      {c.effect && !c.withdrawnAt ? <p>{c.effect}</p> : null}
      {canWithdraw ? (
        <form method="post" action={`${ctx.prefix}/my-data/consents/withdraw`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="source" value={c.source} />
          <input type="hidden" name="id" value={c.id} />
          <button type="submit" class="button secondary">
            {p.withdraw}
          </button>
        </form>
      ) : null}
    </li>
  );
}

export interface OverviewProps {
  ctx: PageContext;
  csrf: string;
  masked: string;
  held: Held;
  pendingSince?: string;
  flash?: string;
  minutes: number;
  formatAt: (iso: string) => string;
}

export function OverviewPage({ ctx, csrf, masked, held, pendingSince, flash, minutes, formatAt }: OverviewProps) {
  const p = privacyText(ctx.locale);
  return (
    <Page ctx={ctx} title={p.overviewTitle} crumbs={[{ name: p.title, path: '/my-data' }, { name: p.overviewTitle }]}>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <p>{p.verifiedAs({ masked, min: minutes })}</p>
      {held.sources.map((s) => (
        <section aria-labelledby={`src-${s.name}`}>
          <h2 id={`src-${s.name}`}>
            {p.sourceName[s.name] ?? s.name} <span class="hint">({p.items({ n: s.items.length })})</span>
          </h2>
          {s.items.length ? (
            <ul class="article-list">
              {s.items.map((item) => (
                <li>
                  <Item ctx={ctx} item={item} formatAt={formatAt} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">{p.none}</p>
          )}
        </section>
      ))}
      <section aria-labelledby="consents">
        <h2 id="consents">{p.consentsTitle}</h2>
        {held.consents.length ? (
          <ul class="article-list">
            {held.consents.map((c) => (
              <ConsentItem ctx={ctx} csrf={csrf} c={c} formatAt={formatAt} />
            ))}
          </ul>
        ) : (
          <p class="hint">{p.noConsents}</p>
        )}
      </section>
      <section aria-labelledby="export">
        <h2 id="export">{p.exportTitle}</h2>
        <p>{p.exportText}</p>
        <p>
          <a class="button" href={`${ctx.prefix}/my-data/export.json`} download>
            {p.exportLink}
          </a>
        </p>
      </section>
      <section aria-labelledby="erasure">
        <h2 id="erasure">{p.erasureTitle}</h2>
        {pendingSince ? (
          <p class="notice">{p.erasurePending({ at: formatAt(pendingSince) })}</p>
        ) : (
          <>
            <p>{p.erasureText}</p>
            <p>
              <a class="button secondary" href={`${ctx.prefix}/my-data/erasure`}>
                {p.erasureLink}
              </a>
            </p>
          </>
        )}
      </section>
      <form method="post" action={`${ctx.prefix}/my-data/signout`} class="inline-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="button secondary">
          {p.signOut}
        </button>
      </form>
    </Page>
  );
}

export function ErasureConfirmPage({ ctx, csrf, error }: { ctx: PageContext; csrf: string; error?: string }) {
  const p = privacyText(ctx.locale);
  return (
    <Page ctx={ctx} title={p.confirmTitle} crumbs={[{ name: p.title, path: '/my-data' }, { name: p.overviewTitle, path: '/my-data/overview' }, { name: p.confirmTitle }]}>
      <p>{p.erasureText}</p>
      {error ? <ErrorSummary title={privacyText(ctx.locale).errSummary} errors={[{ field: 'confirm', message: error }]} /> : null}
      <form method="post" action={`${ctx.prefix}/my-data/erasure`} class="staff-form narrow">
        <input type="hidden" name="_csrf" value={csrf} />
        <fieldset>
          <legend>{p.confirmLegend}</legend>
          <label>
            <input id="f-confirm" type="checkbox" name="confirm" value="1" required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'err-confirm' : undefined} /> {p.confirmCheck}
          </label>
          {error ? (
            <p class="field-error" id="err-confirm">
              {error}
            </p>
          ) : null}
        </fieldset>
        <div class="button-row">
          <button type="submit">{p.confirmSubmit}</button>
          <a href={`${ctx.prefix}/my-data/overview`}>{p.back}</a>
        </div>
      </form>
    </Page>
  );
}
