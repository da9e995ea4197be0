/** A commenter's latest comments with where moderation left them, and the articles they comment on. */
import type { CommenterArticle, CommentBrief, ScanScope } from '../../shared/insights.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { ReasonChips, StatusChip } from './ScoreBadges.js';
import { signed } from './CommenterTable.js';

export function CommenterHistory({ comments, total, commenterId }: { comments: CommentBrief[]; total: number; commenterId: number }) {
  const { t, number, dateTime } = useI18n();
  return (
    <section className="panel cm-history" aria-labelledby="cm-history-title">
      <div className="cm-panel-head">
        <h2 id="cm-history-title">{t('commenters.history.title')}</h2>
        <span className="muted">{t('commenters.history.shown', { n: number(comments.length), total: number(total) })}</span>
        <Link to={`/?commenter=${commenterId}&status=all`} className="cm-panel-link">
          {t('commenters.history.inQueue')}
        </Link>
      </div>
      {comments.length === 0 ? (
        <p className="state">{t('commenters.history.empty')}</p>
      ) : (
        <ol className="cm-comments" data-testid="commenter-history">
          {comments.map((c) => {
            const at = c.postedAt ?? c.receivedAt;
            return (
              <li key={c.id} className={`cm-comment cm-comment-${c.status}`} data-testid="commenter-comment" data-comment-id={c.id} data-status={c.status}>
                <div className="cm-comment-head">
                  <StatusChip status={c.status} />
                  <time dateTime={at}>{dateTime(at)}</time>
                  <span className={`badge ${c.tone <= -0.25 ? 'badge-neg' : c.tone >= 0.25 ? 'badge-pos' : ''}`}>
                    {t('badge.tone')} {signed(c.tone, number)}
                  </span>
                  <Link to={`/articles/${c.articleId}`} className="cm-comment-article" title={c.articleTitle ?? undefined}>
                    {c.articleTitle ?? t('queue.untitledArticle', { id: c.articleId })}
                  </Link>
                </div>
                <p className="cm-comment-text">{c.text}</p>
                {c.reasons.length > 0 && (
                  <div className="cm-comment-reasons">
                    <ReasonChips reasons={c.reasons} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function CommenterArticles({ articles, scope }: { articles: CommenterArticle[]; scope: ScanScope }) {
  const { t, number, dateTime } = useI18n();
  return (
    <section className="panel cm-articles" aria-labelledby="cm-articles-title">
      <div className="cm-panel-head">
        <h2 id="cm-articles-title">{t('commenters.articles.title')}</h2>
        {!scope.complete && <span className="muted">{t('commenters.articles.scope', { n: number(scope.scanned) })}</span>}
      </div>
      {articles.length === 0 ? (
        <p className="state">{t('commenters.articles.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="commenter-articles">
            <thead>
              <tr>
                <th scope="col">{t('commenters.articles.article')}</th>
                <th scope="col" className="num">
                  {t('commenters.articles.comments')}
                </th>
                <th scope="col">{t('commenters.articles.last')}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/articles/${a.id}`}>{a.title ?? t('queue.untitledArticle', { id: a.id })}</Link>
                  </td>
                  <td className="num">{number(a.comments)}</td>
                  <td className="cm-nowrap">
                    <time dateTime={a.lastCommentAt}>{dateTime(a.lastCommentAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
