import {
  CLIENT_PROBLEM_TYPES,
  ProblemError,
  httpProblem,
  isProblemMediaType,
  PROBLEM_JSON,
  readProblem,
} from './problem';
import { readSse, type SseMessage } from '../sse/sseParser';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiRequestInit extends RequestInit {
  /** Sent as the JSON request body, with `Content-Type: application/json`. */
  json?: unknown;
}

export interface ApiClient {
  /**
   * Sends a request and resolves with the parsed JSON body (`undefined` for an empty body).
   * Rejects with a {@link ProblemError} for every failure except an abort, which rejects with
   * the abort reason untouched: an aborted request is not an error to show.
   */
  request<T>(path: string, init?: ApiRequestInit): Promise<T>;
  get<T>(path: string, init?: ApiRequestInit): Promise<T>;
  post<T>(path: string, json?: unknown, init?: ApiRequestInit): Promise<T>;
  put<T>(path: string, json?: unknown, init?: ApiRequestInit): Promise<T>;
  patch<T>(path: string, json?: unknown, init?: ApiRequestInit): Promise<T>;
  delete<T = void>(path: string, init?: ApiRequestInit): Promise<T>;
  /**
   * POSTs JSON with `Accept: text/event-stream` and resolves, once the response headers are in,
   * with the server-sent events of the body. An error status rejects with a {@link ProblemError}
   * (errors found before the stream starts are plain problem+json); an abort rejects with the
   * abort reason, and aborting later ends the iteration the same way.
   */
  stream(path: string, json: unknown, init?: ApiRequestInit): Promise<AsyncGenerator<SseMessage, void, undefined>>;
}

export interface ApiClientOptions {
  /** Defaults to the global `fetch`, looked up at call time so tests can stub it. */
  fetch?: FetchFn;
  /** Prefix for every path; empty by default because the SPA is served by the backend. */
  baseUrl?: string;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const fetchFn: FetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  async function request<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
    const { json, headers, ...rest } = init;
    const requestHeaders = new Headers(headers);
    if (!requestHeaders.has('Accept')) requestHeaders.set('Accept', `application/json, ${PROBLEM_JSON}`);
    const requestInit: RequestInit = { ...rest, headers: requestHeaders };
    if (json !== undefined) {
      requestHeaders.set('Content-Type', 'application/json');
      requestInit.body = JSON.stringify(json);
    }

    let response: Response;
    let text: string;
    try {
      response = await fetchFn(baseUrl + path, requestInit);
      text = await response.text();
    } catch (error) {
      if (isAbort(error, init.signal)) throw error;
      throw networkProblem(error);
    }

    if (!response.ok) throw problemFrom(response, text);
    if (text.trim() === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new ProblemError(
        {
          type: CLIENT_PROBLEM_TYPES.invalidResponse,
          title: 'Invalid response',
          status: response.status,
          detail: 'The server answered with a body that is not JSON.',
          extensions: {},
        },
        'response',
        { cause: error },
      );
    }
  }

  const withBody =
    (method: string) =>
    <T>(path: string, json?: unknown, init: ApiRequestInit = {}): Promise<T> =>
      request<T>(path, { ...init, method, json });

  async function stream(path: string, json: unknown, init: ApiRequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('Accept', `text/event-stream, ${PROBLEM_JSON}`);
    headers.set('Content-Type', 'application/json');
    const { json: _ignored, ...rest } = init;
    let response: Response;
    try {
      response = await fetchFn(baseUrl + path, { ...rest, method: 'POST', headers, body: JSON.stringify(json) });
    } catch (error) {
      if (isAbort(error, init.signal)) throw error;
      throw networkProblem(error);
    }
    if (!response.ok) {
      let text = '';
      try {
        text = await response.text();
      } catch (error) {
        if (isAbort(error, init.signal)) throw error;
      }
      throw problemFrom(response, text);
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!response.body || !contentType.toLowerCase().startsWith('text/event-stream')) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProblemError(
        {
          type: CLIENT_PROBLEM_TYPES.invalidResponse,
          title: 'Invalid response',
          status: response.status,
          detail: 'The server did not answer with an event stream.',
          extensions: {},
        },
        'response',
      );
    }
    return readSse(response.body);
  }

  return {
    request,
    stream,
    get: (path, init = {}) => request(path, { ...init, method: 'GET' }),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: (path, init = {}) => request(path, { ...init, method: 'DELETE' }),
  };
}

/** The client the features use. */
export const api = createApiClient();

function networkProblem(cause: unknown): ProblemError {
  return new ProblemError(
    {
      type: CLIENT_PROBLEM_TYPES.network,
      title: 'Network error',
      status: 0,
      detail: 'The Switchboard server could not be reached.',
      extensions: {},
    },
    'network',
    { cause },
  );
}

function problemFrom(response: Response, text: string): ProblemError {
  if (isProblemMediaType(response.headers.get('Content-Type'))) {
    try {
      const problem = readProblem(JSON.parse(text), response.status, response.statusText);
      if (problem) return new ProblemError(problem, 'server');
    } catch {
      // A malformed problem body is no better than no problem body.
    }
  }
  return new ProblemError(httpProblem(response.status, response.statusText), 'http');
}

function isAbort(error: unknown, signal: AbortSignal | null | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}
