/**
 * The review list: filters, status tabs with counts, the "N new comments"
 * bar, virtualised cards (10,000 stay smooth: only the visible ones are in
 * the DOM), bulk selection, keyboard shortcuts and the undo toast.
 * The queue page shows it unfiltered; an article's page fixes its article.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { FLAG_REASONS, LANGS, QUEUE_SORTS, QUEUE_STATUSES, type Decision } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { filterFromSearch, filterToSearch, type QueueFilter } from '../queueFilter.js';
import { navigate, setSearch, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { useQueue } from '../hooks/useQueue.js';
import { useDecisions } from '../hooks/useDecisions.js';
import { useQueueKeys } from '../hooks/useQueueKeys.js';
import { CommentCard, type CardForm } from './CommentCard.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { Empty, ErrorState, Loading } from './States.js';
import '../styles/queue.css';

export interface CommentQueueProps {
  /** Filters the page sets and the moderator cannot remove (an article's page). */
  fixed?: { article?: number; commenter?: number };
}

export function CommentQueue({ fixed }: CommentQueueProps) {
  const { t, tn, number } = useI18n();
  const { can } = useSession();
  const canDecide = can('moderator', 'admin');
  const { search } = useLocation();
  // On an article's page every comment matters, newest first; the queue starts with what needs a decision.
  const defaults = useMemo(() => (fixed ? { status: 'all' as const, sort: 'newest' as const } : { status: 'flagged' as const, sort: 'severity' as const }), [fixed]);
  const filter: QueueFilter = { ...filterFromSearch(search, defaults), ...fixed };
  const queue = useQueue(filter);
  const decisions = useDecisions(queue.applyStatuses);

  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [form, setForm] = useState<{ id: number; form: CardForm } | null>(null);
  const [help, setHelp] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(filter.q ?? '');

  const update = (patch: Partial<QueueFilter>) => {
    const { article, commenter, ...rest } = { ...filter, ...patch };
    setSearch(filterToSearch({ ...rest, ...(fixed ? {} : { article, commenter }) } as QueueFilter, defaults));
    setActive(0);
    setSelected(new Set());
  };

  // The search box follows typing after a pause, not on every key.
  useEffect(() => {
    const id = setTimeout(() => (q.trim() || undefined) !== filter.q && update({ q: q.trim() || undefined }), 300);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowVirtualizer({
    count: queue.items.length,
    estimateSize: () => 150,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    getItemKey: (i) => queue.items[i]?.id ?? i,
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Near the end of what is loaded, load the next page.
  const lastVisible = virtualItems[virtualItems.length - 1]?.index ?? 0;
  useEffect(() => {
    if (queue.nextCursor && !queue.loadingMore && lastVisible >= queue.items.length - 10) queue.loadMore();
  }, [lastVisible, queue.items.length, queue.nextCursor, queue.loadingMore, queue]);

  // The first screenful of cards on screen: what `npm run bench:ui` times.
  const firstRender = useRef(false);
  useEffect(() => {
    if (firstRender.current || queue.loading || queue.items.length === 0) return;
    firstRender.current = true;
    performance.mark('vigie:queue-first-render', { detail: { items: queue.items.length, cards: virtualItems.length } });
  });

  const clampedActive = Math.min(active, Math.max(queue.items.length - 1, 0));
  const activeComment = queue.items[clampedActive];
  const targets = useCallback((): number[] => (selected.size > 0 ? [...selected] : activeComment ? [activeComment.id] : []), [selected, activeComment]);

  const decide = useCallback(
    async (ids: number[], action: Decision, reason?: string) => {
      if (ids.length === 0) return;
      const ok = await decisions.decide(ids, action, reason);
      if (!ok) return;
      setForm(null);
      if (ids.length > 1) setSelected(new Set());
      else {
        const index = queue.items.findIndex((c) => c.id === ids[0]);
        if (index >= 0 && index === clampedActive) setActive(Math.min(index + 1, queue.items.length - 1));
      }
    },
    [decisions, queue.items, clampedActive],
  );

  const move = (to: number) => {
    const next = Math.max(0, Math.min(to, queue.items.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  useQueueKeys(!help && form === null, {
    next: () => move(clampedActive + 1),
    prev: () => move(clampedActive - 1),
    approve: () => canDecide && void decide(targets(), 'approve'),
    escalate: () => canDecide && void decide(targets(), 'escalate'),
    reject: () => {
      if (!canDecide) return;
      if (selected.size > 0) void decide(targets(), 'reject');
      else if (activeComment) setForm({ id: activeComment.id, form: 'reject' });
    },
    note: () => canDecide && activeComment && setForm({ id: activeComment.id, form: 'note' }),
    select: () => activeComment && toggle(activeComment.id, !selected.has(activeComment.id)),
    open: () => activeComment && navigate(`/commenters/${activeComment.commenterId}`),
    search: () => searchBox.current?.focus(),
    undo: () => decisions.undo(),
    help: () => setHelp(true),
    escape: () => setSelected(new Set()),
  });

  function toggle(id: number, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const counts = queue.counts;
  return (
    <section className="queue" aria-label={t('queue.title')}>
      <div className="queue-tabs" role="tablist" aria-label={t('queue.filter.status')}>
        {QUEUE_STATUSES.map((s) => (
          <button key={s} type="button" role="tab" aria-selected={filter.status === s} className={filter.status === s ? 'tab active' : 'tab'} onClick={() => update({ status: s })} data-testid={`tab-${s}`}>
            {t(`status.${s}`)}
            {counts && !fixed && (
              <span className="tab-count" data-testid={`count-${s}`}>
                {number(counts[s])}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <input
          ref={searchBox}
          type="search"
          className="queue-search"
          aria-label={t('common.search')}
          placeholder={t('queue.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.currentTarget.blur(), e.stopPropagation())}
        />
        <label>
          <span className="muted">{t('queue.filter.reason')} </span>
          <select value={filter.reason ?? ''} onChange={(e) => update({ reason: (e.target.value || undefined) as QueueFilter['reason'] })}>
            <option value="">{t('queue.filter.any')}</option>
            {FLAG_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="muted">{t('queue.filter.lang')} </span>
          <select value={filter.lang ?? ''} onChange={(e) => update({ lang: (e.target.value || undefined) as QueueFilter['lang'] })}>
            <option value="">{t('queue.filter.any')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`queue.lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="muted">{t('queue.filter.sort')} </span>
          <select value={filter.sort} onChange={(e) => update({ sort: e.target.value as QueueFilter['sort'] })}>
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`queue.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {!fixed?.article && filter.article && (
          <button type="button" className="chip" onClick={() => update({ article: undefined })} title={t('queue.filter.clear')}>
            {t('queue.filter.article', { id: filter.article })} ✕
          </button>
        )}
        {!fixed?.commenter && filter.commenter && (
          <button type="button" className="chip" onClick={() => update({ commenter: undefined })} title={t('queue.filter.clear')}>
            {t('queue.filter.commenter', { id: filter.commenter })} ✕
          </button>
        )}
        <button type="button" className="link-button muted" onClick={() => setHelp(true)}>
          {t('queue.shortcutsHint')}
        </button>
      </div>

      {selected.size > 0 && canDecide && (
        <div className="bulk-bar" role="region" aria-label={tn('queue.selected', selected.size)} data-testid="bulk-bar">
          <strong>{tn('queue.selected', selected.size)}</strong>
          <button type="button" className="approve" onClick={() => void decide([...selected], 'approve')}>
            {t('queue.bulkApprove')}
          </button>
          <button type="button" className="danger" onClick={() => void decide([...selected], 'reject')}>
            {t('queue.bulkReject')}
          </button>
          <button type="button" onClick={() => void decide([...selected], 'escalate')}>
            {t('queue.bulkEscalate')}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {t('queue.bulkClear')}
          </button>
          <span className="muted">{t('queue.bulkHint')}</span>
        </div>
      )}

      {queue.incoming.length > 0 && (
        <button type="button" className="incoming-bar" onClick={queue.showIncoming} data-testid="incoming-bar" aria-live="polite">
          {tn('queue.newComments', queue.incoming.length)}
        </button>
      )}

      {queue.error && queue.items.length === 0 ? (
        <ErrorState error={queue.error} onRetry={queue.reload} />
      ) : queue.loading ? (
        <Loading />
      ) : queue.items.length === 0 ? (
        <Empty title={t('queue.empty')}>
          <p className="muted">{t('queue.emptyHint')}</p>
        </Empty>
      ) : (
        <div ref={listRef} className="queue-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="queue-list" data-loaded={queue.items.length}>
          {virtualItems.map((v) => {
            const c = queue.items[v.index]!;
            return (
              <div
                key={v.key}
                data-index={v.index}
                ref={virtualizer.measureElement}
                className="queue-row"
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
              >
                <CommentCard
                  comment={c}
                  active={v.index === clampedActive}
                  selected={selected.has(c.id)}
                  decided={queue.decided.get(c.id)}
                  canDecide={canDecide}
                  form={form?.id === c.id ? form.form : null}
                  onForm={(f) => setForm(f ? { id: c.id, form: f } : null)}
                  onActivate={() => setActive(v.index)}
                  onSelect={(on) => toggle(c.id, on)}
                  onDecide={(action, reason) => void decide([c.id], action, reason)}
                  onNote={(text) => void decisions.note(c.commenterId, c.id, text).then((ok) => ok && setForm(null))}
                />
              </div>
            );
          })}
        </div>
      )}
      {queue.items.length > 0 && <p className="queue-end muted">{queue.loadingMore ? t('queue.loadingMore') : queue.nextCursor ? '' : t('queue.end')}</p>}

      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      {decisions.toast && (
        <div className="toast" role="status" data-testid="toast">
          <span>{decisions.toast.message}</span>
          {decisions.toast.undo && (
            <button type="button" onClick={decisions.toast.undo}>
              {t('queue.undo')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
