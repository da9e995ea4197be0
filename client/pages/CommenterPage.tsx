/**
 * /commenters/:id: one commenter's profile — figures, tone over time, why
 * they get flagged, their latest comments and articles, the moderators'
 * notes and the watch flag. Live from the commenter's room, never re-fetched.
 */
import { useState } from 'react';
import { ApiError } from '../api.js';
import { CommenterReasonsChart, CommenterToneChart, RECENT_WINDOW } from '../components/CommenterCharts.js';
import { CommenterFigures } from '../components/CommenterFigures.js';
import { CommenterArticles, CommenterHistory } from '../components/CommenterHistory.js';
import { CommenterNotes } from '../components/CommenterNotes.js';
import { CommenterDriftMarker } from '../components/CommenterTable.js';
import { Empty, Fetching } from '../components/States.js';
import { useCommenter, type CommenterProfile } from '../hooks/useCommenters.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import type { CommenterDetail } from '../../shared/insights.js';
import '../styles/commenters.css';

export function CommenterPage({ id }: { id: number }) {
  const { t } = useI18n();
  const profile = useCommenter(id);
  if (profile.error instanceof ApiError && profile.error.status === 404) {
    return (
      <div className="cm-missing" data-testid="commenter-not-found">
        <Empty title={t('commenters.notFound', { id })}>
          <p>{t('commenters.notFoundHint')}</p>
          <Link to="/commenters">{t('commenters.backToList')}</Link>
        </Empty>
      </div>
    );
  }
  return (
    <Fetching data={profile.data} error={profile.error} reload={profile.reload}>
      {(detail) => <Profile detail={detail} profile={profile} />}
    </Fetching>
  );
}

function Profile({ detail, profile }: { detail: CommenterDetail; profile: CommenterProfile }) {
  const { t, tn, dateTime } = useI18n();
  const { can } = useSession();
  const moderator = can('moderator', 'admin');
  const { commenter, watch } = detail;
  const watched = watch?.watched ?? false;
  const [watchBusy, setWatchBusy] = useState(false);
  const [watchError, setWatchError] = useState<string | null>(null);

  const toggleWatch = async () => {
    setWatchBusy(true);
    setWatchError(null);
    try {
      await profile.setWatched(!watched);
    } catch (err) {
      setWatchError(t('commenters.watch.failed', { message: (err as Error).message }));
    } finally {
      setWatchBusy(false);
    }
  };

  return (
    <article className="cm-profile" data-testid="commenter-profile" data-commenter-id={commenter.id}>
      <div className="page-head cm-profile-head">
        <Link to="/commenters" className="cm-back">
          {t('commenters.backToList')}
        </Link>
        <h1>{commenter.displayName}</h1>
        {watched && <span className="chip cm-watched-chip">{t('commenters.watchedChip')}</span>}
        <CommenterDriftMarker drift={detail.drift} />
        <div className="cm-head-actions">
          {watch && (
            <span className="muted cm-watch-by">
              {t(watch.watched ? 'commenters.watch.setBy' : 'commenters.watch.clearedBy', { user: watch.by, at: dateTime(watch.at) })}
            </span>
          )}
          {moderator && (
            <button type="button" className={watched ? undefined : 'primary'} aria-pressed={watched} onClick={() => void toggleWatch()} disabled={watchBusy} data-testid="commenter-watch">
              {watched ? t('commenters.watch.stop') : t('commenters.watch.start')}
            </button>
          )}
        </div>
      </div>
      {watchError && (
        <p className="form-error" role="alert">
          {watchError}
        </p>
      )}

      <CommenterFigures detail={detail} />

      <div className="cm-charts">
        <section className="panel" aria-labelledby="cm-tone-title">
          <div className="cm-panel-head">
            <h2 id="cm-tone-title">{t('commenters.chart.toneTitle')}</h2>
            <span className="muted">{tn('commenters.chart.days', detail.toneByDay.length)}</span>
          </div>
          <CommenterToneChart days={detail.toneByDay} />
        </section>
        <section className="panel" aria-labelledby="cm-reasons-title">
          <div className="cm-panel-head">
            <h2 id="cm-reasons-title">{t('commenters.chart.reasonsTitle')}</h2>
            <span className="muted">{t('commenters.chart.reasonsHint', { n: Math.min(RECENT_WINDOW, detail.recentComments.length) })}</span>
          </div>
          <CommenterReasonsChart reasons={detail.stats.reasons} recent={detail.recentComments} />
        </section>
      </div>

      <div className="cm-columns">
        <CommenterHistory comments={detail.recentComments} total={detail.stats.comments} commenterId={commenter.id} />
        <div className="cm-side">
          <CommenterNotes notes={detail.notes} canWrite={moderator} onAdd={profile.addNote} />
          <CommenterArticles articles={detail.articles} scope={detail.articlesScope} />
        </div>
      </div>
    </article>
  );
}
