import { Csrf } from '../staff/staff.layout.js';
import type { ScreeningQuestionRow, ServiceRow } from './booking.tables.js';
import { parseOptions } from './screening.js';
import { MAX_CHOICES } from './services.service.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { servicesT } from './services.admin.i18n.js';

// Back-office views of services and their screening questions, in the staff member's language.
// Service names and question texts are data (entered by admins): marked lang="zh-CN" on English pages.

const FLASH_CODES = ['serviceSaved', 'serviceCreated', 'serviceRetired', 'serviceRestored', 'questionSaved', 'questionAdded', 'questionRetired', 'questionRestored', 'moved'] as const;

export function Flash({ code, locale }: { code: unknown; locale: Locale }) {
  const text = typeof code === 'string' && (FLASH_CODES as readonly string[]).includes(code) ? servicesT(locale)(`flash.${code as (typeof FLASH_CODES)[number]}`) : undefined;
  return text ? (
    <p class="flash ok" role="status">
      {text}
    </p>
  ) : null;
}

function MoveButtons({ action, label, csrf, first, last, locale }: { action: string; label: string; csrf: string; first: boolean; last: boolean; locale: Locale }) {
  const t = servicesT(locale);
  return (
    <>
      {!first ? (
        <form method="post" action={action} class="inline-form">
          <Csrf token={csrf} />
          <input type="hidden" name="dir" value="up" />
          <button type="submit" class="button secondary" aria-label={t('action', { action: t('up'), label })}>
            {t('up')}
          </button>
        </form>
      ) : null}
      {!last ? (
        <form method="post" action={action} class="inline-form">
          <Csrf token={csrf} />
          <input type="hidden" name="dir" value="down" />
          <button type="submit" class="button secondary" aria-label={t('action', { action: t('down'), label })}>
            {t('down')}
          </button>
        </form>
      ) : null}
    </>
  );
}

function Toggle({ action, label, csrf, text, locale }: { action: string; label: string; csrf: string; text: string; locale: Locale }) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={csrf} />
      <button type="submit" class="button secondary" aria-label={servicesT(locale)('action', { action: text, label })}>
        {text}
      </button>
    </form>
  );
}

export function ServiceList({ services, doctors, questions, csrf, locale }: { services: ServiceRow[]; doctors: Map<number, number[]>; questions: Map<number, number>; csrf: string; locale: Locale }) {
  const active = services.filter((s) => s.active);
  const t = servicesT(locale);
  // The buttons name a service by its code on English pages: its name is Chinese data.
  const labelOf = (s: ServiceRow) => (locale === 'en' ? s.key : s.name_zh);
  return (
    <>
      <p>{t('list.intro')}</p>
      <p>
        <a class="button" href="/staff/services/new">
          {t('list.new')}
        </a>
      </p>
      <table class="staff-table">
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.key')}</th>
            <th scope="col">{t('col.duration')}</th>
            <th scope="col">{t('col.doctors')}</th>
            <th scope="col">{t('col.questions')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const i = active.indexOf(s);
            return (
              <tr>
                <th scope="row">
                  <a href={`/staff/services/${s.id}`} lang={contentLang(locale)}>
                    {s.name_zh}
                  </a>
                  {s.name_en ? <span class="meta"> {s.name_en}</span> : null}
                </th>
                <td>
                  <code>{s.key}</code>
                </td>
                <td>{t('minutes', { n: s.duration_minutes })}</td>
                <td>{t('doctors', { n: doctors.get(s.id)?.length ?? 0 })}</td>
                <td>{t('questions', { n: questions.get(s.id) ?? 0 })}</td>
                <td>{s.active ? t('active') : t('retired')}</td>
                <td>
                  {s.active ? <MoveButtons action={`/staff/services/${s.id}/move`} label={labelOf(s)} csrf={csrf} first={i === 0} last={i === active.length - 1} locale={locale} /> : null}
                  <Toggle action={`/staff/services/${s.id}/${s.active ? 'retire' : 'restore'}`} label={labelOf(s)} csrf={csrf} text={s.active ? t('retire') : t('restore')} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function ServiceForm({
  service,
  values,
  doctors,
  offered,
  csrf,
  locale,
}: {
  service?: ServiceRow | undefined;
  values: Record<string, string>;
  doctors: { id: number; name: string; title: string }[];
  offered: Set<number>;
  csrf: string;
  locale: Locale;
}) {
  const v = (k: string, d = '') => values[k] ?? d;
  const t = servicesT(locale);
  const lang = contentLang(locale);
  return (
    <form method="post" action={service ? `/staff/services/${service.id}` : '/staff/services'} class="staff-form narrow" aria-labelledby="service-form-title">
      <h2 id="service-form-title">{service ? t('form.info') : t('form.new')}</h2>
      <Csrf token={csrf} />
      {service ? (
        <p class="hint">
          {t('form.keyFixed')}
          <code>{service.key}</code>
          {t('form.keyFixedNote')}
        </p>
      ) : (
        <>
          <label for="s-key">{t('form.key')}</label>
          <p class="help" id="h-key">
            {t('form.keyHelp')}
          </p>
          <input id="s-key" name="key" type="text" value={v('key')} required maxLength={40} pattern="[a-z][a-z0-9_\-]{1,39}" aria-describedby="h-key" />
        </>
      )}
      <label for="s-name-zh">{t('form.nameZh')}</label>
      <input id="s-name-zh" name="name_zh" type="text" value={v('name_zh', service?.name_zh ?? '')} required maxLength={30} lang={lang} />
      <label for="s-name-en">{t('form.nameEn')}</label>
      <input id="s-name-en" name="name_en" type="text" value={v('name_en', service?.name_en ?? '')} maxLength={60} lang="en" />
      <label for="s-duration">{t('form.duration')}</label>
      <input id="s-duration" name="duration_minutes" type="number" min="5" max="480" value={v('duration_minutes', String(service?.duration_minutes ?? 15))} required />
      <label for="s-price">{t('form.price')}</label>
      <p class="help" id="h-price">
        {t('form.priceHelp')}
      </p>
      <input id="s-price" name="price_note" type="text" value={v('price_note', service?.price_note ?? '')} maxLength={100} aria-describedby="h-price" lang={lang} />
      <fieldset>
        <legend>{t('form.doctors')}</legend>
        {doctors.map((d) => (
          <div>
            <input type="checkbox" id={`s-doctor-${d.id}`} name="doctor" value={String(d.id)} checked={offered.has(d.id)} />{' '}
            <label for={`s-doctor-${d.id}`} lang={lang}>
              {d.name}（{d.title}）
            </label>
          </div>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="submit">{service ? t('form.save') : t('form.create')}</button>
        <a href="/staff/services">{t('service.back')}</a>
      </div>
    </form>
  );
}

function refusing(q: ScreeningQuestionRow): string {
  return parseOptions(q.options_json)
    .filter((o) => o.refuses)
    .map((o) => o.zh)
    .join('、');
}

export function QuestionList({ service, questions, csrf, locale }: { service: ServiceRow; questions: ScreeningQuestionRow[]; csrf: string; locale: Locale }) {
  const live = questions.filter((q) => !q.retired);
  const t = servicesT(locale);
  const lang = contentLang(locale);
  // The buttons name a question by its place on English pages: its text is Chinese data.
  const labelOf = (q: ScreeningQuestionRow) => (locale === 'en' ? t('q.rowLabel', { n: questions.indexOf(q) + 1 }) : q.text_zh);
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">{t('q.section')}</h2>
      <p class="hint">{t('q.sectionHint')}</p>
      {questions.length ? (
        <table class="staff-table">
          <caption>{locale === 'en' ? t('q.captionEn') : t('q.caption', { name: service.name_zh })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('q.col.question')}</th>
              <th scope="col">{t('q.col.kind')}</th>
              <th scope="col">{t('q.col.refusing')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => {
              const i = live.indexOf(q);
              return (
                <tr>
                  <th scope="row">
                    <a href={`/staff/services/questions/${q.id}`} lang={lang}>
                      {q.text_zh}
                    </a>
                  </th>
                  <td>{q.kind === 'yesno' ? t('q.yesno') : t('q.choice')}</td>
                  <td lang={lang}>{refusing(q) || '—'}</td>
                  <td>{q.retired ? t('retired') : t('active')}</td>
                  <td>
                    {!q.retired ? <MoveButtons action={`/staff/services/questions/${q.id}/move`} label={labelOf(q)} csrf={csrf} first={i === 0} last={i === live.length - 1} locale={locale} /> : null}
                    <Toggle action={`/staff/services/questions/${q.id}/${q.retired ? 'restore' : 'retire'}`} label={labelOf(q)} csrf={csrf} text={q.retired ? t('restore') : t('retire')} locale={locale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('q.none')}</p>
      )}
    </section>
  );
}

export function QuestionForm({ action, question, values, csrf, title, locale }: { action: string; question?: ScreeningQuestionRow | undefined; values: Record<string, string>; csrf: string; title: string; locale: Locale }) {
  const t = servicesT(locale);
  const lang = contentLang(locale);
  const options = question ? parseOptions(question.options_json) : [];
  const v = (k: string, d = '') => values[k] ?? d;
  const has = (k: string, d: boolean) => (k in values ? values[k] === '1' : d);
  const kind = v('kind', question?.kind ?? 'yesno');
  const yes = options.find((o) => o.value === 'yes');
  const no = options.find((o) => o.value === 'no');
  const choices = question?.kind === 'choice' ? options : [];
  const submitted = Object.keys(values).length > 0;
  return (
    <form method="post" action={action} class="staff-form narrow" aria-labelledby="question-form-title">
      <h2 id="question-form-title">{title}</h2>
      <Csrf token={csrf} />
      <label for="q-text-zh">{t('q.textZh')}</label>
      <p class="help" id="h-text">
        {t('q.textHelp')}
      </p>
      <input id="q-text-zh" name="text_zh" type="text" value={v('text_zh', question?.text_zh ?? '')} required maxLength={200} aria-describedby="h-text" lang={lang} />
      <label for="q-text-en">{t('q.textEn')}</label>
      <input id="q-text-en" name="text_en" type="text" value={v('text_en', question?.text_en ?? '')} maxLength={300} lang="en" />
      <label for="q-short-zh">{t('q.shortZh')}</label>
      <p class="help" id="h-short">
        {t('q.shortHelp')}
      </p>
      <input id="q-short-zh" name="short_zh" type="text" value={v('short_zh', question?.short_zh ?? '')} required maxLength={30} aria-describedby="h-short" lang={lang} />
      <label for="q-short-en">{t('q.shortEn')}</label>
      <input id="q-short-en" name="short_en" type="text" value={v('short_en', question?.short_en ?? '')} maxLength={80} lang="en" />
      <label for="q-note-zh">{t('q.noteZh')}</label>
      <p class="help" id="h-note">
        {t('q.noteHelp')}
      </p>
      <textarea id="q-note-zh" name="note_zh" rows={2} maxLength={300} aria-describedby="h-note" lang={lang}>
        {v('note_zh', question?.note_zh ?? '')}
      </textarea>
      <label for="q-note-en">{t('q.noteEn')}</label>
      <textarea id="q-note-en" name="note_en" rows={2} maxLength={500} lang="en">
        {v('note_en', question?.note_en ?? '')}
      </textarea>
      <fieldset>
        <legend>{t('q.kind')}</legend>
        <div>
          <input type="radio" id="q-kind-yesno" name="kind" value="yesno" checked={kind === 'yesno'} required /> <label for="q-kind-yesno">{t('q.kindYesno')}</label>
        </div>
        <div>
          <input type="radio" id="q-kind-choice" name="kind" value="choice" checked={kind === 'choice'} /> <label for="q-kind-choice">{t('q.kindChoice')}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('q.refuseLegend')}</legend>
        <div>
          <input type="checkbox" id="q-refuse-yes" name="refuse_yes" value="1" checked={has('refuse_yes', submitted ? false : (yes?.refuses ?? true))} /> <label for="q-refuse-yes">{t('q.refuseYes')}</label>
        </div>
        <div>
          <input type="checkbox" id="q-refuse-no" name="refuse_no" value="1" checked={has('refuse_no', submitted ? false : (no?.refuses ?? false))} /> <label for="q-refuse-no">{t('q.refuseNo')}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('q.choicesLegend', { max: MAX_CHOICES })}</legend>
        {Array.from({ length: MAX_CHOICES }, (_, k) => {
          const i = k + 1;
          const o = choices[k];
          return (
            <div class="choice-row">
              <label for={`q-opt-zh-${i}`}>{t('q.optZh', { i })}</label>
              <input id={`q-opt-zh-${i}`} name={`opt_zh_${i}`} type="text" value={v(`opt_zh_${i}`, o?.zh ?? '')} maxLength={40} lang={lang} />
              <label for={`q-opt-en-${i}`}>{t('q.optEn', { i })}</label>
              <input id={`q-opt-en-${i}`} name={`opt_en_${i}`} type="text" value={v(`opt_en_${i}`, o?.en ?? '')} maxLength={80} lang="en" />
              <div>
                <input type="checkbox" id={`q-opt-refuses-${i}`} name={`opt_refuses_${i}`} value="1" checked={has(`opt_refuses_${i}`, submitted ? false : (o?.refuses ?? false))} />{' '}
                <label for={`q-opt-refuses-${i}`}>{t('q.optRefuses')}</label>
              </div>
            </div>
          );
        })}
      </fieldset>
      <div class="button-row">
        <button type="submit">{t('q.save')}</button>
      </div>
    </form>
  );
}
