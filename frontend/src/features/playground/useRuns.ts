import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api, ProblemError, type ApiClient, type InvocationRequest, type ProblemDetails } from '../../shared/api';
import { INITIAL_RUN_STATE, runReducer, type RunAction, type RunState } from './runState';
import { toStreamEvent } from './streamEvents';

type RunsState = Readonly<Record<string, RunState>>;

function runsReducer(state: RunsState, { id, action }: { id: string; action: RunAction }): RunsState {
  const next = runReducer(state[id] ?? INITIAL_RUN_STATE, action);
  return next === state[id] ? state : { ...state, [id]: next };
}

export interface Runs {
  stateOf(id: string): RunState;
  run(id: string, request: InvocationRequest): Promise<void>;
  stop(id: string): void;
  /** Sets a run's state without a request (a form error found before sending). */
  fail(id: string, problem: ProblemDetails): void;
}

/**
 * The runs of the playground's instances, each streaming and stoppable on its own. Every run has
 * its own AbortController: a new run of the same instance aborts the previous one, Stop aborts it
 * (which closes the connection, so the server cancels the upstream call), and leaving the page
 * aborts them all. An abort is not an error: the run is marked stopped and keeps its output.
 */
export function useRuns(client: ApiClient = api): Runs {
  const [states, dispatch] = useReducer(runsReducer, {});
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const active = controllers.current;
    return () => {
      active.forEach((controller) => controller.abort());
      active.clear();
    };
  }, []);

  const run = useCallback(
    async (id: string, request: InvocationRequest) => {
      controllers.current.get(id)?.abort();
      const controller = new AbortController();
      controllers.current.set(id, controller);
      const current = () => controllers.current.get(id) === controller;
      const send = (action: RunAction) => {
        if (current()) dispatch({ id, action });
      };

      send({ type: 'run' });
      try {
        const events = await client.stream('/api/v1/invocations', request, { signal: controller.signal });
        for await (const message of events) {
          const event = toStreamEvent(message);
          if (!event) continue;
          send({ type: 'event', event });
          if (event.type === 'finish' || event.type === 'error') break;
        }
        send({ type: 'ended' });
      } catch (error) {
        if (controller.signal.aborted) return;
        send({ type: 'failed', problem: toProblem(error) });
      } finally {
        if (current()) controllers.current.delete(id);
      }
    },
    [client],
  );

  const stop = useCallback((id: string) => {
    const controller = controllers.current.get(id);
    if (!controller) return;
    dispatch({ id, action: { type: 'stopped' } });
    controllers.current.delete(id);
    controller.abort();
  }, []);

  const fail = useCallback((id: string, problem: ProblemDetails) => {
    dispatch({ id, action: { type: 'run' } });
    dispatch({ id, action: { type: 'failed', problem } });
  }, []);

  const stateOf = useCallback((id: string) => states[id] ?? INITIAL_RUN_STATE, [states]);

  return { stateOf, run, stop, fail };
}

function toProblem(error: unknown): ProblemDetails {
  if (error instanceof ProblemError) return error;
  return {
    type: 'urn:switchboard:problem:stream-interrupted',
    title: 'Connection lost',
    status: 0,
    detail: 'The connection to the Switchboard server broke while the answer was streaming.',
    extensions: {},
  };
}
