import type { Marked } from '../../src/search/search.service.js';

// Marked text (offsets, as a search outcome carries it) as its runs, marked or not, in order: how
// the results list rendered it as vnodes before it was built as a string (decision 0073); the tests
// read marks through it.
export type Fragment = { text: string; mark: boolean };

/** Marked text as its runs, marked or not, in order. */
export function fragmentsOf({ text, marks }: Marked): Fragment[] {
  const out: Fragment[] = [];
  let at = 0;
  for (let k = 0; k < marks.length; k += 2) {
    if (marks[k]! > at) out.push({ text: text.slice(at, marks[k]), mark: false });
    out.push({ text: text.slice(marks[k], marks[k + 1]), mark: true });
    at = marks[k + 1]!;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
