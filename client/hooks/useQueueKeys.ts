/**
 * The queue's keyboard: one key per action, as in mail clients moderators
 * already know (j/k). Keys are ignored while typing in a field and when a
 * modifier is held, so browser shortcuts keep working.
 */
import { useEffect, useRef } from 'react';

export interface QueueKeyActions {
  next(): void;
  prev(): void;
  approve(): void;
  reject(): void;
  escalate(): void;
  select(): void;
  note(): void;
  open(): void;
  search(): void;
  undo(): void;
  help(): void;
  escape(): void;
}

/** Shown by the help dialog, in this order. */
export const QUEUE_KEYS: { key: string; action: keyof QueueKeyActions }[] = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'prev' },
  { key: 'a', action: 'approve' },
  { key: 'r', action: 'reject' },
  { key: 'e', action: 'escalate' },
  { key: 'x', action: 'select' },
  { key: 'n', action: 'note' },
  { key: 'o', action: 'open' },
  { key: '/', action: 'search' },
  { key: 'z', action: 'undo' },
  { key: '?', action: 'help' },
  { key: 'Escape', action: 'escape' },
];

const BY_KEY = new Map(QUEUE_KEYS.map((k) => [k.key, k.action]));

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useQueueKeys(enabled: boolean, actions: QueueKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const action = BY_KEY.get(e.key);
      if (!action) return;
      e.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
