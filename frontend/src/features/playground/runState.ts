import type { CredentialSource, ProblemDetails } from '../../shared/api';
import { assertNever } from '../../shared/lang';
import type { StreamEvent, StreamUsage } from './streamEvents';

export interface ToolCallOutput {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | null;
  readonly arguments: string;
  readonly thoughtSignature?: string;
}

/**
 * - `connecting`: request sent, no event yet; `streaming`: events arriving;
 * - `finished`: a `finish` event; `failed`: an `error` event, an error response or a broken
 *   stream; `stopped`: the user pressed Stop (not an error: the partial output stays).
 */
export type RunStatus = 'idle' | 'connecting' | 'streaming' | 'finished' | 'failed' | 'stopped';

export interface RunState {
  readonly status: RunStatus;
  readonly invocationId: string | null;
  readonly model: string | null;
  readonly apiType: string | null;
  readonly credentialSources: Readonly<Record<string, CredentialSource>>;
  readonly text: string;
  readonly reasoning: string;
  readonly toolCalls: readonly ToolCallOutput[];
  readonly usage: StreamUsage | null;
  readonly finishReason: string | null;
  readonly problem: ProblemDetails | null;
}

export type RunAction =
  | { readonly type: 'run' }
  | { readonly type: 'event'; readonly event: StreamEvent }
  | { readonly type: 'failed'; readonly problem: ProblemDetails }
  | { readonly type: 'stopped' }
  /** The stream closed; without a `finish` or `error` first, that is a broken stream. */
  | { readonly type: 'ended' }
  | { readonly type: 'reset' };

export const INITIAL_RUN_STATE: RunState = {
  status: 'idle',
  invocationId: null,
  model: null,
  apiType: null,
  credentialSources: {},
  text: '',
  reasoning: '',
  toolCalls: [],
  usage: null,
  finishReason: null,
  problem: null,
};

export function isRunning(state: RunState): boolean {
  return state.status === 'connecting' || state.status === 'streaming';
}

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'run':
      return { ...INITIAL_RUN_STATE, status: 'connecting' };
    case 'reset':
      return INITIAL_RUN_STATE;
    case 'event':
      return isRunning(state) ? applyEvent(state, action.event) : state;
    case 'failed':
      return isRunning(state) ? { ...state, status: 'failed', problem: action.problem } : state;
    case 'stopped':
      return isRunning(state) ? { ...state, status: 'stopped' } : state;
    case 'ended':
      return isRunning(state)
        ? {
            ...state,
            status: 'failed',
            problem: {
              type: 'urn:switchboard:problem:stream-ended',
              title: 'The stream ended unexpectedly',
              status: 0,
              detail: 'The connection closed before the model finished. The output above may be incomplete.',
              extensions: {},
            },
          }
        : state;
    default:
      return assertNever(action);
  }
}

function applyEvent(state: RunState, event: StreamEvent): RunState {
  const streaming: RunState = { ...state, status: 'streaming' };
  switch (event.type) {
    case 'start':
      return {
        ...streaming,
        invocationId: event.invocationId,
        model: event.model,
        apiType: event.apiType,
        credentialSources: event.credentialSources,
      };
    case 'text':
      return { ...streaming, text: state.text + event.delta };
    case 'reasoning':
      return { ...streaming, reasoning: state.reasoning + event.delta };
    case 'tool_call':
      return { ...streaming, toolCalls: mergeToolCall(state.toolCalls, event) };
    case 'usage':
      return { ...streaming, usage: { ...(state.usage ?? {}), ...event.usage } };
    case 'finish':
      return { ...state, status: 'finished', finishReason: event.reason };
    case 'error':
      return { ...state, status: 'failed', problem: event.problem };
    default:
      return assertNever(event);
  }
}

function mergeToolCall(
  calls: readonly ToolCallOutput[],
  event: Extract<StreamEvent, { type: 'tool_call' }>,
): readonly ToolCallOutput[] {
  const existing = calls.find((call) => call.index === event.index);
  if (!existing) {
    const added = {
      index: event.index,
      id: event.id,
      name: event.name,
      arguments: event.argumentsDelta,
      ...(event.thoughtSignature ? { thoughtSignature: event.thoughtSignature } : {}),
    };
    return [...calls, added].sort((a, b) => a.index - b.index);
  }
  return calls.map((call) =>
    call === existing
      ? {
          ...call,
          id: call.id ?? event.id,
          name: call.name ?? event.name,
          arguments: call.arguments + event.argumentsDelta,
          ...(event.thoughtSignature ? { thoughtSignature: event.thoughtSignature } : {}),
        }
      : call,
  );
}
