/** The audit log's filters — who, what, from which day to which day — kept in the address so a view can be shared. */
import { useEffect, useState } from 'react';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/review.js';
import type { AuditFilters } from '../hooks/useAudit.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  filters: AuditFilters;
  /** Actors seen in the lines loaded, offered as suggestions (the filter is an exact name). */
  actors: readonly string[];
  onChange(next: AuditFilters): void;
}

export function AuditFiltersBar({ filters, actors, onChange }: Props) {
  const { t } = useI18n();
  const [actor, setActor] = useState(filters.actor ?? '');
  // Back/forward or a click on a name changes the address: the field follows.
  useEffect(() => setActor(filters.actor ?? ''), [filters.actor]);
  // Typed names apply after a pause, not at every letter: each one is a request.
  useEffect(() => {
    const name = actor.trim();
    if (name === (filters.actor ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filters, actor: name || undefined }), 400);
    return () => clearTimeout(timer);
  }, [actor, filters, onChange]);
  const any = !!(filters.actor || filters.action || filters.from || filters.to);
  return (
    <form className="toolbar audit-filters" role="search" aria-label={t('audit.filters')} onSubmit={(e) => (e.preventDefault(), onChange({ ...filters, actor: actor.trim() || undefined }))}>
      <label>
        {t('audit.filter.actor')}
        <input type="search" list="audit-actors" value={actor} onChange={(e) => setActor(e.target.value)} placeholder={t('audit.filter.actorPlaceholder')} data-testid="audit-filter-actor" />
        <datalist id="audit-actors">
          {actors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </label>
      <label>
        {t('audit.filter.action')}
        <select value={filters.action ?? ''} onChange={(e) => onChange({ ...filters, action: (e.target.value || undefined) as AuditAction | undefined })} data-testid="audit-filter-action">
          <option value="">{t('audit.filter.anyAction')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.action.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.filter.from')}
        <input type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => onChange({ ...filters, from: e.target.value || undefined })} data-testid="audit-filter-from" />
      </label>
      <label>
        {t('audit.filter.to')}
        <input type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => onChange({ ...filters, to: e.target.value || undefined })} data-testid="audit-filter-to" />
      </label>
      {any && (
        <button type="button" onClick={() => onChange({})} data-testid="audit-filter-clear">
          {t('audit.filter.clear')}
        </button>
      )}
    </form>
  );
}
