/**
 * One comment as a moderator reviews it: who wrote it and where, the text
 * with its evidence highlighted, reason chips and score badges, and the
 * decisions. Used by the queue and by an article's page.
 */
import { memo, useEffect, useRef, useState, type FormEvent } from 'react';
import type { CommentSummary } from '../../shared/events.js';
import type { Decision } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { Highlighted } from './Highlighted.js';
import { ReasonChips, ScoreBadges, StatusChip } from './ScoreBadges.js';

export type CardForm = 'reject' | 'note' | null;

export interface LiveDecision {
  by: string;
  at: string;
}

export interface CommentCardProps {
  comment: CommentSummary;
  active: boolean;
  selected: boolean;
  /** Set when another moderator (or this one) decided since the list was loaded. */
  decided?: LiveDecision | undefined;
  canDecide: boolean;
  form: CardForm;
  onForm(form: CardForm): void;
  onActivate(): void;
  onSelect(selected: boolean): void;
  onDecide(action: Decision, reason?: string): void;
  onNote(text: string): void;
}

export const CommentCard = memo(function CommentCard(props: CommentCardProps) {
  const { comment: c, active, selected, decided, canDecide, form } = props;
  const { t, dateTime, percent } = useI18n();
  return (
    <article
      className={['card', active && 'active', selected && 'selected', decided && 'decided'].filter(Boolean).join(' ')}
      data-testid="comment-card"
      data-comment-id={c.id}
      data-status={c.status}
      aria-current={active ? 'true' : undefined}
      onClick={props.onActivate}
    >
      <div className="card-head">
        {canDecide && (
          <input type="checkbox" aria-label={t('queue.select')} checked={selected} onChange={(e) => props.onSelect(e.target.checked)} onClick={(e) => e.stopPropagation()} />
        )}
        <Link to={`/commenters/${c.commenterId}`} className="author">
          {c.author}
        </Link>
        {c.commenterFlaggedRate !== undefined && <span title={t('queue.commenterFlaggedRate')}>{t('queue.flaggedRate', { rate: percent(c.commenterFlaggedRate) })}</span>}
        <span>·</span>
        <Link to={`/articles/${c.articleId}`}>{c.articleTitle ?? t('queue.untitledArticle', { id: c.articleId })}</Link>
        <span>·</span>
        <time dateTime={c.postedAt ?? c.receivedAt}>{dateTime(c.postedAt ?? c.receivedAt)}</time>
        <StatusChip status={c.status} />
        {decided && <span className="muted">{t('queue.decidedBy', { user: decided.by })}</span>}
      </div>
      <p className="card-text" lang={c.score.lang === 'other' ? undefined : c.score.lang}>
        <Highlighted text={c.text} evidence={c.score.evidence} />
      </p>
      <div className="card-foot">
        <ReasonChips reasons={c.score.reasons} />
        <ScoreBadges score={c.score} />
        {canDecide && (
          <div className="card-actions">
            <button type="button" className="approve" onClick={() => props.onDecide('approve')} title="a">
              {t('queue.approve')}
            </button>
            <button type="button" className="danger" onClick={() => props.onForm(form === 'reject' ? null : 'reject')} title="r">
              {t('queue.reject')}
            </button>
            <button type="button" onClick={() => props.onDecide('escalate')} title="e">
              {t('queue.escalate')}
            </button>
            <button type="button" onClick={() => props.onForm(form === 'note' ? null : 'note')} title="n">
              {t('queue.note')}
            </button>
          </div>
        )}
      </div>
      {form === 'reject' && <RejectForm reasons={c.score.reasons} onCancel={() => props.onForm(null)} onSubmit={(reason) => props.onDecide('reject', reason)} />}
      {form === 'note' && <NoteForm onCancel={() => props.onForm(null)} onSubmit={props.onNote} />}
    </article>
  );
});

/** Escape closes the form; the keyboard shortcuts are off while typing in it. */
function useFormKeys(onCancel: () => void) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') onCancel();
  };
  return { input, onKeyDown };
}

function RejectForm({ reasons, onSubmit, onCancel }: { reasons: string[]; onSubmit(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const presets = ['insult', 'identity_attack', 'threat', 'profanity', 'spam_link', 'shouting', 'off_topic'] as const;
  const [reason, setReason] = useState(() => (reasons[0] ? t(`reason.${reasons[0] as 'insult'}`) : ''));
  const { input, onKeyDown } = useFormKeys(onCancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(reason.trim());
  };
  return (
    <form className="card-form" onSubmit={submit} onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()} data-testid="reject-form">
      <label className="muted" htmlFor="reject-reason">
        {t('queue.rejectReason')}
      </label>
      <input id="reject-reason" ref={input} list="reject-presets" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      <datalist id="reject-presets">
        {presets.map((p) => (
          <option key={p} value={p === 'off_topic' ? t('queue.offTopic') : t(`reason.${p}`)} />
        ))}
      </datalist>
      <button type="submit" className="danger">
        {t('queue.confirmReject')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

function NoteForm({ onSubmit, onCancel }: { onSubmit(text: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { input, onKeyDown } = useFormKeys(onCancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onSubmit(text.trim());
  };
  return (
    <form className="card-form" onSubmit={submit} onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()} data-testid="note-form">
      <input ref={input} aria-label={t('queue.noteLabel')} placeholder={t('queue.noteLabel')} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">{t('common.save')}</button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
