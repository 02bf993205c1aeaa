// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, type FetchFn } from './apiClient';
import { CLIENT_PROBLEM_TYPES, ProblemError } from './problem';
import type { InvocationRequest } from './types';

const invocation: InvocationRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] };

function respondWith(response: Response) {
  return vi.fn<FetchFn>().mockResolvedValue(response);
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('turns a problem+json response into a ProblemError with every member', async () => {
    const fetch = respondWith(
      new Response(
        JSON.stringify({
          type: 'https://switchboard.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'model must not be blank',
          instance: '/api/v1/invocations',
          invocationId: 'inv-1',
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } },
      ),
    );

    const error = await failureOf(createApiClient({ fetch }).post('/api/v1/invocations', { ...invocation, model: '' }));

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      source: 'server',
      type: 'https://switchboard.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'model must not be blank',
      instance: '/api/v1/invocations',
      extensions: { invocationId: 'inv-1' },
      message: 'model must not be blank',
    });
  });

  it('describes an error response without a problem body by its status alone', async () => {
    const fetch = respondWith(
      new Response('<html><body>upstream connect error</body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
    );

    const error = await failureOf(createApiClient({ fetch }).get('/api/v1/providers'));

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ source: 'http', type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect((error as ProblemError).detail).toBeUndefined();
  });

  it('does not trust problem-looking members in a plain JSON error body', async () => {
    const fetch = respondWith(
      new Response(JSON.stringify({ title: 'Looks like a problem', detail: 'but is not one' }), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      }),
    );

    const error = await failureOf(createApiClient({ fetch }).get('/api/v1/providers/{key}/models', { params: { key: 'x' } }));

    expect(error).toMatchObject({ source: 'http', type: 'about:blank', title: 'Not Found', status: 404 });
  });

  it('falls back to the status when a problem+json body is not valid JSON', async () => {
    const fetch = respondWith(
      new Response('{"title": "trunc', { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
    );

    const error = await failureOf(createApiClient({ fetch }).get('/api/v1/secrets'));

    expect(error).toMatchObject({ source: 'http', title: 'Internal Server Error', status: 500 });
  });

  it('reports a network failure as a ProblemError with status 0 and the original cause', async () => {
    const cause = new TypeError('fetch failed');
    const fetch = vi.fn<FetchFn>().mockRejectedValue(cause);

    const error = await failureOf(createApiClient({ fetch }).get('/api/v1/providers'));

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      source: 'network',
      type: CLIENT_PROBLEM_TYPES.network,
      title: 'Network error',
      status: 0,
    });
    expect((error as ProblemError).cause).toBe(cause);
  });

  it('passes an abort through untouched, because an abort is not an error', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchFn>((_input, init) => {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    });

    const pending = createApiClient({ fetch }).get('/api/v1/providers', { signal: controller.signal });
    controller.abort();
    const error = await failureOf(pending);

    expect(error).not.toBeInstanceOf(ProblemError);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('sends JSON with the right headers and returns the parsed body', async () => {
    const fetch = respondWith(
      new Response(JSON.stringify({ upserted: ['OPENAI_API_KEY'], deleted: [] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );

    const result = await createApiClient({ fetch, baseUrl: 'http://backend' }).put('/api/v1/secrets', {
      secrets: [{ key: 'OPENAI_API_KEY', value: 'sk-test' }],
    });

    expect(result).toEqual({ upserted: ['OPENAI_API_KEY'], deleted: [] });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://backend/api/v1/secrets');
    expect(init?.method).toBe('PUT');
    expect(init?.body).toBe('{"secrets":[{"key":"OPENAI_API_KEY","value":"sk-test"}]}');
    const headers = new Headers(init?.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept')).toBe('application/json, application/problem+json');
  });

  it('resolves an empty success body to undefined', async () => {
    const fetch = respondWith(new Response(null, { status: 204 }));

    await expect(
      createApiClient({ fetch }).delete('/api/v1/secrets/{key}', { params: { key: 'OPENAI_API_KEY' } }),
    ).resolves.toBeUndefined();
  });

  it('fills the path parameters, each URL-encoded', async () => {
    const fetch = respondWith(new Response(null, { status: 204 }));

    await createApiClient({ fetch }).delete('/api/v1/secrets/{key}', { params: { key: 'A/B C' } });

    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/secrets/A%2FB%20C');
    expect(fetch.mock.calls[0]![1]?.method).toBe('DELETE');
  });

  it('adds the query parameters that have a value, encoded', async () => {
    const fetch = vi.fn<FetchFn>(async () => new Response(JSON.stringify({ items: [], total: 0, limit: 20, offset: 0 })));

    await createApiClient({ fetch }).get('/api/v1/prompts', { query: { search: 'a&b c', limit: 20, offset: 40 } });
    await createApiClient({ fetch }).get('/api/v1/prompts', { query: { search: undefined } });

    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/v1/prompts?search=a%26b+c&limit=20&offset=40', '/api/v1/prompts']);
  });

  it('accepts only the contract: its paths, methods, bodies and path parameters', () => {
    const client = createApiClient({ fetch: respondWith(new Response(null, { status: 204 })) });
    // Each call below must fail to compile (`npm run typecheck` checks it); none of them runs.
    const rejected = () => {
      // @ts-expect-error not a path of the contract
      void client.get('/api/v1/no-such-path');
      // @ts-expect-error the contract has no GET for this path
      void client.get('/api/v1/invocations');
      // @ts-expect-error an invocation needs messages
      void client.post('/api/v1/invocations', { model: 'm' });
      // @ts-expect-error {key} needs a value
      void client.delete('/api/v1/secrets/{key}');
      // @ts-expect-error the contract gives this path no query parameters
      void client.get('/api/v1/providers', { query: { search: 'x' } });
      // @ts-expect-error limit is a number
      void client.get('/api/v1/prompts', { query: { limit: '20' } });
      // @ts-expect-error the response is a list of providers, not one
      const providers: Promise<{ key?: string }> = client.get('/api/v1/providers');
      void providers;
    };
    expect(rejected).toBeTypeOf('function');
  });

  it('reports a success body that is not JSON as an invalid response', async () => {
    const fetch = respondWith(new Response('<!doctype html><title>Switchboard</title>', { status: 200 }));

    const error = await failureOf(createApiClient({ fetch }).get('/api/v1/providers'));

    expect(error).toMatchObject({ source: 'response', type: CLIENT_PROBLEM_TYPES.invalidResponse, status: 200 });
  });

  describe('stream', () => {
    it('posts JSON asking for an event stream and yields its events', async () => {
      const fetch = respondWith(
        new Response('event: text\ndata: {"delta":"Hi"}\n\nevent: finish\ndata: {"reason":"stop"}\n\n', {
          status: 200,
          headers: { 'Content-Type': 'text/event-stream;charset=UTF-8' },
        }),
      );

      const events = [];
      for await (const event of await createApiClient({ fetch }).stream('/api/v1/invocations', invocation)) {
        events.push(event.event);
      }

      expect(events).toEqual(['text', 'finish']);
      const [, init] = fetch.mock.calls[0]!;
      expect(init?.method).toBe('POST');
      expect(init?.body).toBe(JSON.stringify(invocation));
      expect(new Headers(init?.headers).get('Accept')).toBe('text/event-stream, application/problem+json');
    });

    it('rejects with the problem when the server refuses before streaming', async () => {
      const fetch = respondWith(
        new Response(JSON.stringify({ title: 'Invalid request', status: 422, detail: 'Header Host is not allowed.' }), {
          status: 422,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      );

      const error = await failureOf(createApiClient({ fetch }).stream('/api/v1/invocations', invocation));

      expect(error).toMatchObject({ source: 'server', status: 422, detail: 'Header Host is not allowed.' });
    });

    it('rejects a success response that is not an event stream', async () => {
      const fetch = respondWith(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));

      const error = await failureOf(createApiClient({ fetch }).stream('/api/v1/invocations', invocation));

      expect(error).toMatchObject({ source: 'response', type: CLIENT_PROBLEM_TYPES.invalidResponse });
    });
  });
});
