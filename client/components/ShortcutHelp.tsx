import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/fr.js';
import { QUEUE_KEYS } from '../hooks/useQueueKeys.js';

/** The "?" dialog: every queue shortcut. Escape or a click outside closes it. */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(e) => e.stopPropagation()} data-testid="shortcut-help">
        <h2 id="shortcuts-title">{t('queue.shortcuts')}</h2>
        <table className="shortcuts">
          <tbody>
            {QUEUE_KEYS.map(({ key, action }) => (
              <tr key={key}>
                <td>
                  <kbd>{key === 'Escape' ? t('queue.key.escapeKey') : key}</kbd>
                </td>
                <td>{t(`queue.key.${action === 'prev' ? 'prev' : action}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
