/**
 * /articles — every article with comments: volume, mean tone, flagged share,
 * last activity and the tone of its last 24 hours, in the server's sorts
 * (kept in the URL), a page at a time.
 */
import { ARTICLE_SORTS, type ArticleSort } from '../../shared/insights.js';
import { ArticleTable, parseArticleSort } from '../components/ArticleTable.js';
import { Empty, ErrorState, Loading } from '../components/States.js';
import { useArticleList } from '../hooks/useArticles.js';
import { useI18n } from '../i18n/i18n.js';
import { setSearch, useLocation } from '../router.js';
import '../styles/articles.css';

export function ArticlesPage(_props: { id: number }) {
  const { t, tn } = useI18n();
  const { search } = useLocation();
  const sort = parseArticleSort(search.get('sort'));
  const list = useArticleList(sort);
  const choose = (next: ArticleSort) => setSearch({ sort: next === 'recent' ? undefined : next });

  let body;
  if (list.error && !list.items) body = <ErrorState error={list.error} onRetry={list.reload} />;
  else if (!list.items) body = <Loading />;
  else if (!list.items.length)
    body = (
      <Empty title={t('articles.empty')}>
        <p>{t('articles.emptyHint')}</p>
      </Empty>
    );
  else
    body = (
      <>
        {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
        <ArticleTable items={list.items} sort={sort} onSort={choose} busy={list.loading} />
        <div className="articles-more">
          {list.moreError && (
            <p className="form-error" role="alert">
              {t('articles.loadMoreFailed', { message: list.moreError.message })}
            </p>
          )}
          {list.hasMore ? (
            <button type="button" onClick={list.loadMore} disabled={list.loadingMore} data-testid="articles-load-more">
              {list.loadingMore ? t('articles.loadingMore') : t('articles.loadMore')}
            </button>
          ) : (
            <span className="muted">{t('articles.end')}</span>
          )}
        </div>
      </>
    );

  return (
    <div className="articles-page">
      <div className="page-head">
        <h1>{t('articles.title')}</h1>
        {list.items && list.items.length > 0 && <span className="muted">{tn('articles.shown', list.items.length)}</span>}
        {list.items?.length !== 0 && (
          <label className="articles-sort">
            {t('articles.sortBy')}
            <select value={sort} onChange={(e) => choose(e.target.value as ArticleSort)} data-testid="articles-sort">
              {ARTICLE_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`articles.sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {body}
    </div>
  );
}
