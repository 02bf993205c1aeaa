// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_INSTANCES,
  deserializePlaygroundState,
  initialPlaygroundState,
  playgroundReducer,
  serializePlaygroundState,
} from './playgroundState';

describe('playground state', () => {
  it('survives a round trip through storage', () => {
    let state = initialPlaygroundState();
    state = playgroundReducer(state, { type: 'addMessage', role: 'assistant' });
    state = playgroundReducer(state, {
      type: 'updateInstance',
      id: state.instances[0]!.id,
      patch: {
        apiType: 'responses',
        headersText: '{"X-Team":"a"}',
        templateFormat: 'f_string',
        source: { prompt: 'support-bot', version: 2, tag: 'production' },
        parameters: { ...state.instances[0]!.parameters, reasoningEffort: 'none' },
      },
    });
    state = playgroundReducer(state, { type: 'setVariable', name: 'topic', value: 'tides' });

    const restored = deserializePlaygroundState(serializePlaygroundState(state));

    expect(stripIds(restored)).toEqual(stripIds(state));
  });

  it('stores a versioned document with no credential in it', () => {
    const stored = JSON.parse(serializePlaygroundState(initialPlaygroundState()));

    expect(Object.keys(stored).sort()).toEqual(['instances', 'prompt', 'variables', 'version']);
    expect(JSON.stringify(stored)).not.toMatch(/credential|api_?key/i);
  });

  it('falls back to defaults for damaged, foreign or future documents', () => {
    const defaults = stripIds(initialPlaygroundState());

    expect(stripIds(deserializePlaygroundState('{oops'))).toEqual(defaults);
    expect(stripIds(deserializePlaygroundState('{"version": 99}'))).toEqual(defaults);
    const partial = deserializePlaygroundState(
      JSON.stringify({
        version: 1,
        prompt: { messages: [{ role: 'wizard', content: 5 }] },
        instances: [{ model: 'x', templateFormat: 'jinja', source: { prompt: 'p', version: '2' } }],
        variables: { topic: 'tides', count: 3 },
      }),
    );
    expect(partial.prompt.messages[0]).toMatchObject({ role: 'user', content: '' });
    expect(partial.instances[0]).toMatchObject({
      model: null,
      templateFormat: 'mustache',
      source: { prompt: 'p', version: null, tag: null },
    });
    expect(partial.variables).toEqual({ topic: 'tides' });
  });

  it('adds instances up to four, copying the last one, and keeps at least one', () => {
    let state = initialPlaygroundState();
    for (let i = 0; i < 6; i += 1) state = playgroundReducer(state, { type: 'addInstance' });

    expect(state.instances).toHaveLength(MAX_INSTANCES);
    expect(state.instances[3]?.model).toEqual(state.instances[0]?.model);
    expect(new Set(state.instances.map((i) => i.id)).size).toBe(MAX_INSTANCES);

    for (const instance of state.instances) state = playgroundReducer(state, { type: 'removeInstance', id: instance.id });
    expect(state.instances).toHaveLength(1);
  });

  it('opens a version into one instance: the prompt is replaced, that instance changes, the others and the variables stay', () => {
    let state = playgroundReducer(initialPlaygroundState(), { type: 'addInstance' });
    state = playgroundReducer(state, { type: 'setVariable', name: 'topic', value: 'tides' });
    const [first, second] = state.instances;
    const prompt = { ...state.prompt, messages: [], toolsText: '[]' };

    const opened = playgroundReducer(state, {
      type: 'openVersion',
      instanceId: second!.id,
      prompt,
      patch: { templateFormat: 'none', source: { prompt: 'p', version: 1, tag: null } },
    });

    expect(opened.prompt).toBe(prompt);
    expect(opened.instances[0]).toBe(first);
    expect(opened.instances[1]).toMatchObject({ id: second!.id, templateFormat: 'none', source: { prompt: 'p', version: 1 } });
    expect(opened.variables).toEqual({ topic: 'tides' });
    expect(playgroundReducer(state, { type: 'openVersion', instanceId: first!.id, prompt: null, patch: {} }).prompt).toBe(
      state.prompt,
    );
  });

  it('moves messages up and down within bounds', () => {
    const state = initialPlaygroundState();
    const [system, user] = state.prompt.messages;

    const moved = playgroundReducer(state, { type: 'moveMessage', id: user!.id, by: -1 });
    expect(moved.prompt.messages.map((m) => m.role)).toEqual(['user', 'system']);
    expect(playgroundReducer(state, { type: 'moveMessage', id: system!.id, by: -1 })).toBe(state);
  });
});

function stripIds(state: ReturnType<typeof initialPlaygroundState>) {
  return {
    prompt: { ...state.prompt, messages: state.prompt.messages.map(({ id: _id, ...m }) => m) },
    instances: state.instances.map(({ id: _id, ...i }) => i),
    variables: state.variables,
  };
}
