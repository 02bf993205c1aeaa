import { Theme } from '@radix-ui/themes';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { resetCustomProviderResources } from '../shared/api/customProviders';
import { providersResource, secretsResource } from '../shared/api/providers';

export interface FakeRoute {
  method?: string;
  path: string | RegExp;
  respond: (init: RequestInit | undefined, url: string) => Response | Promise<Response>;
}

/** Replaces `fetch` with a router of fake responses; unknown requests get a 404 problem. */
export function fakeFetch(routes: FakeRoute[]) {
  providersResource.reset();
  secretsResource.reset();
  resetCustomProviderResources();
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const route = routes.find(
      (r) => (r.method ?? 'GET') === method && (typeof r.path === 'string' ? r.path === url : r.path.test(url)),
    );
    if (route) return route.respond(init, url);
    return problemResponse(404, { title: 'Not Found', detail: `No fake for ${method} ${url}` });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A request a fake route answered: its method, URL and JSON body. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

/** The routes, each request to them recorded in `sent`, oldest first. */
export function recording(routes: FakeRoute[]): { routes: FakeRoute[]; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  return {
    sent,
    routes: routes.map((route) => ({
      ...route,
      respond: (init, url) => {
        sent.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
        return route.respond(init, url);
      },
    })),
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** An event-stream response whose events the test pushes one by one. */
export function controlledStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: () => new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send(event: string, data: unknown) {
      controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
    },
    close() {
      controller.close();
    },
    get cancelled() {
      return cancelled;
    },
  };
}

export function renderWithTheme(ui: ReactElement) {
  return render(<Theme>{ui}</Theme>);
}

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

/**
 * Renders one page at `path` (`route` is its route pattern, e.g. `/prompts/:name`); any other
 * address renders nothing, so a test can follow navigation with {@link currentLocation}.
 */
export function renderPageAt(path: string, route: string, page: ReactElement) {
  return renderWithTheme(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={route} element={page} />
        <Route path="*" element={null} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}

/** The address the page is at, path and query. */
export function currentLocation(): string {
  return screen.getByTestId('location').textContent ?? '';
}
