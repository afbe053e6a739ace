/**
 * HTML built as a string, for the few hot lists where building vnodes cost more than the page's
 * own work (a search results page: docs/decisions/0073-search-results-as-strings.md). Escaping is
 * preact-render-to-string's own (", & and <, in text and attributes alike), so a list built here is
 * byte for byte what the component rendered (test/unit/html.test.tsx compares the two).
 */
const SPECIAL = /["&<]/;

export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const entity = c === 34 ? '&quot;' : c === 38 ? '&amp;' : c === 60 ? '&lt;' : undefined;
    if (!entity) continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** A text with runs to mark, as [start, end) offsets ascending and apart: each run in <mark>. */
export function markedHtml(text: string, marks: readonly number[]): string {
  let out = '';
  let at = 0;
  for (let k = 0; k < marks.length; k += 2) {
    const a = marks[k]!;
    const b = marks[k + 1]!;
    if (a > at) out += escapeHtml(text.slice(at, a));
    out += `<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  return at < text.length ? out + escapeHtml(text.slice(at)) : out;
}
