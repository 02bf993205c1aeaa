import { useEffect, useRef, useState } from 'react';
import { asProblem, type RemoteState } from './createRemoteResource';

/**
 * Data one page loads for itself (a prompt, a page of a search), as opposed to a resource shared
 * across the app: loaded when `key` changes, the previous request aborted. A reload keeps the data
 * on screen until the new answer is in; a new key does not show the old key's data.
 */
export function useRemoteData<T>(
  key: string,
  fetcher: (signal: AbortSignal) => Promise<T>,
): RemoteState<T> & { reload: () => Promise<void> } {
  const [loaded, setLoaded] = useState<{ key: string; state: RemoteState<T> }>({ key, state: { status: 'idle' } });
  const [generation, setGeneration] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    const controller = new AbortController();
    const dataOf = (previous: typeof loaded) =>
      previous.key === key && 'data' in previous.state ? previous.state.data : undefined;
    const settle = (next: (data: T | undefined) => RemoteState<T>) => {
      if (!controller.signal.aborted) setLoaded((previous) => ({ key, state: next(dataOf(previous)) }));
    };
    settle((data) => ({ status: 'loading', data }));
    fetcherRef.current(controller.signal).then(
      (data) => settle(() => ({ status: 'ready', data })),
      (error: unknown) => settle((data) => ({ status: 'error', error: asProblem(error), data })),
    );
    return () => controller.abort();
  }, [key, generation]);

  const state = loaded.key === key ? loaded.state : { status: 'loading' as const };
  return { ...state, reload: async () => setGeneration((n) => n + 1) };
}
