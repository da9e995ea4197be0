/**
 * Deciding on comments, one or many, and undoing the last decision within
 * the server's undo window. The last decision is offered for undo in a toast
 * for UNDO_MS; failures are reported in the same toast.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueCounts } from '../../shared/events.js';
import type { BulkResult } from '../../shared/review.js';
import type { Decision, ModerationStatus } from '../../shared/types.js';
import { api } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session.js';

/** The server's default UNDO_SECONDS; a shorter toast than the real window only means undo by API is still possible. */
const UNDO_MS = 10_000;
const NOTICE_MS = 4_000;

type StatusUpdate = { id: number; status: ModerationStatus; by: string; at: string };

export interface Toast {
  message: string;
  /** Set while the decision can be undone. */
  undo?: () => void;
}

export interface Decisions {
  decide(ids: number[], action: Decision, reason?: string): Promise<boolean>;
  undo(): void;
  note(commenterId: number, commentId: number, text: string): Promise<boolean>;
  toast: Toast | null;
  dismiss(): void;
}

export function useDecisions(onStatuses: (updates: StatusUpdate[]) => void, onCounts?: (counts: QueueCounts) => void): Decisions {
  const { t } = useI18n();
  const { user } = useSession();
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const last = useRef<number[] | null>(null);

  const show = useCallback((next: Toast, ms: number) => {
    clearTimeout(timer.current);
    setToast(next);
    timer.current = setTimeout(() => {
      setToast(null);
      if (next.undo) last.current = null;
    }, ms);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const undo = useCallback(() => {
    const ids = last.current;
    if (!ids) return;
    last.current = null;
    void Promise.all(ids.map((id) => api.post<{ decision: { commentId: number; status: ModerationStatus; at: string }; counts: QueueCounts }>(`/api/comments/${id}/undo`)))
      .then((answers) => {
        onStatuses(answers.map((a) => ({ id: a.decision.commentId, status: a.decision.status, by: user?.username ?? '', at: a.decision.at })));
        const lastAnswer = answers[answers.length - 1];
        if (lastAnswer) onCounts?.(lastAnswer.counts);
        show({ message: t('queue.undone') }, NOTICE_MS);
      })
      .catch((e: Error) => show({ message: t('queue.undoFailed', { message: e.message }) }, NOTICE_MS));
  }, [onStatuses, onCounts, show, t, user]);

  const decide = useCallback(
    async (ids: number[], action: Decision, reason?: string) => {
      const body = { action, ...(reason ? { reason } : {}) };
      const by = user?.username ?? '';
      try {
        let updates: StatusUpdate[];
        if (ids.length === 1) {
          const r = await api.post<{ decision: { commentId: number; status: ModerationStatus; at: string }; counts: QueueCounts }>(`/api/comments/${ids[0]}/decision`, body);
          updates = [{ id: r.decision.commentId, status: r.decision.status, by, at: r.decision.at }];
          onCounts?.(r.counts);
        } else {
          const r = await api.post<{ results: BulkResult[]; counts: QueueCounts }>('/api/comments/decisions', { ids, ...body });
          const at = new Date().toISOString();
          updates = r.results.flatMap((x) => (x.ok ? [{ id: x.id, status: x.status, by, at }] : []));
          onCounts?.(r.counts);
        }
        onStatuses(updates);
        last.current = updates.map((u) => u.id);
        const done = t(`queue.done.${action}`);
        show({ message: updates.length === 1 ? done : t('queue.doneMany', { action: done, n: updates.length }), undo }, UNDO_MS);
        return true;
      } catch (e) {
        show({ message: t('queue.decisionFailed', { message: (e as Error).message }) }, NOTICE_MS);
        return false;
      }
    },
    [onStatuses, onCounts, show, t, undo, user],
  );

  const note = useCallback(
    async (commenterId: number, commentId: number, text: string) => {
      try {
        await api.post(`/api/commenters/${commenterId}/notes`, { text: `#${commentId} — ${text}` });
        show({ message: t('queue.noteSaved') }, NOTICE_MS);
        return true;
      } catch (e) {
        show({ message: t('queue.decisionFailed', { message: (e as Error).message }) }, NOTICE_MS);
        return false;
      }
    },
    [show, t],
  );

  return { decide, undo, note, toast, dismiss: () => setToast(null) };
}
