import { detectUrgent } from './urgent.js';

// While the patient types a question, the 120 notice appears as soon as an emergency sign is
// written (the server shows it again on the next page whatever happens here). The live region
// exists, empty, from the start so screen readers announce the text when it is filled.
const area = document.getElementById('f-body') as HTMLTextAreaElement | null;
const live = document.getElementById('urgent-live');
if (area && live) {
  const message = live.dataset.message ?? '';
  let shown = false;
  const update = () => {
    const urgent = detectUrgent(area.value).urgent;
    if (urgent === shown) return;
    shown = urgent;
    live.textContent = urgent ? message : '';
    live.classList.toggle('notice', urgent);
    live.classList.toggle('urgent-notice', urgent);
  };
  area.addEventListener('input', update);
  update();
}
