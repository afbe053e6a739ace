// Redaction by selection: a moderator selects words in the comment shown and adds them to the
// words to hide. Without script the same words are typed (or pasted) into the field; the server
// looks each one up in the comment either way, so nothing here decides what is hidden.
// The page's language decides the button's words (the staff member's setting, on <html lang>).
const en = document.documentElement.lang === 'en';
for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-redact-source]'))) {
  const source = document.getElementById(form.dataset.redactSource ?? '');
  const area = form.querySelector<HTMLTextAreaElement>('textarea[name="phrases"]');
  if (!source || !area) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary';
  button.textContent = en ? 'Add the selected words' : '加入选中的文字';
  const status = document.createElement('p');
  status.className = 'hint';
  status.setAttribute('role', 'status');
  // The selection is read on mousedown: a click on the button would otherwise clear it first.
  let picked = '';
  button.addEventListener('mousedown', () => {
    const sel = window.getSelection();
    picked = sel && sel.anchorNode && source.contains(sel.anchorNode) ? sel.toString().trim() : '';
  });
  button.addEventListener('click', () => {
    const sel = window.getSelection();
    const text = picked || (sel && sel.anchorNode && source.contains(sel.anchorNode) ? sel.toString().trim() : '');
    picked = '';
    if (!text) {
      status.textContent = en ? 'First select the words to hide in the comment above.' : '请先在上面的留言中选中要隐去的文字。';
      return;
    }
    area.value = area.value.trim() ? `${area.value.replace(/\s+$/, '')}\n${text}` : text;
    if (en) {
      // The words are the patient's, in Chinese: marked so a screen reader reads them as such.
      const words = document.createElement('span');
      words.lang = 'zh-CN';
      words.textContent = text;
      status.replaceChildren('Added: “', words, '”');
    } else status.textContent = `已加入：“${text}”`;
  });
  area.after(button, status);
}
