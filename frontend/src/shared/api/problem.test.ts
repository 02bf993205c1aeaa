import { describe, expect, it } from 'vitest';
import { isProblemMediaType, readProblem, statusTitle } from './problem';

describe('readProblem', () => {
  it('reads the standard members and keeps the others as extensions', () => {
    const problem = readProblem(
      {
        type: 'https://switchboard.dev/problems/upstream-authentication',
        title: 'Upstream authentication failed',
        status: 502,
        detail: 'OpenAI rejected the API key.',
        instance: '/api/v1/invocations',
        provider: 'OPENAI',
        upstreamStatus: 401,
      },
      502,
    );

    expect(problem).toEqual({
      type: 'https://switchboard.dev/problems/upstream-authentication',
      title: 'Upstream authentication failed',
      status: 502,
      detail: 'OpenAI rejected the API key.',
      instance: '/api/v1/invocations',
      extensions: { provider: 'OPENAI', upstreamStatus: 401 },
    });
  });

  it('ignores members of the wrong type and falls back to about:blank and the status phrase', () => {
    const problem = readProblem({ type: 42, title: ['x'], status: '404', detail: null }, 404, '');

    expect(problem).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, extensions: {} });
  });

  it("prefers the body's status, which survives intermediaries that change the response status", () => {
    const problem = readProblem({ title: 'Too many requests', status: 429 }, 500, 'Internal Server Error');

    expect(problem?.status).toBe(429);
  });

  it('rejects bodies that are not JSON objects', () => {
    expect(readProblem(null, 500)).toBeNull();
    expect(readProblem('oops', 500)).toBeNull();
    expect(readProblem([{ title: 'x' }], 500)).toBeNull();
  });
});

describe('isProblemMediaType', () => {
  it.each([
    ['application/problem+json', true],
    ['Application/Problem+JSON; charset=utf-8', true],
    ['application/json', false],
    ['text/html', false],
    [null, false],
  ])('%s → %s', (contentType, expected) => {
    expect(isProblemMediaType(contentType)).toBe(expected);
  });
});

describe('statusTitle', () => {
  it('uses the reason phrase the server sent, else a known phrase, else a generic one', () => {
    expect(statusTitle(418, "I'm a teapot")).toBe("I'm a teapot");
    expect(statusTitle(503, '')).toBe('Service Unavailable');
    expect(statusTitle(599)).toBe('HTTP error 599');
  });
});
