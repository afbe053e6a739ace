import type { ComponentChildren } from 'preact';
import type { Block } from './blocks.js';
import { ArticleBody } from './content.views.js';
import { renderBody } from '../web/markdown.js';
import { BLOCK_LABELS, BLOCK_TYPES, type ArticleDraft, type BlockDraft } from './article-form.js';
import { Csrf } from '../staff/staff.layout.js';

export const STATUS_LABELS: Record<string, string> = { draft: '草稿', in_review: '待审核', approved: '已审核待发布', published: '已发布', archived: '已归档' };
export const DOC_TYPES: [string, string][] = [
  ['kepu', '健康科普'],
  ['institution', '机构信息'],
  ['ad', '医疗广告'],
  ['case', '病例报告'],
];

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
function ImageInsert({ media, insert = {} }: { media: MediaChoice[]; insert?: InsertState }) {
  return (
    <fieldset id="image-insert" class="image-insert" aria-describedby="insert-help">
      <legend>插入图片</legend>
      <p class="help" id="insert-help">
        选择图片并填写替代文字（必填，描述图片内容），图片插入到正文末尾；开启 JavaScript 时插入到光标处，也可以把图片文件拖到或粘贴到正文框里。新图片可在<a href="/staff/media">图片库</a>上传。
      </p>
      <p class="field-error" id="insert-error" role="alert">
        {insert.error ?? ''}
      </p>
      {media.length ? (
        <div class="media-choices" role="radiogroup" aria-label="图片库中的图片">
          {media.map((m) => (
            <label class="media-choice">
              <input type="radio" name="insert_media" value={String(m.id)} checked={insert.mediaId === String(m.id)} data-alt={m.alt} />
              <img src={m.thumb} alt="" width="96" height="64" loading="lazy" decoding="async" />
              <span>{m.alt || m.name}</span>
            </label>
          ))}
        </div>
      ) : (
        <p class="hint">图片库里还没有图片。</p>
      )}
      <label for="insert_alt">替代文字（必填）</label>
      <input id="insert_alt" name="insert_alt" type="text" maxLength={300} value={insert.alt ?? ''} aria-describedby="insert-error" />
      <div class="button-row">
        <button type="submit" name="action" value="insert_image" class="button secondary" id="insert-button">
          插入图片
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

function BlockFields({ b, i, errors }: { b: BlockDraft; i: number; errors: Record<string, string> }) {
  const p = `b${i}`;
  return (
    <fieldset aria-describedby={errors[p] ? `${p}-error` : undefined}>
      <legend>
        {BLOCK_LABELS[b.type]}（{b.id}）
      </legend>
      <p class="help">
        在正文中单独一行写 <code>{`{{block:${b.id}}}`}</code> 可把它放在那里，否则显示在正文之后。
      </p>
      <FieldError errors={errors} name={p} />
      <input type="hidden" name={`${p}_type`} value={b.type} />
      <input type="hidden" name={`${p}_id`} value={b.id} />
      <label for={`${p}_title`}>标题</label>
      <input id={`${p}_title`} name={`${p}_title`} type="text" value={b.title} maxLength={80} />
      {b.type === 'keyFacts' ? (
        <>
          <label for={`${p}_columns`}>列名（用 | 分隔）</label>
          <input id={`${p}_columns`} name={`${p}_columns`} type="text" value={b.columns} placeholder="项目 | 主要作用 | 常见反应与病程" />
          <label for={`${p}_rows`}>表格内容（每行一行，单元格用 | 分隔）</label>
          <textarea id={`${p}_rows`} name={`${p}_rows`}>{b.rows}</textarea>
        </>
      ) : null}
      {b.type === 'contraindications' ? (
        <>
          <label for={`${p}_intro`}>说明（可选）</label>
          <input id={`${p}_intro`} name={`${p}_intro`} type="text" value={b.intro} />
        </>
      ) : null}
      {b.type === 'tips' || b.type === 'contraindications' ? (
        <>
          <label for={`${p}_items`}>内容（每行一条）</label>
          <textarea id={`${p}_items`} name={`${p}_items`}>{b.items}</textarea>
        </>
      ) : null}
      {b.type === 'faq' ? (
        <>
          <label for={`${p}_faq`}>问答（每组第一行是问题，下一行起是回答，两组之间空一行）</label>
          <textarea id={`${p}_faq`} name={`${p}_faq`}>{b.faq}</textarea>
        </>
      ) : null}
      <label>
        <input type="checkbox" name={`${p}_remove`} /> 删除这个区块（保存后生效）
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
}: {
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
  return (
    <form method="post" action={action} class="staff-form" id="article-editor" data-preview="/staff/articles/preview" data-compliance={complianceUrl} novalidate>
      <Csrf token={csrf} />
      {/* Enter in a text field submits with the form's first submit button: make that 保存, not 添加要点表格. */}
      <button type="submit" name="action" value="save" hidden tabIndex={-1}>
        保存
      </button>
      {Object.keys(errors).length ? (
        <p class="flash error" role="alert">
          有 {Object.keys(errors).length} 处需要修改，请查看标红的说明。
        </p>
      ) : null}
      <label for="title">标题</label>
      <input id="title" name="title" type="text" value={draft.title} maxLength={120} required {...described(errors, 'title')} />
      <FieldError errors={errors} name="title" />
      <label for="summary">摘要（显示在列表和搜索结果中）</label>
      <textarea id="summary" name="summary" maxLength={300} {...described(errors, 'summary')}>
        {draft.summary}
      </textarea>
      <FieldError errors={errors} name="summary" />
      <label for="slug">网址标识</label>
      <input id="slug" name="slug" type="text" value={draft.slug} readOnly={slugLocked} {...described(errors, 'slug')} />
      <p class="help">{slugLocked ? '文章发布过后不能再修改网址。' : '只用小写字母、数字和连字符，例如 care-after-phototherapy。'}</p>
      <FieldError errors={errors} name="slug" />
      <label for="category_id">分类</label>
      <select id="category_id" name="category_id" {...described(errors, 'categoryId')}>
        {categories.map((c) => (
          <option value={String(c.id)} selected={String(c.id) === draft.categoryId}>
            {c.name}
          </option>
        ))}
      </select>
      <FieldError errors={errors} name="categoryId" />
      <label for="doc_type">文档类型</label>
      <select id="doc_type" name="doc_type">
        {DOC_TYPES.map(([v, l]) => (
          <option value={v} selected={v === draft.docType}>
            {l}
          </option>
        ))}
      </select>
      <label for="source">来源</label>
      <input id="source" name="source" type="text" value={draft.source} maxLength={100} {...described(errors, 'source')} />
      <FieldError errors={errors} name="source" />
      <label for="author_doctor_id">作者（医生）</label>
      <select id="author_doctor_id" name="author_doctor_id">
        <option value="">（不署医生）</option>
        {doctors.map((d) => (
          <option value={String(d.id)} selected={String(d.id) === draft.authorDoctorId}>
            {d.name}
          </option>
        ))}
      </select>
      <label for="body_md">正文（Markdown：## 小标题，- 列表，**加粗**）</label>
      <textarea id="body_md" name="body_md" class="body-md" {...described(errors, 'bodyMd')}>
        {draft.bodyMd}
      </textarea>
      <FieldError errors={errors} name="bodyMd" />
      {media ? <ImageInsert media={media} insert={insert} /> : null}
      {compliance}
      <input type="hidden" name="block_count" value={String(draft.blocks.length)} />
      {draft.blocks.map((b, i) => (
        <BlockFields b={b} i={i} errors={errors} />
      ))}
      <div class="button-row">
        {BLOCK_TYPES.map((t) => (
          <button type="submit" name="action" value={`add_${t}`} class="button secondary">
            添加{BLOCK_LABELS[t]}
          </button>
        ))}
      </div>
      <div class="button-row">
        <button type="submit" name="action" value="save">
          保存
        </button>
        <button type="submit" name="action" value="preview" class="button secondary">
          预览（不保存）
        </button>
      </div>
    </form>
  );
}

export function Preview({ bodyMd, blocks }: { bodyMd: string; blocks: Block[] }) {
  const { parts } = renderBody(bodyMd);
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">预览</h2>
      <p id="preview-status" class="sr-only" role="status"></p>
      <div id="preview-body">
        <ArticleBody parts={parts} blocks={blocks} />
      </div>
    </section>
  );
}
