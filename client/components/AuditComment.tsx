/**
 * One comment, fetched when first shown (GET /api/comments/:id): who wrote it
 * and where, its text with the evidence marked, its reasons and scores, and
 * links to its article and to the queue filtered on that article. The audit
 * log shows it under an expanded row; the rules page under a backtest example.
 */
import type { CommentDetail } from '../../shared/review.js';
import { useFetch } from '../hooks/useFetch.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { Highlighted } from './Highlighted.js';
import { ReasonChips, ScoreBadges, StatusChip } from './ScoreBadges.js';
import { ErrorState, Loading } from './States.js';
import '../styles/audit.css';

interface Props {
  id: number;
  /** Links open in a new tab: the rules page keeps unsaved edits. */
  newTab?: boolean;
  /** Shown as an action next to the links, e.g. "try it in the preview". */
  onText?: (text: string) => void;
  textActionLabel?: string;
}

export function AuditComment({ id, newTab = false, onText, textActionLabel }: Props) {
  const { t, dateTime } = useI18n();
  const { data, error, reload } = useFetch<CommentDetail>(`/api/comments/${id}`);
  if (error && !data) {
    const gone = (error as { status?: number }).status === 404;
    return gone ? <p className="muted audit-comment-gone">{t('audit.comment.gone', { id })}</p> : <ErrorState error={error} onRetry={reload} />;
  }
  if (!data) return <Loading label={t('audit.comment.loading')} />;
  const c = data;
  const title = c.articleTitle ?? t('audit.comment.untitled', { id: c.articleId });
  const queue = `/?article=${c.articleId}&status=all`;
  const link = (to: string, text: string) =>
    newTab ? (
      <a href={to} target="_blank" rel="noopener">
        {text} ↗
      </a>
    ) : (
      <Link to={to}>{text}</Link>
    );
  return (
    <div className="audit-comment" data-testid="audit-comment" data-comment-id={c.id}>
      <div className="audit-comment-head">
        {link(`/commenters/${c.commenterId}`, c.author)}
        <span aria-hidden="true">·</span>
        {link(`/articles/${c.articleId}`, title)}
        <span aria-hidden="true">·</span>
        <time dateTime={c.postedAt ?? c.receivedAt}>{dateTime(c.postedAt ?? c.receivedAt)}</time>
        <span className="muted">{t('audit.comment.now')}</span>
        <StatusChip status={c.status} />
      </div>
      <p className="card-text" lang={c.score.lang === 'other' ? undefined : c.score.lang}>
        <Highlighted text={c.text} evidence={c.score.evidence} />
      </p>
      <div className="card-foot">
        <ReasonChips reasons={c.score.reasons} />
        <ScoreBadges score={c.score} />
        <span className="audit-comment-links">
          {link(queue, t('audit.comment.inQueue'))}
          {onText && (
            <button type="button" onClick={() => onText(c.text)}>
              {textActionLabel}
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
