/**
 * The audit log: every decision and undo, newest first, filtered by who,
 * what and when (kept in the address), page after page; decisions made
 * since the page loaded are counted live and shown on request; the lines
 * shown can be downloaded as CSV, and the comments through the queue export.
 */
import { useCallback, useMemo } from 'react';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/review.js';
import { withQuery } from '../api.js';
import { dayStart } from '../hooks/useAudit.js';
import { AuditFiltersBar } from '../components/AuditFilters.js';
import { AuditTable } from '../components/AuditTable.js';
import { Empty, ErrorState, Loading } from '../components/States.js';
import { useAudit, type AuditFilters } from '../hooks/useAudit.js';
import { useI18n } from '../i18n/i18n.js';
import { setSearch, useLocation } from '../router.js';
import '../styles/audit.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function filtersOf(search: URLSearchParams): AuditFilters {
  const action = search.get('action');
  const day = (name: string) => {
    const v = search.get(name);
    return v && DAY.test(v) ? v : undefined;
  };
  return {
    actor: search.get('actor')?.trim() || undefined,
    action: action && (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    from: day('from'),
    to: day('to'),
  };
}

export function AuditPage(_props: { id: number }) {
  const { t, tn, number } = useI18n();
  const { search } = useLocation();
  const qs = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersOf(search), [qs]);
  const audit = useAudit(filters);
  const apply = useCallback((next: AuditFilters) => setSearch({ actor: next.actor, action: next.action, from: next.from, to: next.to }), []);
  const actors = useMemo(() => [...new Set(audit.items.map((e) => e.actor))].sort(), [audit.items]);
  const filtered = !!(filters.actor || filters.action || filters.from || filters.to);

  return (
    <div className="audit-page" data-testid="audit-page">
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        {audit.loaded && <span className="muted">{audit.nextCursor ? t('audit.shownMore', { n: number(audit.items.length) }) : tn('audit.shown', audit.items.length)}</span>}
        <div className="audit-export">
          <a
            className="button primary"
            href={withQuery('/api/audit.csv', { actor: filters.actor, action: filters.action, from: dayStart(filters.from), to: dayStart(filters.to, 1) })}
            download
            title={t('audit.export.logHint')}
            data-testid="audit-export-log"
          >
            {t('audit.export.log')}
          </a>
          <a className="button" href="/api/export.csv?status=all&sort=newest" download title={t('audit.export.commentsHint')} data-testid="audit-export-comments">
            {t('audit.export.comments')}
          </a>
        </div>
      </div>
      <AuditFiltersBar filters={filters} actors={actors} onChange={apply} />
      {audit.fresh > 0 && (
        <button type="button" className="audit-fresh" onClick={audit.reload} data-testid="audit-fresh">
          {tn('audit.fresh', audit.fresh)}
        </button>
      )}
      {audit.error && !audit.loaded ? (
        <ErrorState error={audit.error} onRetry={audit.reload} />
      ) : !audit.loaded ? (
        <Loading />
      ) : audit.items.length === 0 ? (
        filtered ? (
          <Empty title={t('audit.emptyFiltered')}>
            <button type="button" onClick={() => apply({})}>
              {t('audit.filter.clear')}
            </button>
          </Empty>
        ) : (
          <Empty title={t('audit.empty')}>
            <p>{t('audit.emptyHint')}</p>
          </Empty>
        )
      ) : (
        <div className={audit.loading ? 'audit-refreshing' : undefined} aria-busy={audit.loading}>
          {audit.error && <ErrorState error={audit.error} onRetry={audit.reload} />}
          <AuditTable entries={audit.items} onActor={(actor) => apply({ ...filters, actor })} />
          <div className="audit-more">
            {audit.moreError && <p className="form-error">{t('state.error', { message: audit.moreError.message })}</p>}
            {audit.nextCursor ? (
              <button type="button" onClick={audit.loadMore} disabled={audit.loadingMore} data-testid="audit-load-more">
                {audit.loadingMore ? t('audit.loadingMore') : t('common.loadMore')}
              </button>
            ) : (
              <span className="muted">{t('audit.end')}</span>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
