// The crop box of a doctor's photo (issue 17 item 3). Without this script the server cuts the
// largest centred 3:4 box; with it, staff see the chosen photo, drag the box over it (or use the
// three sliders, which work by keyboard and screen reader) and the form sends where the box is:
// crop_x / crop_y, the top-left corner as fractions of the upright photo, and crop_size, the box
// as a fraction of the largest 3:4 box that fits (src/media/media.service.ts, portraitBox).
const form = document.getElementById('portrait-form') as HTMLFormElement | null;
const input = document.getElementById('photo-file') as HTMLInputElement | null;
const area = document.getElementById('crop-area');

if (form && input && area) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const out = { x: field('crop_x'), y: field('crop_y'), size: field('crop_size') };
  const state = { size: 1, px: 0.5, py: 0.5, natural: { w: 0, h: 0 } };

  area.innerHTML = `
    <p class="help" id="crop-help">拖动方框选择要保存的部分（3:4 竖版），或用下面的滑块调整。</p>
    <div class="crop-stage"><img id="crop-image" alt="所选照片的预览" /><div class="crop-box" aria-hidden="true"></div></div>
    <label for="crop-size">裁剪框大小</label><input id="crop-size" type="range" min="20" max="100" value="100" aria-describedby="crop-help" />
    <label for="crop-px">水平位置</label><input id="crop-px" type="range" min="0" max="100" value="50" />
    <label for="crop-py">垂直位置</label><input id="crop-py" type="range" min="0" max="100" value="50" />`;
  const img = area.querySelector<HTMLImageElement>('#crop-image')!;
  const box = area.querySelector<HTMLElement>('.crop-box')!;
  const stage = area.querySelector<HTMLElement>('.crop-stage')!;
  const ranges = { size: area.querySelector<HTMLInputElement>('#crop-size')!, px: area.querySelector<HTMLInputElement>('#crop-px')!, py: area.querySelector<HTMLInputElement>('#crop-py')! };

  /** The box as fractions of the photo's width and height. */
  const geometry = () => {
    const { w, h } = state.natural;
    const bw = Math.min(1, (h * 3) / 4 / w) * state.size;
    const bh = Math.min(1, (bw * w * 4) / 3 / h);
    return { bw, bh, x: state.px * (1 - bw), y: state.py * (1 - bh) };
  };

  const draw = () => {
    if (!state.natural.w) return;
    const g = geometry();
    box.style.left = `${g.x * 100}%`;
    box.style.top = `${g.y * 100}%`;
    box.style.width = `${g.bw * 100}%`;
    box.style.height = `${g.bh * 100}%`;
    out.x.value = g.x.toFixed(4);
    out.y.value = g.y.toFixed(4);
    out.size.value = state.size.toFixed(4);
    ranges.size.value = String(Math.round(state.size * 100));
    ranges.px.value = String(Math.round(state.px * 100));
    ranges.py.value = String(Math.round(state.py * 100));
  };

  const reset = () => {
    area.hidden = true;
    state.natural = { w: 0, h: 0 };
    for (const f of Object.values(out)) f.value = '';
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return reset();
    // A data: URL, not a blob: one: the staff pages' CSP allows images from 'self' and data: only.
    const reader = new FileReader();
    reader.onload = () => {
      img.src = String(reader.result);
    };
    reader.readAsDataURL(file);
  });
  img.addEventListener('load', () => {
    state.natural = { w: img.naturalWidth, h: img.naturalHeight };
    Object.assign(state, { size: 1, px: 0.5, py: 0.5 });
    area.hidden = false;
    draw();
  });
  img.addEventListener('error', reset);

  ranges.size.addEventListener('input', () => {
    state.size = Number(ranges.size.value) / 100;
    draw();
  });
  ranges.px.addEventListener('input', () => {
    state.px = Number(ranges.px.value) / 100;
    draw();
  });
  ranges.py.addEventListener('input', () => {
    state.py = Number(ranges.py.value) / 100;
    draw();
  });

  // Dragging: the pointer's movement over the shown photo moves the box by the same fraction.
  let drag: { x: number; y: number; gx: number; gy: number } | undefined;
  box.addEventListener('pointerdown', (e) => {
    const g = geometry();
    drag = { x: e.clientX, y: e.clientY, gx: g.x, gy: g.y };
    box.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  box.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const rect = stage.getBoundingClientRect();
    const g = geometry();
    const nx = Math.min(1 - g.bw, Math.max(0, drag.gx + (e.clientX - drag.x) / rect.width));
    const ny = Math.min(1 - g.bh, Math.max(0, drag.gy + (e.clientY - drag.y) / rect.height));
    state.px = g.bw < 1 ? nx / (1 - g.bw) : 0.5;
    state.py = g.bh < 1 ? ny / (1 - g.bh) : 0.5;
    draw();
  });
  const stop = () => {
    drag = undefined;
  };
  box.addEventListener('pointerup', stop);
  box.addEventListener('pointercancel', stop);
}
