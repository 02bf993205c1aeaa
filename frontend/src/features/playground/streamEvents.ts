import { CLIENT_PROBLEM_TYPES, readProblem, type ProblemDetails, type SseMessage } from '../../shared/api';

/** Where the server took a credential from for one invocation. */
export type CredentialSource = 'request' | 'secret' | 'environment' | 'custom_provider' | 'ambient';

export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly totalTokens?: number;
  /** Provider-specific counters (cached tokens, reasoning tokens, ...). */
  readonly [counter: string]: number | undefined;
}

/** The events of `POST /api/v1/invocations` with `Accept: text/event-stream`. */
export type StreamEvent =
  | {
      readonly type: 'start';
      readonly invocationId: string;
      readonly provider: string | null;
      readonly model: string;
      readonly apiType: string | null;
      readonly credentialSources: Readonly<Record<string, CredentialSource>>;
    }
  | { readonly type: 'text'; readonly delta: string }
  | { readonly type: 'reasoning'; readonly delta: string }
  | {
      readonly type: 'tool_call';
      readonly index: number;
      readonly id: string | null;
      readonly name: string | null;
      readonly argumentsDelta: string;
    }
  | { readonly type: 'usage'; readonly usage: Usage }
  | { readonly type: 'finish'; readonly reason: string }
  | { readonly type: 'error'; readonly problem: ProblemDetails };

export type StreamEventType = StreamEvent['type'];

const CREDENTIAL_SOURCES = new Set<string>(['request', 'secret', 'environment', 'custom_provider', 'ambient']);

/**
 * Turns one SSE message into a typed event. Unknown event names give null (a newer server may add
 * events); a known event whose data is not what the contract says becomes an `error` event.
 */
export function toStreamEvent(message: SseMessage): StreamEvent | null {
  const known = ['start', 'text', 'reasoning', 'tool_call', 'usage', 'finish', 'error'];
  if (!known.includes(message.event)) return null;
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return malformed(message.event);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return malformed(message.event);
  const d = data as Record<string, unknown>;

  switch (message.event) {
    case 'start': {
      const sources: Record<string, CredentialSource> = {};
      if (isRecord(d.credentialSources)) {
        for (const [name, source] of Object.entries(d.credentialSources)) {
          if (typeof source === 'string' && CREDENTIAL_SOURCES.has(source)) sources[name] = source as CredentialSource;
        }
      }
      return {
        type: 'start',
        invocationId: str(d.invocationId) ?? '',
        provider: str(d.provider),
        model: str(d.model) ?? '',
        apiType: str(d.apiType),
        credentialSources: sources,
      };
    }
    case 'text':
    case 'reasoning': {
      const delta = str(d.delta);
      return delta === null ? malformed(message.event) : { type: message.event, delta };
    }
    case 'tool_call': {
      if (!Number.isInteger(d.index)) return malformed(message.event);
      return {
        type: 'tool_call',
        index: d.index as number,
        id: str(d.id),
        name: str(d.name),
        argumentsDelta: str(d.argumentsDelta) ?? '',
      };
    }
    case 'usage': {
      const usage: Record<string, number> = {};
      for (const [name, value] of Object.entries(d)) if (typeof value === 'number') usage[name] = value;
      return { type: 'usage', usage };
    }
    case 'finish':
      return { type: 'finish', reason: str(d.reason) ?? 'unknown' };
    case 'error': {
      const problem = readProblem(d.problem, 502);
      return problem ? { type: 'error', problem } : malformed(message.event);
    }
    default:
      return null;
  }
}

function malformed(event: string): StreamEvent {
  return {
    type: 'error',
    problem: {
      type: CLIENT_PROBLEM_TYPES.invalidResponse,
      title: 'Invalid stream event',
      status: 0,
      detail: `The server sent a "${event}" event this page cannot read.`,
      extensions: {},
    },
  };
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
