import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import { Pager } from '../web/components.js';
import { MAX_QUERY_LENGTH, type SearchOutcome } from './search.service.js';
import { escapeHtml, markedHtml } from '../web/html.js';
import type { MessageKey } from '../web/i18n.js';
import { CategoryTabs } from '../web/components.js';

type Hit = Extract<SearchOutcome, { kind: 'results' }>['hits'][number];

/** The results as list items: kind, linked title and snippet, the matched words in <mark>. */
export function resultsHtml(ctx: PageContext, hits: readonly Hit[]): string {
  const { t, prefix } = ctx;
  let out = '';
  for (const h of hits) {
    const kind = escapeHtml(t(`search.kind.${h.kind === 'qa' ? 'faq' : h.kind}` as MessageKey));
    out += `<li><p class="kind">${kind}</p><h2 class="card-title"><a href="${escapeHtml(prefix + h.url)}">${markedHtml(h.title, h.titleMarks)}</a></h2><p class="card-summary">${markedHtml(h.snippet.text, h.snippet.marks)}</p></li>`;
  }
  return out;
}

export function SearchPage({ ctx, query, outcome, exact = false }: { ctx: PageContext; query: string; outcome: SearchOutcome; exact?: boolean }) {
  const { t, prefix } = ctx;
  const message: Partial<Record<SearchOutcome['kind'], string>> = {
    empty: t('search.empty'),
    tooLong: t('search.tooLong', { max: MAX_QUERY_LENGTH }),
    noWords: t('search.noWords'),
  };
  const shown = query.length > 200 ? `${query.slice(0, 200)}…` : query;
  return (
    <Layout ctx={ctx} title={query ? `${t('search.title')}：${shown}` : t('search.title')} description={t('search.label')} noindex={!!query} crumbs={[{ name: t('search.title') }]}>
      <h1>{t('search.title')}</h1>
      <form
        class="search-form"
        action={`${prefix}/search`}
        method="get"
        role="search"
        data-suggest={`${prefix}/search/suggest`}
        data-prefix={prefix}
        data-label={t('search.suggestions')}
        data-count={t('search.suggest.count', { n: '{n}' })}
        data-kinds={JSON.stringify({
          article: t('search.suggest.kind.article'),
          category: t('search.suggest.kind.category'),
          doctor: t('search.suggest.kind.doctor'),
          synonym: t('search.suggest.kind.synonym'),
        })}
      >
        <label for="q">{t('search.label')}</label>
        <div class="search-row">
          <div class="search-box">
            <input id="q" name="q" type="search" value={shown} maxLength={MAX_QUERY_LENGTH} placeholder={t('search.placeholder')} aria-describedby="search-status" autocomplete="off" />
          </div>
          <button type="submit">{t('search.submit')}</button>
        </div>
        <p id="q-hint" class="sr-only" hidden>
          {t('search.suggest.hint')}
        </p>
      </form>
      <script type="module" src="/assets/islands/search-suggest.js"></script>
      <div id="search-status" role="status">
        {outcome.kind !== 'results' ? (
          <p class={outcome.kind === 'empty' ? 'hint' : 'notice'}>{message[outcome.kind]}</p>
        ) : outcome.total === 0 ? (
          <p class="notice">{t('search.noResults', { q: shown })}</p>
        ) : (
          <>
            {outcome.corrected ? (
              <p class="hint">
                {t('search.corrected', { q: outcome.corrected })}{' '}
                <a href={`${prefix}/search?q=${encodeURIComponent(query)}&exact=1`}>{t('search.original', { q: shown })}</a>
              </p>
            ) : null}
            <p>{t('search.count', { n: outcome.total, q: outcome.corrected ?? shown })}</p>
            {outcome.broadened ? <p class="hint">{t('search.broadened')}</p> : null}
            {outcome.everyWord !== undefined && outcome.page === 1 ? <p class="hint">{t(outcome.everyWordNotFirst ? 'search.everyWordRanked' : 'search.everyWord', { n: outcome.everyWord })}</p> : null}
          </>
        )}
      </div>
      {outcome.kind === 'results' && outcome.total > 0 ? (
        <>
          {/* Built as a string: the results' vnodes were most of rendering the page (decision 0073). */}
          <ol class="search-results" dangerouslySetInnerHTML={{ __html: resultsHtml(ctx, outcome.hits) }} />
          <Pager
            ctx={ctx}
            page={outcome.page}
            pages={outcome.pages}
            href={(p) => `${prefix}/search?q=${encodeURIComponent(query)}${exact ? '&exact=1' : ''}${p > 1 ? `&page=${p}` : ''}`}
          />
        </>
      ) : outcome.kind === 'results' || outcome.kind === 'empty' ? (
        <CategoryTabs ctx={ctx} />
      ) : null}
    </Layout>
  );
}
