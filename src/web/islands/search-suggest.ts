// Suggestions under the search box, as an ARIA 1.2 combobox (list autocomplete). Without this
// script the box is a plain GET form; with it, typing shows up to 8 suggestions that the arrow
// keys move through (the focus stays in the box, the active option is announced through
// aria-activedescendant), Enter opens one, Escape closes the list. Text is set with
// textContent only: suggestions come from content and synonyms, never as markup.

interface Item {
  kind: string;
  label: string;
  href?: string;
  q?: string;
}

const form = document.querySelector<HTMLFormElement>('form[data-suggest]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input) enhance(form, input);

function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  const endpoint = form.dataset.suggest!;
  const prefix = form.dataset.prefix ?? '';
  const kinds = JSON.parse(form.dataset.kinds ?? '{}') as Record<string, string>;
  const countText = form.dataset.count ?? '{n}';
  const box = input.parentElement!;

  const list = document.createElement('ul');
  list.id = 'q-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.dataset.label ?? '');
  list.hidden = true;
  box.appendChild(list);

  const status = document.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.appendChild(status);

  const hint = document.getElementById('q-hint');
  if (hint) hint.hidden = false;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), hint ? hint.id : ''].filter(Boolean).join(' '));

  let items: Item[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  let asked = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...items.map((it, i) => {
        const li = document.createElement('li');
        li.id = `q-suggestion-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        const kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = kinds[it.kind] ?? '';
        li.append(document.createTextNode(it.label), document.createTextNode(' '), kind);
        // mousedown, not click: the box must not lose focus before the choice is taken.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    if (!items.length) return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `q-suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const it = items[i];
    if (!it) return;
    close();
    if (it.href) {
      window.location.assign(`${prefix}${it.href}`);
    } else {
      input.value = it.q ?? it.label;
      form.submit();
    }
  };

  const ask = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const res = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: pending.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const body = (await res.json()) as { items: Item[] };
      if (input.value.trim() !== q) return;
      items = body.items;
      active = -1;
      render();
      status.textContent = items.length ? countText.replace('{n}', String(items.length)) : '';
    } catch {
      // A failed or superseded request leaves the plain form working.
    }
  };

  input.addEventListener('input', () => {
    const q = input.value.trim();
    clearTimeout(timer);
    if (!q) {
      items = [];
      asked = '';
      close();
      status.textContent = '';
      return;
    }
    if (q === asked) return;
    timer = setTimeout(() => {
      asked = q;
      void ask(q);
    }, 120);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      const n = items.length;
      if (list.hidden || active === -1) active = e.key === 'ArrowDown' ? 0 : n - 1;
      else active = e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      render();
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      }
    } else if (e.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
