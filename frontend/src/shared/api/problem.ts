/**
 * RFC 9457 problem details, as the Switchboard backend sends them for every error, and the
 * typed error the api client throws for any failed request.
 */

import { isRecord } from '../lang';

export const PROBLEM_JSON = 'application/problem+json';

/** Problem types made up on the client, for failures where the server sent no problem. */
export const CLIENT_PROBLEM_TYPES = {
  network: 'urn:switchboard:problem:network-error',
  invalidResponse: 'urn:switchboard:problem:invalid-response',
} as const;

/**
 * Where a problem came from:
 * - `server`: the response carried an `application/problem+json` body;
 * - `http`: an error status without a usable problem body (a proxy page, plain text, ...);
 * - `network`: no response at all (server down, connection reset, CORS, offline);
 * - `response`: a success status whose body was not the JSON the caller expected.
 */
export type ProblemSource = 'server' | 'http' | 'network' | 'response';

export interface ProblemDetails {
  /** URI reference naming the problem type; `about:blank` when the status code says it all. */
  readonly type: string;
  readonly title: string;
  /** HTTP status code; 0 when no response was received. */
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Every other member of the problem object, e.g. `provider`, `upstreamStatus`, `invocationId`. */
  readonly extensions: Readonly<Record<string, unknown>>;
}

export class ProblemError extends Error implements ProblemDetails {
  override readonly name = 'ProblemError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly source: ProblemSource;

  constructor(problem: ProblemDetails, source: ProblemSource, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.extensions = problem.extensions;
    this.source = source;
  }
}

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The reason phrase for a status: the response's own if it sent one (HTTP/2 never does). */
export function statusTitle(status: number, statusText = ''): string {
  return statusText.trim() || STATUS_TITLES[status] || `HTTP error ${status}`;
}

/** True for `application/problem+json`, with or without parameters, in any letter case. */
export function isProblemMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const essence = contentType.split(';', 1)[0] ?? '';
  return essence.trim().toLowerCase() === PROBLEM_JSON;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * Reads a parsed problem object. Members of the wrong type are ignored (RFC 9457 §3.1): a missing
 * `type` means `about:blank`, a missing `title` falls back to the status phrase and a missing or
 * invalid `status` to the response's status. Returns null when the body is not a JSON object.
 */
export function readProblem(body: unknown, responseStatus: number, statusText = ''): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const member = body;

  const status =
    Number.isInteger(member.status) && (member.status as number) >= 100 && (member.status as number) <= 599
      ? (member.status as number)
      : responseStatus;
  const extensions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(member)) {
    if (!STANDARD_MEMBERS.has(name)) extensions[name] = value;
  }

  return {
    type: nonEmptyString(member.type) ?? 'about:blank',
    title: nonEmptyString(member.title) ?? statusTitle(status, status === responseStatus ? statusText : ''),
    status,
    detail: nonEmptyString(member.detail),
    instance: nonEmptyString(member.instance),
    extensions,
  };
}

/** The problem for an error status that came without a problem body. */
export function httpProblem(status: number, statusText = ''): ProblemDetails {
  return { type: 'about:blank', title: statusTitle(status, statusText), status, extensions: {} };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
