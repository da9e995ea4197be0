/** The range's most heated articles: the most flagged comments, then the darkest tone. */
import type { HeatedArticle } from '../../shared/insights.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { signed, toneClass } from './ArticleTable.js';
import { Empty } from './States.js';

export function OverviewHeated({ articles }: { articles: readonly HeatedArticle[] }) {
  const { t, number, percent } = useI18n();
  if (!articles.length) return <Empty title={t('overview.heatedEmpty')} />;
  return (
    <div className="table-wrap">
      <table className="data overview-heated" data-testid="overview-heated-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.col.article')}</th>
            <th scope="col" className="num">
              {t('overview.col.flagged')}
            </th>
            <th scope="col" className="num">
              {t('overview.col.comments')}
            </th>
            <th scope="col" className="num">
              {t('overview.col.tone')}
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} data-testid="overview-heated-row">
              <td>
                <Link to={`/articles/${a.id}`}>{a.title ?? t('overview.untitled', { id: a.id })}</Link>
              </td>
              <td className="num nowrap">
                {number(a.flagged)} <span className="muted">({percent(a.flaggedShare)})</span>
              </td>
              <td className="num">{number(a.comments)}</td>
              <td className={`num ${toneClass(a.toneMean)}`}>{signed(number(a.toneMean, 2), a.toneMean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
