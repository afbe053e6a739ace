// Live panels for the article editor. The page works without them (save and "预览" render both on
// the server); with them, they follow typing. Each posts the form (nothing is saved) and swaps in
// the part of the answer it shows:
// - the preview, rendered by the same code as the public page, so editors see what patients see;
// - the compliance findings, marked at the checker's offsets (src/compliance/compliance.admin.routes.tsx).
const form = document.querySelector<HTMLFormElement>('#article-editor');

function follow(url: string | undefined, apply: (answer: Document) => void): void {
  if (!form || !url) return;
  let timer: number | undefined;
  let inFlight: AbortController | undefined;
  const refresh = async () => {
    inFlight?.abort();
    inFlight = new AbortController();
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    try {
      const res = await fetch(url, {
        method: 'POST',
        body,
        signal: inFlight.signal,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
      });
      // 413: the compliance panel explains that the text is too long to check.
      if (res.ok || res.status === 413) apply(new DOMParser().parseFromString(await res.text(), 'text/html'));
    } catch {
      // A failed refresh is not worth interrupting typing for; the next keystroke tries again.
    }
  };
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
}

follow(form?.dataset.preview, (answer) => {
  // Only the rendered body is replaced, with a short announcement: a screen reader should not read
  // the whole article again after every pause in typing.
  const fresh = answer.querySelector('#preview-body');
  const target = document.querySelector('#preview-body');
  const status = document.querySelector('#preview-status');
  if (fresh && target) target.replaceChildren(...fresh.childNodes);
  if (status) status.textContent = '预览已更新';
});

follow(form?.dataset.compliance, (answer) => {
  const fresh = answer.querySelector('#compliance-live');
  const target = document.querySelector('#compliance-live');
  if (fresh && target) target.replaceWith(document.adoptNode(fresh));
});
