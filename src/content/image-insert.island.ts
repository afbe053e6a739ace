// Images into the article body (issue 17 item 3), on top of the form's own insert button (which
// without JavaScript appends the chosen library image on the server):
// - the insert button puts the chosen image at the cursor instead, without reloading the page;
// - an image file dragged onto the body or pasted into it opens a dialog that asks for its alt
//   text; only with alt text is it uploaded to the library (/staff/media/inline) and inserted.
// No alt text, no insertion: the message says so and the body is left as it was.
const form = document.querySelector<HTMLFormElement>('#article-editor');
const body = document.querySelector<HTMLTextAreaElement>('#body_md');
const part = document.querySelector<HTMLElement>('#image-insert');

const ALT_REQUIRED = '请先填写替代文字（描述图片内容，供读屏软件朗读），图片未插入。';
const FAILED = '图片未插入：请求没有成功，请稍后重试。';

function csrf(): string {
  return (form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '').trim();
}

/** Puts the Markdown at `at` (or the cursor) on lines of its own and tells the live preview. */
function insertAt(markdown: string, at?: number): void {
  if (!body) return;
  const pos = at ?? body.selectionStart ?? body.value.length;
  const before = body.value.slice(0, pos);
  const after = body.value.slice(pos);
  const lead = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
  const tail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  body.value = `${before}${lead}${markdown}${after ? tail : '\n'}${after}`;
  const caret = (before + lead + markdown).length;
  body.setSelectionRange(caret, caret);
  body.dispatchEvent(new Event('input', { bubbles: true }));
}

async function answer(res: Response): Promise<{ markdown?: string; error?: string }> {
  try {
    return (await res.json()) as { markdown?: string; error?: string };
  } catch {
    return { error: FAILED };
  }
}

if (form && body && part) {
  const error = part.querySelector<HTMLElement>('#insert-error')!;
  const status = part.querySelector<HTMLElement>('#insert-status')!;
  const altInput = part.querySelector<HTMLInputElement>('#insert_alt')!;
  const button = part.querySelector<HTMLButtonElement>('#insert-button')!;
  let cursor: number | undefined;
  body.addEventListener('blur', () => {
    cursor = body.selectionStart ?? undefined;
  });

  // Choosing an image that has alt text in the library offers it, to be kept or changed.
  part.addEventListener('change', (e) => {
    const radio = e.target as HTMLInputElement;
    if (radio.name === 'insert_media' && radio.dataset.alt && !altInput.value.trim()) altInput.value = radio.dataset.alt;
  });

  const insertChosen = async () => {
    const chosen = part.querySelector<HTMLInputElement>('input[name="insert_media"]:checked');
    error.textContent = '';
    if (!chosen) {
      error.textContent = '请先选择要插入的图片，图片未插入。';
      return;
    }
    if (!altInput.value.trim()) {
      error.textContent = ALT_REQUIRED;
      altInput.focus();
      return;
    }
    const data = new URLSearchParams({ _csrf: csrf(), insert_media: chosen.value, insert_alt: altInput.value });
    try {
      const res = await fetch('/staff/articles/insert-image', { method: 'POST', body: data, credentials: 'same-origin', headers: { accept: 'application/json' } });
      const got = await answer(res);
      if (!res.ok || !got.markdown) {
        error.textContent = got.error ?? FAILED;
        return;
      }
      insertAt(got.markdown, cursor);
      altInput.value = '';
      chosen.checked = false;
      status.textContent = '图片已插入正文。';
    } catch {
      error.textContent = FAILED;
    }
  };
  button.addEventListener('click', (e) => {
    e.preventDefault();
    void insertChosen();
  });
  altInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void insertChosen();
    }
  });

  // ---- Dragged or pasted files -------------------------------------------------------------
  const dialog = document.createElement('dialog');
  dialog.className = 'image-dialog';
  dialog.setAttribute('aria-labelledby', 'image-dialog-title');
  dialog.innerHTML = `
    <form method="dialog" class="staff-form">
      <h2 id="image-dialog-title">插入图片</h2>
      <img id="image-dialog-preview" alt="" />
      <p class="field-error" id="image-dialog-error" role="alert"></p>
      <label for="image-dialog-alt">替代文字（必填）</label>
      <p class="help" id="image-dialog-help">描述图片内容，供读屏软件朗读；图片会同时保存到图片库。</p>
      <input id="image-dialog-alt" type="text" maxlength="300" aria-describedby="image-dialog-help image-dialog-error" />
      <div class="button-row">
        <button type="submit" value="insert" id="image-dialog-insert">上传并插入</button>
        <button type="submit" value="cancel" class="button secondary" formnovalidate>取消</button>
      </div>
    </form>`;
  document.body.append(dialog);
  const preview = dialog.querySelector<HTMLImageElement>('#image-dialog-preview')!;
  const dialogError = dialog.querySelector<HTMLElement>('#image-dialog-error')!;
  const dialogAlt = dialog.querySelector<HTMLInputElement>('#image-dialog-alt')!;
  const dialogInsert = dialog.querySelector<HTMLButtonElement>('#image-dialog-insert')!;
  let pending: { file: File; at: number } | undefined;

  const ask = (file: File, at: number) => {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) {
      error.textContent = '只能插入 JPEG、PNG 或 WebP 图片，图片未插入。';
      return;
    }
    pending = { file, at };
    dialogError.textContent = '';
    dialogAlt.value = '';
    // A data: URL: the staff pages' CSP allows images from 'self' and data: only.
    const reader = new FileReader();
    reader.onload = () => {
      preview.src = String(reader.result);
    };
    reader.readAsDataURL(file);
    dialog.showModal();
    dialogAlt.focus();
  };

  dialogInsert.addEventListener('click', async (e) => {
    e.preventDefault();
    if (!pending) return dialog.close();
    const alt = dialogAlt.value.trim();
    if (!alt) {
      dialogError.textContent = ALT_REQUIRED;
      dialogAlt.focus();
      return;
    }
    const data = new FormData();
    data.append('_csrf', csrf());
    data.append('alt', alt);
    data.append('file', pending.file, pending.file.name || 'pasted-image');
    dialogInsert.disabled = true;
    try {
      const res = await fetch('/staff/media/inline', { method: 'POST', body: data, credentials: 'same-origin', headers: { accept: 'application/json' } });
      const got = await answer(res);
      if (!res.ok || !got.markdown) {
        dialogError.textContent = got.error ?? FAILED;
        return;
      }
      insertAt(got.markdown, pending.at);
      pending = undefined;
      dialog.close();
      status.textContent = '图片已上传并插入正文。';
      body.focus();
    } catch {
      dialogError.textContent = FAILED;
    } finally {
      dialogInsert.disabled = false;
    }
  });
  dialog.addEventListener('close', () => {
    pending = undefined;
  });

  const firstImage = (files: FileList | null | undefined) => [...(files ?? [])].find((f) => f.type.startsWith('image/'));
  body.addEventListener('dragover', (e) => {
    if ([...(e.dataTransfer?.types ?? [])].includes('Files')) e.preventDefault();
  });
  body.addEventListener('drop', (e) => {
    const file = firstImage(e.dataTransfer?.files);
    if (!file) return;
    e.preventDefault();
    ask(file, body.selectionStart ?? body.value.length);
  });
  body.addEventListener('paste', (e) => {
    const file = firstImage(e.clipboardData?.files);
    if (!file) return;
    e.preventDefault();
    ask(file, body.selectionStart ?? body.value.length);
  });
}
