import {
  CLIENT_PROBLEM_TYPES,
  ProblemError,
  httpProblem,
  isProblemMediaType,
  PROBLEM_JSON,
  readProblem,
} from './problem';
import { readSse, type SseMessage } from '../sse/sseParser';
import type {
  EventStreamPath,
  HttpMethod,
  Operation,
  OptionsArg,
  PathWith,
  RequestBody,
  SuccessBody,
} from './pathTypes';
import type { paths } from './schema.gen';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** A call without a request body, e.g. `get('/api/v1/secrets/{key}', { params: { key } })`. */
type Call<Paths, M extends HttpMethod> = <P extends PathWith<Paths, M>>(
  path: P,
  ...options: OptionsArg<Operation<Paths, P, M>>
) => Promise<SuccessBody<Operation<Paths, P, M>>>;

/** A call that sends a JSON body. */
type CallWithBody<Paths, M extends HttpMethod> = <P extends PathWith<Paths, M>>(
  path: P,
  json: RequestBody<Operation<Paths, P, M>>,
  ...options: OptionsArg<Operation<Paths, P, M>>
) => Promise<SuccessBody<Operation<Paths, P, M>>>;

/**
 * The API, typed by the contract: only its paths and methods compile, with their request bodies
 * and path parameters, and each call resolves with that path's success body (`undefined` for an
 * empty one). Every failure rejects with a {@link ProblemError}, except an abort, which rejects
 * with the abort reason untouched: an aborted request is not an error to show.
 */
export interface ApiClient<Paths = paths> {
  get: Call<Paths, 'get'>;
  post: CallWithBody<Paths, 'post'>;
  put: CallWithBody<Paths, 'put'>;
  patch: CallWithBody<Paths, 'patch'>;
  delete: Call<Paths, 'delete'>;
  /**
   * POSTs JSON with `Accept: text/event-stream` and resolves, once the response headers are in,
   * with the server-sent events of the body. An error status rejects with a {@link ProblemError}
   * (errors found before the stream starts are plain problem+json); an abort rejects with the
   * abort reason, and aborting later ends the iteration the same way.
   */
  stream<P extends EventStreamPath<Paths>>(
    path: P,
    json: RequestBody<Operation<Paths, P, 'post'>>,
    ...options: OptionsArg<Operation<Paths, P, 'post'>>
  ): Promise<AsyncGenerator<SseMessage, void, undefined>>;
}

export interface ApiClientOptions {
  /** Defaults to the global `fetch`, looked up at call time so tests can stub it. */
  fetch?: FetchFn;
  /** Prefix for every path; empty by default because the SPA is served by the backend. */
  baseUrl?: string;
}

/** The options as the implementation sees them, once the typed signatures (pathTypes.ts) have checked them. */
interface CallOptions extends Omit<RequestInit, 'body' | 'method'> {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
}

export function createApiClient<Paths = paths>(options: ApiClientOptions = {}): ApiClient<Paths> {
  const fetchFn: FetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  async function request(method: string, path: string, json: unknown, call: CallOptions = {}): Promise<unknown> {
    const { params, query, headers, ...rest } = call;
    const requestHeaders = new Headers(headers);
    if (!requestHeaders.has('Accept')) requestHeaders.set('Accept', `application/json, ${PROBLEM_JSON}`);
    const requestInit: RequestInit = { ...rest, method, headers: requestHeaders };
    if (json !== undefined) {
      requestHeaders.set('Content-Type', 'application/json');
      requestInit.body = JSON.stringify(json);
    }

    let response: Response;
    let text: string;
    try {
      response = await fetchFn(baseUrl + fillPath(path, params) + queryString(query), requestInit);
      text = await response.text();
    } catch (error) {
      if (isAbort(error, call.signal)) throw error;
      throw networkProblem(error);
    }

    if (!response.ok) throw problemFrom(response, text);
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
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

  async function stream(path: string, json: unknown, call: CallOptions = {}) {
    const { params, query, ...rest } = call;
    const headers = new Headers(call.headers);
    headers.set('Accept', `text/event-stream, ${PROBLEM_JSON}`);
    headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetchFn(baseUrl + fillPath(path, params) + queryString(query), {
        ...rest,
        method: 'POST',
        headers,
        body: JSON.stringify(json),
      });
    } catch (error) {
      if (isAbort(error, call.signal)) throw error;
      throw networkProblem(error);
    }
    if (!response.ok) {
      let text = '';
      try {
        text = await response.text();
      } catch (error) {
        if (isAbort(error, call.signal)) throw error;
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

  const withBody = (method: string) => (path: string, json: unknown, call?: CallOptions) =>
    request(method, path, json, call);

  const client = {
    stream,
    get: (path: string, call?: CallOptions) => request('GET', path, undefined, call),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: (path: string, call?: CallOptions) => request('DELETE', path, undefined, call),
  };
  // The signatures above are what ApiClient<Paths> looks like once its generic types are resolved.
  return client as unknown as ApiClient<Paths>;
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

/** Fills the `{placeholders}` of a contract path, each value URL-encoded. */
function fillPath(template: string, params: CallOptions['params']): string {
  return template.replace(/\{([^}]+)\}/g, (_placeholder, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
}

/** `?name=value&…` of the query parameters that have a value; empty when none has. */
function queryString(query: CallOptions['query']): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.append(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

function isAbort(error: unknown, signal: AbortSignal | null | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}
