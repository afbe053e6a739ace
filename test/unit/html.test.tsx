import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { escapeHtml, markedHtml } from '../../src/web/html.js';
import { resultsHtml } from '../../src/search/search.views.js';
import { highlight } from '../../src/search/search.service.js';
import { fragmentsOf } from '../helpers/marked.js';
import { translator, type Locale, type MessageKey } from '../../src/web/i18n.js';
import type { PageContext } from '../../src/web/context.js';

// The results list was a preact component; it is built as a string now (decision 0073). These
// tests hold the string to what the component rendered, on texts with every character that needs
// escaping, marks at the edges and in the middle, surrogate pairs and empty texts.

function Marked({ text, marks }: { text: string; marks: number[] }) {
  return <>{fragmentsOf({ text, marks }).map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

type Hit = Parameters<typeof resultsHtml>[1][number];

function ResultsAsComponent({ ctx, hits }: { ctx: PageContext; hits: readonly Hit[] }) {
  const { t, prefix } = ctx;
  return (
    <ol class="search-results">
      {hits.map((h) => (
        <li>
          <p class="kind">{t(`search.kind.${h.kind === 'qa' ? 'faq' : h.kind}` as MessageKey)}</p>
          <h2 class="card-title">
            <a href={`${prefix}${h.url}`}>
              <Marked text={h.title} marks={h.titleMarks} />
            </a>
          </h2>
          <p class="card-summary">
            <Marked text={h.snippet.text} marks={h.snippet.marks} />
          </p>
        </li>
      ))}
    </ol>
  );
}

const ctxOf = (locale: Locale) => ({ locale, t: translator(locale), prefix: locale === 'en' ? '/en' : '' }) as PageContext;

const piece = fc.constantFrom('白癜风', '白斑', '"', '&', '<', '>', "'", '&amp;', '<mark>', ' ', '\n', '😀', 'a', 'NB-UVB', '308nm', '…', '');
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
const terms = fc.array(fc.constantFrom('白', '白斑', '癜风', '&', '<', '"', 'nm', '😀', 'a'), { maxLength: 3 });
const hit = fc.record({
  id: fc.nat(),
  kind: fc.constantFrom('article', 'faq', 'qa', 'doctor', 'page'),
  url: fc.constantFrom('/articles/a', '/articles/a?x=1&y="2"', '/doctors/<b>', '/qa/1'),
  title: text,
  published_at: fc.constant('2026-01-01T00:00:00.000Z'),
  snippet: text,
  terms,
});

test('the results list built as a string is byte for byte what the component rendered, in both languages', () => {
  fc.assert(
    fc.property(fc.array(hit, { maxLength: 10 }), fc.constantFrom<Locale>('zh-CN', 'en'), (raw, locale) => {
      const hits = raw.map(({ terms: ts, snippet, ...h }) => ({ ...h, titleMarks: highlight(h.title, ts).marks, snippet: highlight(snippet, ts) })) as Hit[];
      const ctx = ctxOf(locale);
      assert.equal(`<ol class="search-results">${resultsHtml(ctx, hits)}</ol>`, renderToString(<ResultsAsComponent ctx={ctx} hits={hits} />));
    }),
    { numRuns: 500 },
  );
});

test('escapeHtml: ", & and < become entities, nothing else changes', () => {
  assert.equal(escapeHtml('a"b&c<d>e\'f'), 'a&quot;b&amp;c&lt;d>e\'f');
  assert.equal(escapeHtml('白癜风'), '白癜风');
  assert.equal(escapeHtml(''), '');
});

test('markedHtml: marked runs in <mark>, the text around them escaped', () => {
  assert.equal(markedHtml('<白斑>&白斑', [1, 3, 5, 7]), '&lt;<mark>白斑</mark>>&amp;<mark>白斑</mark>');
  assert.equal(markedHtml('白斑', []), '白斑');
  assert.equal(markedHtml('白斑', [0, 2]), '<mark>白斑</mark>');
});
