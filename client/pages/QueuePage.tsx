import { CommentQueue } from '../components/CommentQueue.js';
import { useI18n } from '../i18n/i18n.js';

/** The home page: the comments waiting for a decision, gravest first. */
export function QueuePage() {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <h1>{t('queue.title')}</h1>
      </div>
      <CommentQueue />
    </>
  );
}
