import type { DoctorProfileSection } from '../doctors/index.js';
import { ArticleList } from '../web/components.js';
import { articlesByAuthor, articlesReviewedBy, type ArticleCard } from './content.repository.js';

/** The doctor's profile page's articles: those the doctor wrote and those the doctor reviewed. */
export const doctorArticlesSection: DoctorProfileSection<{ written: ArticleCard[]; reviewed: ArticleCard[] }> = {
  name: 'articles',
  async load(deps, doctor) {
    const [written, reviewed] = await Promise.all([articlesByAuthor(deps.db, doctor.id), articlesReviewedBy(deps.db, doctor.id)]);
    return { written, reviewed };
  },
  render(ctx, _doctor, { written, reviewed }) {
    const { t } = ctx;
    return (
      <>
        <section aria-labelledby="written-title">
          <h2 id="written-title">{t('doctor.articles')}</h2>
          {written.length ? <ArticleList ctx={ctx} items={written} /> : <p>{t('doctor.none')}</p>}
        </section>
        <section aria-labelledby="reviewed-title">
          <h2 id="reviewed-title">{t('doctor.reviewed')}</h2>
          {reviewed.length ? <ArticleList ctx={ctx} items={reviewed} /> : <p>{t('doctor.none')}</p>}
        </section>
      </>
    );
  },
};
