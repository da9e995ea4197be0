/**
 * The rules page's resource: the saved rules and the running re-score (GET
 * /api/rules), kept current by `rules:progress` events — which the server
 * sends to every socket, so no room is joined — and the actions that change
 * or probe them: save, backtest, and the live score preview.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BacktestResult } from '../../shared/insights.js';
import type { Rules } from '../../shared/schemas.js';
import type { CommentScore } from '../../shared/types.js';
import { api } from '../api.js';
import { useSocketEvent } from '../socket.js';
import { useFetch } from './useFetch.js';

export interface RescoreProgress {
  version: number;
  done: number;
  total: number;
  finished: boolean;
}

export interface RulesAnswer {
  rules: Rules;
  rescore: RescoreProgress | null;
}

export function useRules() {
  const fetched = useFetch<RulesAnswer>('/api/rules');
  const [live, setLive] = useState<RescoreProgress | null>(null);
  useSocketEvent('rules:progress', (p) => setLive((prev) => (prev && prev.version > p.version ? prev : p)));

  const save = useCallback(
    async (rules: Rules, version: number) => {
      const answer = await api.put<RulesAnswer>('/api/rules', { ...rules, version });
      fetched.setData(() => answer);
      // The answer's progress is as old as the save; an event already heard for this version is newer.
      setLive((prev) => (prev && prev.version === answer.rules.version ? prev : answer.rescore));
      return answer;
    },
    [fetched.setData],
  );

  const backtest = useCallback((rules: Rules) => api.post<BacktestResult>('/api/rules/backtest', { rules }), []);

  const fromPage = fetched.data?.rescore ?? null;
  const progress = live && (!fromPage || live.version >= fromPage.version) ? live : fromPage;
  return { ...fetched, progress, save, backtest };
}

export interface Preview {
  score: CommentScore | undefined;
  error: Error | undefined;
  pending: boolean;
}

/**
 * POST /api/score for `text`, `delay` ms after the last keystroke, under
 * candidate `rules` (null: the saved ones). The server's engine, not a copy
 * in the browser: the preview and the stored score cannot disagree. A late
 * answer to older text never replaces a newer one.
 */
export function useScorePreview(text: string, lang: 'fr' | 'en' | '', rules: Rules | null, { enabled = true, delay = 200 } = {}): Preview {
  const [state, setState] = useState<Preview>({ score: undefined, error: undefined, pending: false });
  const ticket = useRef(0);
  const rulesKey = rules ? JSON.stringify(rules) : '';
  useEffect(() => {
    const mine = ++ticket.current;
    if (!enabled || !text.trim()) {
      setState({ score: undefined, error: undefined, pending: false });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      api.post<CommentScore>('/api/score', { text, ...(lang ? { lang } : {}), ...(rules ? { rules } : {}) }).then(
        (score) => mine === ticket.current && setState({ score, error: undefined, pending: false }),
        (error: Error) => mine === ticket.current && setState((s) => ({ ...s, error, pending: false })),
      );
    }, delay);
    return () => clearTimeout(timer);
    // rulesKey stands for rules: a new object with the same rules is no reason to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, lang, rulesKey, enabled, delay]);
  return state;
}
