/**
 * The commenters as a table: the columns the server can sort by are header
 * buttons with aria-sort; every rate carries a faint bar so outliers stand
 * out in a long column; the drift marker explains itself in its tooltip.
 */
import type { CommenterListItem, CommenterSort, ToneDrift } from '../../shared/insights.js';
import type { MessageKey } from '../i18n/fr.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';

/** The server's order for each sort: tone is darkest first, the others highest first. */
export const SORT_DIRECTION: Record<CommenterSort, 'ascending' | 'descending'> = {
  comments: 'descending',
  flagged_rate: 'descending',
  tone: 'ascending',
  shouting: 'descending',
};

export function signed(n: number, format: (n: number, digits?: number) => string, digits = 2): string {
  return `${n > 0 ? '+' : ''}${format(n, digits)}`;
}

export const toneClass = (tone: number | null) => (tone === null ? '' : tone <= -0.25 ? 'cm-neg' : tone >= 0.25 ? 'cm-pos' : '');

export function CommenterDriftMarker({ drift }: { drift: ToneDrift | null }) {
  const { t, number } = useI18n();
  if (!drift?.drifting) return null;
  const title = t('commenters.drift.tooltip', {
    delta: signed(drift.delta, number),
    window: drift.window,
    recent: signed(drift.recentMean, number),
    baseline: signed(drift.baselineMean, number),
  });
  return (
    <span className="cm-drift" title={title} aria-label={title} data-testid="commenter-drift">
      ⚠ {signed(drift.delta, number)}
    </span>
  );
}

function Meter({ share, hot }: { share: number; hot?: boolean }) {
  return (
    <span className={`cm-meter${hot ? ' cm-meter-hot' : ''}`} aria-hidden="true">
      <span style={{ width: `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%` }} />
    </span>
  );
}

interface SortableProps {
  sort: CommenterSort;
  current: CommenterSort;
  label: MessageKey;
  onSort(sort: CommenterSort): void;
}

function SortableTh({ sort, current, label, onSort }: SortableProps) {
  const { t } = useI18n();
  const active = sort === current;
  const dir = SORT_DIRECTION[sort];
  return (
    <th className="num" aria-sort={active ? dir : undefined} scope="col">
      <button type="button" onClick={() => onSort(sort)} title={t(`commenters.sortBy.${dir}`, { column: t(label) })} data-sort={sort}>
        {t(label)}
        <span className={`cm-sort${active ? ' cm-sort-active' : ''}`} aria-hidden="true">
          {active ? (dir === 'descending' ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function CommenterTable({ items, sort, onSort, busy }: { items: CommenterListItem[]; sort: CommenterSort; onSort(sort: CommenterSort): void; busy: boolean }) {
  const { t, number, percent, dateTime } = useI18n();
  const th = (s: CommenterSort, label: MessageKey) => <SortableTh sort={s} current={sort} label={label} onSort={onSort} />;
  return (
    <div className={`table-wrap${busy ? ' cm-busy' : ''}`} aria-busy={busy}>
      <table className="data cm-table" data-testid="commenters-table">
        <caption className="cm-visually-hidden">{t('commenters.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commenters.col.name')}</th>
            {th('comments', 'commenters.col.comments')}
            {th('flagged_rate', 'commenters.col.flaggedRate')}
            {th('tone', 'commenters.col.tone')}
            {th('shouting', 'commenters.col.shouting')}
            <th className="num" scope="col">
              {t('commenters.col.insultRate')}
            </th>
            <th scope="col">{t('commenters.col.lastSeen')}</th>
            <th scope="col">{t('commenters.col.watched')}</th>
            <th scope="col">{t('commenters.col.drift')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} data-testid="commenter-row" data-commenter-id={c.id}>
              <td className="cm-name">
                <Link to={`/commenters/${c.id}`}>{c.displayName}</Link>
              </td>
              <td className="num">{number(c.comments)}</td>
              <td className="num">
                {percent(c.flaggedRate)}
                <Meter share={c.flaggedRate} hot={c.flaggedRate >= 0.5} />
              </td>
              <td className={`num ${toneClass(c.toneMean)}`}>{signed(c.toneMean, number)}</td>
              <td className="num">
                {percent(c.shoutingIndex)}
                <Meter share={c.shoutingIndex} />
              </td>
              <td className="num">
                {percent(c.insultRate)}
                <Meter share={c.insultRate} hot={c.insultRate >= 0.5} />
              </td>
              <td className="cm-nowrap">
                <time dateTime={c.lastSeen}>{dateTime(c.lastSeen)}</time>
              </td>
              <td>{c.watched && <span className="chip cm-watched-chip">{t('commenters.watchedChip')}</span>}</td>
              <td>
                <CommenterDriftMarker drift={c.drift} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
