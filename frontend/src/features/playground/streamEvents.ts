import {
  CLIENT_PROBLEM_TYPES,
  readProblem,
  type CredentialSource,
  type ProblemDetails,
  type SseMessage,
  type Usage,
} from '../../shared/api';
import { asString, isRecord, parseJson } from '../../shared/lang';

/** The contract's usage counters, and any other counter a provider reports. */
export type StreamUsage = Usage & { readonly [counter: string]: number | undefined };

/**
 * The events of `POST /api/v1/invocations` with `Accept: text/event-stream`. The contract types the
 * stream as text, so the event payloads are written here; they use its schemas where it has them.
 */
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
      /** Gemini's signature of the reasoning behind the call: sent back with the call on replay. */
      readonly thoughtSignature?: string;
    }
  | { readonly type: 'usage'; readonly usage: StreamUsage }
  | { readonly type: 'finish'; readonly reason: string }
  | { readonly type: 'error'; readonly problem: ProblemDetails };

export type StreamEventType = StreamEvent['type'];

// A record rather than a list, so that a source added to the contract does not compile until listed.
const CREDENTIAL_SOURCES: Readonly<Record<CredentialSource, true>> = {
  request: true,
  secret: true,
  environment: true,
  custom_provider: true,
  ambient: true,
};

function isCredentialSource(value: unknown): value is CredentialSource {
  return typeof value === 'string' && Object.hasOwn(CREDENTIAL_SOURCES, value);
}

/**
 * Turns one SSE message into a typed event. Unknown event names give null (a newer server may add
 * events); a known event whose data is not what the contract says becomes an `error` event.
 */
export function toStreamEvent(message: SseMessage): StreamEvent | null {
  const known = ['start', 'text', 'reasoning', 'tool_call', 'usage', 'finish', 'error'];
  if (!known.includes(message.event)) return null;
  const d = parseJson(message.data);
  if (!isRecord(d)) return malformed(message.event);

  switch (message.event) {
    case 'start': {
      const sources: Record<string, CredentialSource> = {};
      if (isRecord(d.credentialSources)) {
        for (const [name, source] of Object.entries(d.credentialSources)) {
          if (isCredentialSource(source)) sources[name] = source;
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
      const thoughtSignature = str(d.thoughtSignature);
      return {
        type: 'tool_call',
        index: d.index as number,
        id: str(d.id),
        name: str(d.name),
        argumentsDelta: str(d.argumentsDelta) ?? '',
        ...(thoughtSignature ? { thoughtSignature } : {}),
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
  return asString(value) ?? null;
}
