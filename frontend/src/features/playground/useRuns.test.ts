import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiClient, type FetchFn, type InvocationRequest } from '../../shared/api';
import { controlledStream } from '../../test/renderApp';
import { useRuns } from './useRuns';

const request: InvocationRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] };

function clientWithStreams() {
  const signals: AbortSignal[] = [];
  const streams: Array<ReturnType<typeof controlledStream>> = [];
  const fetch: FetchFn = async (_url, init) => {
    signals.push(init!.signal!);
    const stream = controlledStream();
    streams.push(stream);
    return stream.response();
  };
  return { client: createApiClient({ fetch }), signals, streams };
}

describe('useRuns', () => {
  it('aborts the previous run of an instance when it runs again, and ignores its late events', async () => {
    const { client, signals, streams } = clientWithStreams();
    const { result } = renderHook(() => useRuns(client));

    act(() => void result.current.run('a', request));
    await waitFor(() => expect(streams).toHaveLength(1));
    act(() => void result.current.run('a', request));
    await waitFor(() => expect(streams).toHaveLength(2));

    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    act(() => streams[1]!.send('text', { delta: 'new' }));
    await waitFor(() => expect(result.current.stateOf('a').text).toBe('new'));
    expect(result.current.stateOf('a').status).toBe('streaming');
  });

  it('keeps instances independent and aborts every run on unmount', async () => {
    const { client, signals, streams } = clientWithStreams();
    const { result, unmount } = renderHook(() => useRuns(client));

    act(() => {
      void result.current.run('a', request);
      void result.current.run('b', request);
    });
    await waitFor(() => expect(streams).toHaveLength(2));
    act(() => result.current.stop('a'));

    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(result.current.stateOf('a').status).toBe('stopped');
    expect(result.current.stateOf('b').status).toBe('connecting');

    unmount();
    expect(signals[1]?.aborted).toBe(true);
  });

  it('reports a stream that closes without finish as broken', async () => {
    const { client, streams } = clientWithStreams();
    const { result } = renderHook(() => useRuns(client));

    act(() => void result.current.run('a', request));
    await waitFor(() => expect(streams).toHaveLength(1));
    act(() => {
      streams[0]!.send('text', { delta: 'half' });
      streams[0]!.close();
    });

    await waitFor(() => expect(result.current.stateOf('a').status).toBe('failed'));
    expect(result.current.stateOf('a').problem?.title).toBe('The stream ended unexpectedly');
  });
});
