import { useEffect, useReducer } from 'react';
import {
  PLAYGROUND_STORAGE_KEY,
  deserializePlaygroundState,
  playgroundReducer,
  serializePlaygroundState,
} from './playgroundState';

function load() {
  try {
    return deserializePlaygroundState(window.localStorage.getItem(PLAYGROUND_STORAGE_KEY));
  } catch {
    return deserializePlaygroundState(null);
  }
}

/** The playground's state, restored from and saved to local storage (it holds no credentials). */
export function usePlaygroundState() {
  const [state, dispatch] = useReducer(playgroundReducer, undefined, load);
  useEffect(() => {
    try {
      window.localStorage.setItem(PLAYGROUND_STORAGE_KEY, serializePlaygroundState(state));
    } catch {
      // Storage full or blocked: the playground still works, it just will not survive a reload.
    }
  }, [state]);
  return [state, dispatch] as const;
}
