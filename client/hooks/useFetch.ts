import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';

export interface Fetched<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
  /** Patches the data in place — how live socket events update a page without re-fetching it. */
  setData(update: (current: T) => T): void;
}

/** GETs `url` (null: nothing yet) and again whenever it changes; a stale answer never overwrites a newer one. */
export function useFetch<T>(url: string | null): Fetched<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: url !== null });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (url === null) return;
    const ticket = ++latest.current;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.get<T>(url, undefined, controller.signal).then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: Error) => ticket === latest.current && error.name !== 'AbortError' && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => controller.abort();
  }, [url, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((update: (current: T) => T) => setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) })), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, setData };
}
