// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INITIAL_RUN_STATE, runReducer, type RunAction, type RunState } from './runState';
import { toStreamEvent, type StreamEvent } from './streamEvents';

function run(...events: StreamEvent[]): RunState {
  return [{ type: 'run' } as RunAction, ...events.map((event): RunAction => ({ type: 'event', event }))].reduce(
    runReducer,
    INITIAL_RUN_STATE,
  );
}

describe('runReducer', () => {
  it('streams text, reasoning, usage and the finish reason', () => {
    const state = run(
      {
        type: 'start',
        invocationId: 'inv-1',
        provider: 'OPENAI',
        model: 'gpt-4o-mini',
        apiType: 'chat_completions',
        credentialSources: { OPENAI_API_KEY: 'request' },
      },
      { type: 'reasoning', delta: 'Think' },
      { type: 'reasoning', delta: 'ing.' },
      { type: 'text', delta: 'Hel' },
      { type: 'text', delta: 'lo' },
      { type: 'usage', usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 } },
      { type: 'finish', reason: 'stop' },
    );

    expect(state).toMatchObject({
      status: 'finished',
      invocationId: 'inv-1',
      model: 'gpt-4o-mini',
      credentialSources: { OPENAI_API_KEY: 'request' },
      reasoning: 'Thinking.',
      text: 'Hello',
      usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 },
      finishReason: 'stop',
      problem: null,
    });
  });

  it('is connecting until the first event, then streaming', () => {
    expect(run().status).toBe('connecting');
    expect(run({ type: 'text', delta: 'a' }).status).toBe('streaming');
  });

  it('assembles tool calls by index from argument deltas, in index order', () => {
    const state = run(
      { type: 'tool_call', index: 1, id: 'c2', name: 'get_time', argumentsDelta: '{}' },
      { type: 'tool_call', index: 0, id: 'c1', name: 'get_weather', argumentsDelta: '{"city":' },
      { type: 'tool_call', index: 0, id: null, name: null, argumentsDelta: '"Paris"}' },
    );

    expect(state.toolCalls).toEqual([
      { index: 0, id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' },
      { index: 1, id: 'c2', name: 'get_time', arguments: '{}' },
    ]);
  });

  it('keeps the thought signature of a tool call, from whichever piece carries it', () => {
    const state = run(
      { type: 'tool_call', index: 0, id: 'c1', name: 'get_weather', argumentsDelta: '{}', thoughtSignature: 'sig-A' },
      { type: 'tool_call', index: 1, id: 'c2', name: 'get_weather', argumentsDelta: '' },
      { type: 'tool_call', index: 1, id: null, name: null, argumentsDelta: '{}' },
    );

    expect(state.toolCalls[0]).toHaveProperty('thoughtSignature', 'sig-A');
    expect(state.toolCalls[1]).not.toHaveProperty('thoughtSignature');
  });

  it('keeps the partial output when an error event ends the stream', () => {
    const problem = { type: 'urn:x', title: 'Upstream timeout', status: 504, detail: 'No data for 30 s', extensions: {} };

    const state = run({ type: 'text', delta: 'partial' }, { type: 'error', problem });

    expect(state).toMatchObject({ status: 'failed', text: 'partial', problem });
  });

  it('treats a stop as stopped, not failed, and ignores events that arrive after it', () => {
    const stopped = runReducer(run({ type: 'text', delta: 'so far' }), { type: 'stopped' });
    const late = runReducer(stopped, { type: 'event', event: { type: 'text', delta: ' more' } });

    expect(late).toMatchObject({ status: 'stopped', text: 'so far', problem: null });
  });

  it('ignores anything after the terminal event', () => {
    const finished = run({ type: 'finish', reason: 'stop' });

    expect(runReducer(finished, { type: 'event', event: { type: 'text', delta: 'x' } })).toBe(finished);
    expect(runReducer(finished, { type: 'ended' })).toBe(finished);
    expect(runReducer(finished, { type: 'stopped' })).toBe(finished);
  });

  it('reports a stream that closes without finish or error as broken', () => {
    const state = runReducer(run({ type: 'text', delta: 'cut' }), { type: 'ended' });

    expect(state.status).toBe('failed');
    expect(state.problem?.title).toBe('The stream ended unexpectedly');
  });

  it('reports an error response before the stream', () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'model is required', extensions: {} };

    expect(runReducer(run(), { type: 'failed', problem })).toMatchObject({ status: 'failed', problem });
  });

  it('starts each run from a clean slate', () => {
    const again = runReducer(run({ type: 'text', delta: 'old' }, { type: 'finish', reason: 'stop' }), { type: 'run' });

    expect(again).toEqual({ ...INITIAL_RUN_STATE, status: 'connecting' });
  });
});

describe('toStreamEvent', () => {
  const message = (event: string, data: unknown) => ({ event, data: JSON.stringify(data), id: '' });

  it('reads every event of the contract', () => {
    expect(
      toStreamEvent(
        message('start', {
          invocationId: 'i',
          provider: 'AWS',
          model: 'm',
          apiType: null,
          credentialSources: { AWS_ACCESS_KEY_ID: 'ambient', BOGUS: 'elsewhere' },
        }),
      ),
    ).toEqual({
      type: 'start',
      invocationId: 'i',
      provider: 'AWS',
      model: 'm',
      apiType: null,
      credentialSources: { AWS_ACCESS_KEY_ID: 'ambient' },
    });
    expect(toStreamEvent(message('text', { delta: 'a' }))).toEqual({ type: 'text', delta: 'a' });
    expect(toStreamEvent(message('reasoning', { delta: 'r' }))).toEqual({ type: 'reasoning', delta: 'r' });
    expect(toStreamEvent(message('tool_call', { index: 0, id: 'c', name: 'f', argumentsDelta: '{' }))).toEqual({
      type: 'tool_call',
      index: 0,
      id: 'c',
      name: 'f',
      argumentsDelta: '{',
    });
    expect(
      toStreamEvent(message('tool_call', { index: 0, id: 'c', name: 'f', argumentsDelta: '{}', thoughtSignature: 'sig' })),
    ).toHaveProperty('thoughtSignature', 'sig');
    expect(toStreamEvent(message('usage', { inputTokens: 1, outputTokens: 2, totalTokens: 3, cachedTokens: 0 }))).toEqual({
      type: 'usage',
      usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, cachedTokens: 0 },
    });
    expect(toStreamEvent(message('finish', { reason: 'length' }))).toEqual({ type: 'finish', reason: 'length' });
    expect(
      toStreamEvent(message('error', { problem: { title: 'Rate limited', status: 429, detail: 'Slow down', provider: 'OPENAI' } })),
    ).toEqual({
      type: 'error',
      problem: { type: 'about:blank', title: 'Rate limited', status: 429, detail: 'Slow down', extensions: { provider: 'OPENAI' } },
    });
  });

  it('skips events it does not know, so a newer server can add some', () => {
    expect(toStreamEvent(message('citation', { url: 'x' }))).toBeNull();
  });

  it('turns a known event with unreadable data into an error', () => {
    expect(toStreamEvent({ event: 'text', data: '{oops', id: '' })).toMatchObject({
      type: 'error',
      problem: { title: 'Invalid stream event' },
    });
    expect(toStreamEvent(message('text', { delta: 42 }))?.type).toBe('error');
  });
});
