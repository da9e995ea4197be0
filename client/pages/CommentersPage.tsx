/**
 * /commenters: the recurring commenters, sortable by the columns the server
 * sorts on, searchable by name, filterable to the watched ones. Sort, search
 * and filter live in the address bar, so a view can be shared or reloaded.
 */
import { useEffect, useState } from 'react';
import { COMMENTER_SORTS, type CommenterSort } from '../../shared/insights.js';
import { CommenterTable } from '../components/CommenterTable.js';
import { Empty, ErrorState, Loading } from '../components/States.js';
import { useCommenterList } from '../hooks/useCommenters.js';
import { useI18n } from '../i18n/i18n.js';
import { setSearch, useLocation } from '../router.js';
import '../styles/commenters.css';

const DEFAULT_SORT: CommenterSort = 'comments';
/** Long enough not to fetch on every keystroke, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 300;

/** Changes some query parameters, keeping the others as the address bar has them now (not as they were at render). */
function patchSearch(patch: Record<string, string | undefined>): void {
  setSearch({ ...Object.fromEntries(new URLSearchParams(location.search)), ...patch });
}

const sortFrom = (v: string | null): CommenterSort => ((COMMENTER_SORTS as readonly string[]).includes(v ?? '') ? (v as CommenterSort) : DEFAULT_SORT);

export function CommentersPage(_props: { id: number }) {
  const { t, tn } = useI18n();
  const { search } = useLocation();
  const sort = sortFrom(search.get('sort'));
  const q = search.get('q')?.trim() ?? '';
  const watched = search.get('watched') === '1';
  const list = useCommenterList({ sort, q, watched });

  const [draft, setDraft] = useState(q);
  // Back / forward to another search: the box follows the address.
  useEffect(() => setDraft((d) => (d.trim() === q ? d : q)), [q]);
  useEffect(() => {
    if (draft.trim() === q) return;
    const timer = setTimeout(() => patchSearch({ q: draft.trim() || undefined }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, q]);

  const onSort = (next: CommenterSort) => patchSearch({ sort: next === DEFAULT_SORT ? undefined : next });
  const filtered = q !== '' || watched;

  return (
    <section className="cm-page" aria-labelledby="commenters-title">
      <div className="page-head">
        <h1 id="commenters-title">{t('commenters.title')}</h1>
        <span className="muted">{t('commenters.subtitle')}</span>
      </div>
      <div className="toolbar" role="search">
        <label className="cm-search">
          <span className="cm-visually-hidden">{t('commenters.searchLabel')}</span>
          <input
            type="search"
            value={draft}
            maxLength={200}
            placeholder={t('commenters.searchPlaceholder')}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="commenters-search"
          />
        </label>
        <label className="cm-check">
          <input type="checkbox" checked={watched} onChange={(e) => patchSearch({ watched: e.target.checked ? '1' : undefined })} data-testid="commenters-watched" />
          {t('commenters.watchedOnly')}
        </label>
        {list.loading && list.items.length > 0 && (
          <span className="muted cm-inline-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('state.loading')}
          </span>
        )}
        {!list.loading && list.items.length > 0 && (
          <span className="muted cm-count">{tn('commenters.shown', list.items.length)}</span>
        )}
      </div>

      {list.error && list.items.length === 0 ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.items.length === 0 && list.loading ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <Empty title={filtered ? t('commenters.emptyFiltered') : t('commenters.empty')}>
          <p>{filtered ? t('commenters.emptyFilteredHint') : t('commenters.emptyHint')}</p>
          {filtered && (
            <button type="button" onClick={() => { setDraft(''); patchSearch({ q: undefined, watched: undefined }); }}>
              {t('commenters.clearFilters')}
            </button>
          )}
        </Empty>
      ) : (
        <>
          <CommenterTable items={list.items} sort={sort} onSort={onSort} busy={list.loading} />
          {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
          <div className="cm-more">
            {list.nextCursor ? (
              <button type="button" onClick={list.loadMore} disabled={list.loadingMore || list.loading} data-testid="commenters-more">
                {list.loadingMore ? t('commenters.loadingMore') : t('common.loadMore')}
              </button>
            ) : (
              <span className="muted">{t('commenters.end')}</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
