/**
 * /articles/:id — one article's discussion: figures, tone over time, tone
 * distribution, flag reasons and top commenters, all kept live from the
 * article's room; below them, its comments with the queue's cards.
 */
import type { ArticleDetailStats } from '../../shared/insights.js';
import { ApiError } from '../api.js';
import { ArticleHistogramChart, ArticleReasonsChart, ArticleToneChart } from '../components/ArticleCharts.js';
import { ArticleFigures, ArticleTopCommenters } from '../components/ArticleFigures.js';
import { CommentQueue } from '../components/CommentQueue.js';
import { Empty, Fetching } from '../components/States.js';
import { useArticleStats } from '../hooks/useArticles.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import '../styles/articles.css';

export function ArticlePage({ id }: { id: number }) {
  const { t } = useI18n();
  const { data, error, reload } = useArticleStats(id);
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Empty title={t('articles.notFound', { id })}>
        <p>{t('articles.notFoundHint')}</p>
        <Link to="/articles">{t('articles.backToList')}</Link>
      </Empty>
    );
  }
  return (
    <div className="article-page">
      <Link to="/articles" className="article-back">
        {t('articles.back')}
      </Link>
      <Fetching data={data} error={error} reload={reload}>
        {(s) => <ArticleView s={s} />}
      </Fetching>
    </div>
  );
}

function ArticleView({ s }: { s: ArticleDetailStats }) {
  const { t, date } = useI18n();
  const { article } = s;
  const title = article.title ?? t('articles.untitled', { id: article.id });
  const hasReasons = Object.values(s.reasons).some((n) => (n ?? 0) > 0);
  return (
    <>
      <header className="page-head article-head">
        <h1 data-testid="article-title">
          {article.url ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer" title={t('articles.external')} data-testid="article-external-link">
              {title}
              <span className="article-external" aria-hidden="true">
                {' ↗'}
              </span>
              <span className="articles-sr"> ({t('articles.newTab')})</span>
            </a>
          ) : (
            title
          )}
        </h1>
        <span className="article-meta muted">
          {article.section && <span className="chip">{article.section}</span>}
          {article.publishedAt && <span>{t('articles.publishedAt', { date: date(article.publishedAt) })}</span>}
          <span className="article-live">{t('articles.live')}</span>
        </span>
      </header>

      <ArticleFigures s={s} />

      <div className="article-charts">
        <section className="panel article-chart-wide">
          <h2>{t('articles.toneOverTime')}</h2>
          <p className="muted article-hint">{t('articles.toneOverTimeHint')}</p>
          {s.toneOverTime.length ? <ArticleToneChart points={s.toneOverTime} /> : <Empty title={t('articles.noComments')} />}
        </section>
        <section className="panel">
          <h2>{t('articles.histogram')}</h2>
          <p className="muted article-hint">{t('articles.histogramHint')}</p>
          {s.stats.comments ? <ArticleHistogramChart buckets={s.toneHistogram} /> : <Empty title={t('articles.noComments')} />}
        </section>
        <section className="panel">
          <h2>{t('articles.reasons')}</h2>
          <p className="muted article-hint">{t('articles.reasonsHint')}</p>
          {hasReasons ? (
            <ArticleReasonsChart reasons={s.reasons} />
          ) : (
            <div data-testid="article-reasons-empty">
              <Empty title={t('articles.reasonsEmpty')} />
            </div>
          )}
        </section>
        <section className="panel">
          <h2>{t('articles.topCommenters')}</h2>
          <ArticleTopCommenters top={s.topCommenters} scope={s.topCommentersScope} />
        </section>
      </div>

      <section className="article-comments" aria-labelledby="article-comments-title">
        <h2 id="article-comments-title">{t('articles.comments')}</h2>
        <CommentQueue fixed={{ article: article.id }} />
      </section>
    </>
  );
}
