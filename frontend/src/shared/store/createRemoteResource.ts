import { useEffect, useSyncExternalStore } from 'react';
import { ProblemError } from '../api/problem';

export type RemoteState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly data?: T }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: ProblemError; readonly data?: T };

export interface RemoteResource<T> {
  getState(): RemoteState<T>;
  subscribe(listener: () => void): () => void;
  /** Loads once; `force` reloads (keeping the old data visible while loading). */
  load(force?: boolean): Promise<void>;
  /** Forgets everything (tests). */
  reset(): void;
}

/**
 * A value fetched from the API and shared by every component that shows it, so that the header
 * menu, the playground and the settings page make one request and all see a reload.
 */
export function createRemoteResource<T>(fetcher: () => Promise<T>): RemoteResource<T> {
  let state: RemoteState<T> = { status: 'idle' };
  let inFlight: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: RemoteState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const dataOf = (current: RemoteState<T>) => ('data' in current ? current.data : undefined);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(force = false) {
      if (inFlight) return inFlight;
      if (!force && state.status !== 'idle') return Promise.resolve();
      set({ status: 'loading', data: dataOf(state) });
      inFlight = fetcher()
        .then((data) => set({ status: 'ready', data }))
        .catch((error: unknown) => set({ status: 'error', error: asProblem(error), data: dataOf(state) }))
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    reset() {
      inFlight = null;
      state = { status: 'idle' };
      listeners.forEach((listener) => listener());
    },
  };
}

/** A failed load as a problem to show; the api client's failures already are one. */
export function asProblem(error: unknown): ProblemError {
  return error instanceof ProblemError
    ? error
    : new ProblemError(
        { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error), extensions: {} },
        'response',
      );
}

/** Subscribes to a resource and starts loading it on first use. */
export function useRemoteResource<T>(resource: RemoteResource<T>): RemoteState<T> & { reload: () => Promise<void> } {
  const state = useSyncExternalStore(resource.subscribe, resource.getState, resource.getState);
  useEffect(() => {
    void resource.load();
  }, [resource]);
  return { ...state, reload: () => resource.load(true) };
}
