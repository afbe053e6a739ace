import type { PageContext } from '../web/context.js';
import { describedBy, ErrorSummary, ErrorText, type FieldError } from '../web/form-errors.js';
import { Layout } from '../web/layout.js';
import type { SessionRow } from './booking.repository.js';
import { SessionFacts } from './booking.views.js';
import { holdText } from './hold.i18n.js';

/** The mobile-proof step: where the code went, how long the place is held, the code field. */
export function HoldPage({
  ctx,
  session,
  action,
  masked,
  until,
  minutes,
  base,
  errors = [],
}: {
  ctx: PageContext;
  session: SessionRow;
  action: 'book' | 'waitlist';
  masked: string;
  until: string;
  minutes: number;
  base: string;
  errors?: FieldError[];
}) {
  const h = holdText(ctx.locale);
  return (
    <Layout ctx={ctx} title={h.title} description={h.title} noindex>
      <h1>{h.title}</h1>
      <p class="lead" role="status">
        {action === 'book' ? h.lead({ masked, until, minutes }) : h.leadWaitlist({ masked, until })}
      </p>
      <ErrorSummary title={h.errCodeFormat} errors={errors} />
      <SessionFacts ctx={ctx} s={session} />
      <form method="post" action={base} class="staff-form narrow">
        <label for="f-code">{h.code}</label>
        <p class="help" id="h-code">
          {h.codeHelp}
        </p>
        <input
          id="f-code"
          name="code"
          type="text"
          value=""
          required
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={10}
          aria-invalid={errors.length ? 'true' : undefined}
          aria-describedby={describedBy('code', errors, 'h-code')}
        />
        <ErrorText id="code" errors={errors} />
        <div class="button-row">
          <button type="submit">{action === 'book' ? h.confirm : h.confirmWaitlist}</button>
        </div>
      </form>
      <p>{h.callUs({ phone: ctx.site.phone })}</p>
    </Layout>
  );
}

/** A hold that ended (expired, too many wrong codes) or a refused request: why, and the way back. */
export function HoldMessagePage({ ctx, message, againHref }: { ctx: PageContext; message: string; againHref: string }) {
  const h = holdText(ctx.locale);
  return (
    <Layout ctx={ctx} title={h.title} description={h.title} noindex>
      <h1>{h.title}</h1>
      <p class="notice" role="alert">
        {message}
      </p>
      <p>{h.callUs({ phone: ctx.site.phone })}</p>
      <p>
        <a href={againHref}>{h.again}</a>
      </p>
    </Layout>
  );
}
