/** An article's headline figures, its comments by status, and who comments on it most. */
import type { ArticleDetailStats, TopCommenter, ScanScope } from '../../shared/insights.js';
import { MODERATION_STATUSES } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { signed, toneClass } from './ArticleTable.js';
import { StatusChip } from './ScoreBadges.js';

export function ArticleFigures({ s }: { s: ArticleDetailStats }) {
  const { t, number, percent, dateTime } = useI18n();
  const { comments, flagged, toneMean, lastActivity } = s.stats;
  return (
    <section className="panel article-figures" aria-label={t('articles.figures')} data-testid="article-figures">
      <div className="figures">
        <div className="figure">
          <div className="value" data-testid="article-comments">
            {number(comments)}
          </div>
          <div className="label">{t('articles.fig.comments')}</div>
        </div>
        <div className="figure">
          <div className={`value ${toneClass(toneMean)}`} data-testid="article-tone">
            {toneMean === null ? '—' : signed(number(toneMean, 2), toneMean)}
          </div>
          <div className="label">{t('articles.fig.tone')}</div>
        </div>
        <div className="figure">
          <div className="value" data-testid="article-flagged-share">
            {comments ? percent(flagged / comments) : '—'}
          </div>
          <div className="label">{t('articles.fig.flagged', { n: number(flagged) })}</div>
        </div>
        {lastActivity && (
          <div className="figure">
            <div className="value article-figure-time">{dateTime(lastActivity)}</div>
            <div className="label">{t('articles.fig.lastActivity')}</div>
          </div>
        )}
        <div className="figure article-statuses">
          <ul className="article-status-list" data-testid="article-statuses">
            {MODERATION_STATUSES.map((status) => (
              <li key={status} data-status={status}>
                <StatusChip status={status} /> <span className="num">{number(s.statuses[status] ?? 0)}</span>
              </li>
            ))}
          </ul>
          <div className="label">{t('articles.fig.statuses')}</div>
        </div>
      </div>
    </section>
  );
}

export function ArticleTopCommenters({ top, scope }: { top: readonly TopCommenter[]; scope: ScanScope }) {
  const { t, number, percent } = useI18n();
  if (!top.length) return <p className="muted">{t('articles.noComments')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data" data-testid="article-top-commenters">
          <thead>
            <tr>
              <th scope="col">{t('articles.col.commenter')}</th>
              <th scope="col" className="num">
                {t('articles.col.comments')}
              </th>
              <th scope="col" className="num">
                {t('articles.col.flaggedCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/commenters/${c.id}`}>{c.displayName}</Link>
                </td>
                <td className="num">{number(c.comments)}</td>
                <td className="num">
                  {number(c.flagged)}
                  {c.flagged > 0 && <span className="muted"> ({percent(c.flagged / c.comments)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!scope.complete && <p className="muted article-scope">{t('articles.topScope', { n: number(scope.scanned) })}</p>}
    </>
  );
}
