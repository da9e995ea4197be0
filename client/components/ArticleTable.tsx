/** The articles list as a table: one row per article, the server's sorts on their column headers. */
import { ARTICLE_SORTS, type ArticleListItem, type ArticleSort } from '../../shared/insights.js';
import type { MessageKey } from '../i18n/fr.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { Sparkline } from './Sparkline.js';

/** Tone sorts darkest first; the others largest (or latest) first. */
export const sortDirection = (sort: ArticleSort) => (sort === 'tone' ? 'ascending' : 'descending');

export const toneClass = (tone: number | null) => (tone === null ? '' : tone <= -0.25 ? 'tone-neg' : tone >= 0.25 ? 'tone-pos' : '');

export function parseArticleSort(value: string | null): ArticleSort {
  return (ARTICLE_SORTS as readonly string[]).includes(value ?? '') ? (value as ArticleSort) : 'recent';
}

function SortHeader({ column, sort, label, onSort, numeric }: { column: ArticleSort; sort: ArticleSort; label: string; onSort(s: ArticleSort): void; numeric?: boolean }) {
  const { t } = useI18n();
  const active = column === sort;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? sortDirection(column) : undefined}>
      <button type="button" onClick={() => onSort(column)} title={t('articles.sortByColumn', { column: label })} data-testid={`articles-sort-${column}`}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sortDirection(column) === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

export function ArticleTable({ items, sort, onSort, busy }: { items: readonly ArticleListItem[]; sort: ArticleSort; onSort(s: ArticleSort): void; busy: boolean }) {
  const { t, number, percent, dateTime } = useI18n();
  const head = (key: MessageKey) => t(key);
  return (
    <div className="table-wrap">
      <table className={`data articles-table${busy ? ' is-busy' : ''}`} aria-busy={busy} data-testid="articles-table">
        <caption className="articles-sr">{t('articles.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{head('articles.col.title')}</th>
            <SortHeader column="comments" sort={sort} label={head('articles.col.comments')} onSort={onSort} numeric />
            <SortHeader column="tone" sort={sort} label={head('articles.col.tone')} onSort={onSort} numeric />
            <SortHeader column="flagged_share" sort={sort} label={head('articles.col.flagged')} onSort={onSort} numeric />
            <SortHeader column="recent" sort={sort} label={head('articles.col.lastActivity')} onSort={onSort} />
            <th scope="col">{head('articles.col.sparkline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            const tones = a.sparkline.filter((v): v is number => v !== null);
            return (
              <tr key={a.id} data-testid="article-row" data-article-id={a.id}>
                <td className="article-cell">
                  <Link to={`/articles/${a.id}`} className="article-title">
                    {a.title ?? t('articles.untitled', { id: a.id })}
                  </Link>
                  {a.section && <span className="muted article-section">{a.section}</span>}
                </td>
                <td className="num">{number(a.comments)}</td>
                <td className={`num ${toneClass(a.toneMean)}`}>{signed(number(a.toneMean, 2), a.toneMean)}</td>
                <td className="num">{percent(a.flaggedShare)}</td>
                <td className="nowrap">
                  <time dateTime={a.lastActivity}>{dateTime(a.lastActivity)}</time>
                </td>
                <td>
                  <Sparkline
                    values={a.sparkline}
                    testId="article-sparkline"
                    label={t('articles.sparkline', { min: number(Math.min(...tones), 2), max: number(Math.max(...tones), 2) })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "+0,12" for a positive tone: the sign is the reading. */
export const signed = (text: string, value: number | null) => (value !== null && value > 0 ? `+${text}` : text);
