import type { ComponentChildren } from 'preact';
import type { Block } from './blocks.js';
import { ArticleBody } from './content.views.js';
import { renderBody } from '../web/markdown.js';
import { BLOCK_LABELS, BLOCK_TYPES, type ArticleDraft, type BlockDraft } from './article-form.js';
import { Csrf } from '../staff/staff.layout.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { articlesT, type ArticlesKey } from './articles.admin.i18n.js';

const statusKey = (s: string) => `status.${s}` as ArticlesKey;
const docKey = (d: string) => `doc.${d}` as ArticlesKey;
const blockKey = (b: string) => `block.${b}` as ArticlesKey;

const zhT = articlesT('zh-CN');
export const STATUS_LABELS: Record<string, string> = Object.fromEntries(['draft', 'in_review', 'approved', 'published', 'archived'].map((s) => [s, zhT(statusKey(s))]));
export const DOC_TYPES: [string, string][] = ['kepu', 'institution', 'ad', 'case'].map((d) => [d, zhT(docKey(d))]);
/** A status's name in the staff member's language. */
export const statusLabel = (locale: Locale, status: string) => (status in STATUS_LABELS ? articlesT(locale)(statusKey(status)) : status);
/** A document type's name in the staff member's language. */
export const docTypeLabel = (locale: Locale, docType: string) => (DOC_TYPES.some(([v]) => v === docType) ? articlesT(locale)(docKey(docType)) : undefined);

/** A library image offered for insertion (src/media). */
export interface MediaChoice {
  id: number;
  name: string;
  alt: string;
  thumb: string;
}

/** What the insert-image part of the form shows again after a refused insertion. */
export interface InsertState {
  mediaId?: string;
  alt?: string;
  error?: string;
}

/**
 * Images from the library, put into the body with alt text given here (required: without it
 * nothing is inserted). Without JavaScript the button posts the form and the server appends the
 * image to the body, unsaved, like the block buttons; the island (image-insert.island.ts) inserts
 * at the cursor instead and adds dragging and pasting image files into the body.
 */
function ImageInsert({ media, insert = {}, locale }: { media: MediaChoice[]; insert?: InsertState; locale: Locale }) {
  const t = articlesT(locale);
  const cl = contentLang(locale);
  return (
    <fieldset id="image-insert" class="image-insert" aria-describedby="insert-help">
      <legend>{t('form.insert.legend')}</legend>
      <p class="help" id="insert-help">
        {t('form.insert.help1')}
        <a href="/staff/media">{t('form.insert.helpLink')}</a>
        {t('form.insert.help2')}
      </p>
      <p class="field-error" id="insert-error" role="alert">
        {insert.error ?? ''}
      </p>
      {media.length ? (
        <div class="media-choices" role="radiogroup" aria-label={t('form.insert.group')}>
          {media.map((m) => (
            <label class="media-choice">
              <input type="radio" name="insert_media" value={String(m.id)} checked={insert.mediaId === String(m.id)} data-alt={m.alt} />
              <img src={m.thumb} alt="" width="96" height="64" loading="lazy" decoding="async" />
              <span lang={cl}>{m.alt || m.name}</span>
            </label>
          ))}
        </div>
      ) : (
        <p class="hint">{t('form.insert.none')}</p>
      )}
      <label for="insert_alt">{t('form.insert.alt')}</label>
      <input id="insert_alt" name="insert_alt" type="text" maxLength={300} value={insert.alt ?? ''} aria-describedby="insert-error" lang={cl} />
      <div class="button-row">
        <button type="submit" name="action" value="insert_image" class="button secondary" id="insert-button">
          {t('form.insert.button')}
        </button>
      </div>
      <p id="insert-status" class="sr-only" role="status"></p>
    </fieldset>
  );
}

export interface Option {
  id: number;
  name: string;
}

function FieldError({ errors, name }: { errors: Record<string, string>; name: string }) {
  return errors[name] ? (
    <p class="field-error" id={`${name}-error`}>
      {errors[name]}
    </p>
  ) : null;
}

function described(errors: Record<string, string>, name: string) {
  return errors[name] ? { 'aria-describedby': `${name}-error`, 'aria-invalid': 'true' as const } : {};
}

function BlockFields({ b, i, errors, locale }: { b: BlockDraft; i: number; errors: Record<string, string>; locale: Locale }) {
  const p = `b${i}`;
  const t = articlesT(locale);
  const cl = contentLang(locale);
  return (
    <fieldset aria-describedby={errors[p] ? `${p}-error` : undefined}>
      <legend>
        {locale === 'zh-CN' ? BLOCK_LABELS[b.type] : t(blockKey(b.type))}{locale === 'zh-CN' ? '（' : ' ('}{b.id}{locale === 'zh-CN' ? '）' : ')'}
      </legend>
      <p class="help">
        {t('form.block.help1')}<code>{`{{block:${b.id}}}`}</code>{t('form.block.help2')}
      </p>
      <FieldError errors={errors} name={p} />
      <input type="hidden" name={`${p}_type`} value={b.type} />
      <input type="hidden" name={`${p}_id`} value={b.id} />
      <label for={`${p}_title`}>{t('form.block.title')}</label>
      <input id={`${p}_title`} name={`${p}_title`} type="text" value={b.title} maxLength={80} lang={cl} />
      {b.type === 'keyFacts' ? (
        <>
          <label for={`${p}_columns`}>{t('form.block.columns')}</label>
          <input id={`${p}_columns`} name={`${p}_columns`} type="text" value={b.columns} placeholder={t('form.block.columnsPlaceholder')} lang={cl} />
          <label for={`${p}_rows`}>{t('form.block.rows')}</label>
          <textarea id={`${p}_rows`} name={`${p}_rows`} lang={cl}>{b.rows}</textarea>
        </>
      ) : null}
      {b.type === 'contraindications' ? (
        <>
          <label for={`${p}_intro`}>{t('form.block.intro')}</label>
          <input id={`${p}_intro`} name={`${p}_intro`} type="text" value={b.intro} lang={cl} />
        </>
      ) : null}
      {b.type === 'tips' || b.type === 'contraindications' ? (
        <>
          <label for={`${p}_items`}>{t('form.block.items')}</label>
          <textarea id={`${p}_items`} name={`${p}_items`} lang={cl}>{b.items}</textarea>
        </>
      ) : null}
      {b.type === 'faq' ? (
        <>
          <label for={`${p}_faq`}>{t('form.block.faq')}</label>
          <textarea id={`${p}_faq`} name={`${p}_faq`} lang={cl}>{b.faq}</textarea>
        </>
      ) : null}
      <label>
        <input type="checkbox" name={`${p}_remove`} />{t('form.block.remove')}
      </label>
    </fieldset>
  );
}

export function EditorForm({
  csrf,
  action,
  draft,
  errors,
  categories,
  doctors,
  slugLocked,
  compliance,
  complianceUrl,
  media,
  insert,
  locale = 'zh-CN',
}: {
  locale?: Locale;
  csrf: string;
  action: string;
  draft: ArticleDraft;
  errors: Record<string, string>;
  categories: Option[];
  doctors: Option[];
  slugLocked: boolean;
  /** Compliance findings for the body, under the textarea (src/compliance/compliance.admin.views.tsx). */
  compliance?: ComponentChildren;
  complianceUrl?: string;
  /** Library images offered for insertion; the insert part is left out when not given. */
  media?: MediaChoice[];
  insert?: InsertState;
}) {
  const t = articlesT(locale);
  const cl = contentLang(locale);
  return (
    <form method="post" action={action} class="staff-form" id="article-editor" data-preview="/staff/articles/preview" data-compliance={complianceUrl} novalidate>
      <Csrf token={csrf} />
      {/* Enter in a text field submits with the form's first submit button: make that 保存, not 添加要点表格. */}
      <button type="submit" name="action" value="save" hidden tabIndex={-1}>
        {t('form.save')}
      </button>
      {Object.keys(errors).length ? (
        <p class="flash error" role="alert">
          {t('form.errors', { n: Object.keys(errors).length })}
        </p>
      ) : null}
      <label for="title">{t('form.title')}</label>
      <input id="title" name="title" type="text" value={draft.title} maxLength={120} required lang={cl} {...described(errors, 'title')} />
      <FieldError errors={errors} name="title" />
      <label for="summary">{t('form.summary')}</label>
      <textarea id="summary" name="summary" maxLength={300} lang={cl} {...described(errors, 'summary')}>
        {draft.summary}
      </textarea>
      <FieldError errors={errors} name="summary" />
      <label for="slug">{t('form.slug')}</label>
      <input id="slug" name="slug" type="text" value={draft.slug} readOnly={slugLocked} {...described(errors, 'slug')} />
      <p class="help">{slugLocked ? t('form.slugLocked') : t('form.slugHelp')}</p>
      <FieldError errors={errors} name="slug" />
      <label for="category_id">{t('form.category')}</label>
      <select id="category_id" name="category_id" {...described(errors, 'categoryId')}>
        {categories.map((c) => (
          <option value={String(c.id)} selected={String(c.id) === draft.categoryId} lang={cl}>
            {c.name}
          </option>
        ))}
      </select>
      <FieldError errors={errors} name="categoryId" />
      <label for="doc_type">{t('form.docType')}</label>
      <select id="doc_type" name="doc_type">
        {DOC_TYPES.map(([v, l]) => (
          <option value={v} selected={v === draft.docType}>
            {locale === 'zh-CN' ? l : t(docKey(v))}
          </option>
        ))}
      </select>
      <label for="source">{t('form.source')}</label>
      <input id="source" name="source" type="text" value={draft.source} maxLength={100} lang={cl} {...described(errors, 'source')} />
      <FieldError errors={errors} name="source" />
      <label for="author_doctor_id">{t('form.author')}</label>
      <select id="author_doctor_id" name="author_doctor_id">
        <option value="">{t('form.noAuthor')}</option>
        {doctors.map((d) => (
          <option value={String(d.id)} selected={String(d.id) === draft.authorDoctorId} lang={cl}>
            {d.name}
          </option>
        ))}
      </select>
      <label for="body_md">{t('form.body')}</label>
      <textarea id="body_md" name="body_md" class="body-md" lang={cl} {...described(errors, 'bodyMd')}>
        {draft.bodyMd}
      </textarea>
      <FieldError errors={errors} name="bodyMd" />
      {media ? <ImageInsert media={media} insert={insert} locale={locale} /> : null}
      {compliance}
      <input type="hidden" name="block_count" value={String(draft.blocks.length)} />
      {draft.blocks.map((b, i) => (
        <BlockFields b={b} i={i} errors={errors} locale={locale} />
      ))}
      <div class="button-row">
        {BLOCK_TYPES.map((bt) => (
          <button type="submit" name="action" value={`add_${bt}`} class="button secondary">
            {locale === 'zh-CN' ? `添加${BLOCK_LABELS[bt]}` : t('form.add', { block: t(blockKey(bt)) })}
          </button>
        ))}
      </div>
      <div class="button-row">
        <button type="submit" name="action" value="save">
          {t('form.save')}
        </button>
        <button type="submit" name="action" value="preview" class="button secondary">
          {t('form.preview')}
        </button>
      </div>
    </form>
  );
}

export function Preview({ bodyMd, blocks, locale = 'zh-CN' }: { bodyMd: string; blocks: Block[]; locale?: Locale }) {
  const { parts } = renderBody(bodyMd);
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{articlesT(locale)('preview.title')}</h2>
      <p id="preview-status" class="sr-only" role="status"></p>
      <div id="preview-body" lang={contentLang(locale)}>
        <ArticleBody parts={parts} blocks={blocks} />
      </div>
    </section>
  );
}
