// Live preview for the article editor. The page works without it (the "预览" button renders the
// preview on the server); with it, the preview follows typing. The server renders the preview with
// the same code as the public page, so what the editor sees is what patients will see.
const form = document.querySelector<HTMLFormElement>('#article-editor');
const previewUrl = form?.dataset.preview;

if (form && previewUrl) {
  let timer: number | undefined;
  let inFlight: AbortController | undefined;
  const refresh = async () => {
    inFlight?.abort();
    inFlight = new AbortController();
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    try {
      const res = await fetch(previewUrl, {
        method: 'POST',
        body,
        signal: inFlight.signal,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
      });
      if (!res.ok) return;
      // Replace only the rendered body, and announce the update briefly: a screen reader should not
      // read the whole article again after every pause in typing.
      const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('#preview-body');
      const target = document.querySelector('#preview-body');
      const status = document.querySelector('#preview-status');
      if (fresh && target) target.replaceChildren(...fresh.childNodes);
      if (status) status.textContent = '预览已更新';
    } catch {
      // A failed preview is not worth interrupting typing for; the next keystroke tries again.
    }
  };
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
}

// Compliance findings follow typing as well: the server checks the form's text (nothing is saved)
// and returns the findings shown under the body textarea, marked at the checker's offsets
// (src/compliance/routes.tsx). Without JavaScript the same panel is rendered on save and preview.
const complianceUrl = form?.dataset.compliance;

if (form && complianceUrl) {
  let timer: number | undefined;
  let inFlight: AbortController | undefined;
  const refresh = async () => {
    inFlight?.abort();
    inFlight = new AbortController();
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    try {
      const res = await fetch(complianceUrl, {
        method: 'POST',
        body,
        signal: inFlight.signal,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
      });
      if (!res.ok) return;
      const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('#compliance-live');
      const target = document.querySelector('#compliance-live');
      if (fresh && target) target.replaceWith(document.adoptNode(fresh));
    } catch {
      // As with the preview: the next keystroke tries again.
    }
  };
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
}
