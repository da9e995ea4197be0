/** The moderators' notes about a commenter: newest first, and a form for moderators and admins. */
import { useState, type FormEvent } from 'react';
import { MAX_COMMENTER_NOTE_LENGTH, type CommenterNote } from '../../shared/insights.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  notes: CommenterNote[];
  canWrite: boolean;
  onAdd(text: string): Promise<unknown>;
}

export function CommenterNotes({ notes, canWrite, onAdd }: Props) {
  const { t, number, dateTime } = useI18n();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onAdd(value);
      setText('');
    } catch (err) {
      setError(t('commenters.notes.failed', { message: (err as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel cm-notes" aria-labelledby="cm-notes-title">
      <div className="cm-panel-head">
        <h2 id="cm-notes-title">{t('commenters.notes.title')}</h2>
        {notes.length > 0 && <span className="muted">{number(notes.length)}</span>}
      </div>
      {canWrite ? (
        <form className="cm-note-form" onSubmit={submit} data-testid="commenter-note-form">
          <label htmlFor="cm-note-text" className="cm-visually-hidden">
            {t('commenters.notes.label')}
          </label>
          <textarea
            id="cm-note-text"
            rows={2}
            maxLength={MAX_COMMENTER_NOTE_LENGTH}
            placeholder={t('commenters.notes.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="cm-note-actions">
            {text.length > MAX_COMMENTER_NOTE_LENGTH * 0.8 && (
              <span className="muted">{t('commenters.notes.left', { n: number(MAX_COMMENTER_NOTE_LENGTH - text.length) })}</span>
            )}
            <button type="submit" className="primary" disabled={saving || !text.trim()}>
              {saving ? t('commenters.notes.saving') : t('commenters.notes.add')}
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p className="muted cm-hint">{t('commenters.notes.readOnly')}</p>
      )}
      {notes.length === 0 ? (
        <p className="muted cm-hint">{t('commenters.notes.empty')}</p>
      ) : (
        <ul className="cm-note-list" data-testid="commenter-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <div className="cm-note-head">
                <strong>{n.author}</strong>
                <time dateTime={n.at}>{dateTime(n.at)}</time>
              </div>
              <p className="cm-note-text">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
