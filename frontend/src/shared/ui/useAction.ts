import { useCallback, useState } from 'react';
import { ProblemError } from '../api/problem';

/**
 * A form's call to the API: whether it is under way, and the problem it ended with (shown by the
 * form, cleared at the next try). Anything but a ProblemError is a bug and is thrown on.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const run = useCallback(async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run, clearProblem: useCallback(() => setProblem(null), []) };
}
