/** The audit log as a table: one line per decision or undo, newest first; a line opens onto the comment it is about. */
import { Fragment, useState } from 'react';
import type { AuditAction, AuditEntry } from '../../shared/review.js';
import { useI18n } from '../i18n/i18n.js';
import { AuditComment } from './AuditComment.js';
import { StatusChip } from './ScoreBadges.js';

const ACTION_CHIP: Record<AuditAction, string> = {
  approved: 'chip-status-approved',
  rejected: 'chip-status-rejected',
  escalated: 'chip-status-escalated',
  pending: 'chip-status-pending',
  undo: 'audit-chip-undo',
};

export function AuditTable({ entries, onActor }: { entries: readonly AuditEntry[]; onActor(actor: string): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="table-wrap">
      <table className="data audit-table" data-testid="audit-table">
        <caption className="audit-sr">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.comment')}</th>
            <th scope="col">{t('audit.col.previous')}</th>
            <th scope="col">{t('audit.col.reason')}</th>
            <th scope="col">{t('audit.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <Fragment key={e.id}>
              <AuditRow entry={e} open={open.has(e.id)} onToggle={() => toggle(e.id)} onActor={onActor} />
              {open.has(e.id) && (
                <tr className="audit-detail" id={`audit-detail-${e.id}`}>
                  <td colSpan={7}>
                    <AuditComment id={e.commentId} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditRow({ entry: e, open, onToggle, onActor }: { entry: AuditEntry; open: boolean; onToggle(): void; onActor(actor: string): void }) {
  const { t, dateTime } = useI18n();
  return (
    <tr data-testid="audit-row" data-audit-id={e.id} data-action={e.action} data-comment-id={e.commentId} className={open ? 'open' : undefined}>
      <td className="audit-when">
        <time dateTime={e.at} title={e.at}>
          {dateTime(e.at)}
        </time>
      </td>
      <td>
        <button type="button" className="link" onClick={() => onActor(e.actor)} title={t('audit.filterByActor', { actor: e.actor })}>
          {e.actor}
        </button>
      </td>
      <td>
        <span className={`chip ${ACTION_CHIP[e.action]}`}>{t(`audit.action.${e.action}`)}</span>
        {e.undoes !== null && <span className="muted audit-undoes"> {t('audit.undoes', { id: e.undoes })}</span>}
      </td>
      <td>
        <button type="button" className="link audit-toggle" aria-expanded={open} aria-controls={open ? `audit-detail-${e.id}` : undefined} onClick={onToggle}>
          <span aria-hidden="true" className="audit-caret">
            {open ? '▾' : '▸'}
          </span>{' '}
          {t('audit.commentId', { id: e.commentId })}
        </button>
      </td>
      <td>{e.previous ? <StatusChip status={e.previous} /> : <span className="muted">—</span>}</td>
      <td className="audit-text">{e.reason ?? <span className="muted">—</span>}</td>
      <td className="audit-text audit-note" title={e.note ?? undefined}>
        {e.note ?? <span className="muted">—</span>}
      </td>
    </tr>
  );
}
