/** Loading, error and empty states: designed once, used by every page, never a blank area. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.error', { message: error.message })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** The usual trio for a fetched resource: loading first, the error with a retry, then the content. */
export function Fetching<T>({ data, error, reload, children }: { data: T | undefined; error: Error | undefined; reload: () => void; children: (data: T) => ReactNode }) {
  if (error && data === undefined) return <ErrorState error={error} onRetry={reload} />;
  if (data === undefined) return <Loading />;
  return <>{children(data)}</>;
}
