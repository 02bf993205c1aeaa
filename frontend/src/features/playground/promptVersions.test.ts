// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PromptVersion } from '../../shared/api';
import { EVERY_SETTING_VERSION as VERSION, OPENAI, TEAM_OPENAI } from '../../test/fixtures';
import { EMPTY_PARAMETERS, initialPlaygroundState, newInstance, newMessage, type PromptDraft } from './playgroundState';
import { customCapabilities } from './providerCapabilities';
import { openedVersion, versionBody } from './promptVersions';

const prompt: PromptDraft = {
  ...initialPlaygroundState().prompt,
  messages: [newMessage('system', 'You answer about {{ topic }}.'), newMessage('user', 'Explain {{ topic }}.')],
};

/** What a version holds of its input (the server adds the rest). */
function inputOf(version: PromptVersion) {
  const { prompt: _p, number: _n, variables: _v, tags: _t, createdAt: _c, customProviderName: _cn, customProviderDeleted: _cd, ...input } = version;
  const { provider, customProviderId, ...rest } = input;
  return JSON.parse(JSON.stringify({ ...rest, ...(provider ? { provider } : { customProviderId }) }));
}

describe('versionBody', () => {
  it('is the instance’s invocation with the templates as written, without keys or connection overrides', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'gpt-4o-mini' }),
      connection: { baseUrl: 'http://localhost:11434/v1', azureEndpoint: '', region: '' },
      headersText: '{"X-Team": "a"}',
    };

    const result = versionBody(prompt, instance, OPENAI, '  First try  ');

    expect(result).toEqual({
      ok: true,
      body: {
        provider: 'OPENAI',
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'You answer about {{ topic }}.' },
          { role: 'user', content: 'Explain {{ topic }}.' },
        ],
        tools: [],
        parameters: {},
        headers: { 'X-Team': 'a' },
        templateFormat: 'mustache',
        description: 'First try',
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/credentials|connection|11434/);
  });

  it('names a custom provider by id, and leaves an empty description out', () => {
    const instance = newInstance({ kind: 'custom', customProviderId: TEAM_OPENAI.id, model: 'gpt-4o' });

    const result = versionBody(prompt, instance, customCapabilities(TEAM_OPENAI), ' ');

    expect(result.ok && result.body).toMatchObject({ customProviderId: TEAM_OPENAI.id, model: 'gpt-4o' });
    expect(result.ok && result.body).not.toHaveProperty('provider');
    expect(result.ok && result.body).not.toHaveProperty('description');
  });

  it('says what is wrong with the form, as a run would', () => {
    const result = versionBody({ ...prompt, toolsText: '{' }, newInstance(null), OPENAI, 'x');

    expect(result).toEqual({ ok: false, errors: ['Choose a model.', expect.stringMatching(/^Tools: /)] });
  });
});

describe('openedVersion', () => {
  it('loads every member the playground edits, so that saving it again gives the same version', () => {
    const opened = openedVersion(VERSION, null);
    const instance = { ...newInstance(), ...opened.patch };

    const saved = versionBody(opened.prompt, instance, OPENAI, VERSION.description ?? '');

    expect(opened.notes).toEqual([]);
    expect(saved.ok && JSON.parse(JSON.stringify(saved.body))).toEqual(inputOf(VERSION));
  });

  it('remembers the prompt, the version and the tag it was opened by', () => {
    expect(openedVersion(VERSION, 'production').patch.source).toEqual({ prompt: 'support-bot', version: 3, tag: 'production' });
    expect(openedVersion(VERSION, null).patch.source).toEqual({ prompt: 'support-bot', version: 3, tag: null });
  });

  it('opens a custom provider’s version on that provider', () => {
    const opened = openedVersion({ ...VERSION, provider: null, customProviderId: TEAM_OPENAI.id, customProviderName: 'team-openai' }, null);

    expect(opened.patch.model).toEqual({ kind: 'custom', customProviderId: TEAM_OPENAI.id, model: 'gpt-4o' });
  });

  it('says what it could not take over: a deleted custom provider, a tool choice naming a tool', () => {
    const opened = openedVersion(
      {
        ...VERSION,
        provider: null,
        customProviderId: null,
        customProviderName: 'team-openai',
        customProviderDeleted: true,
        toolChoice: { name: 'get_weather' },
      },
      null,
    );

    expect(opened.patch.model).toBeNull();
    expect(opened.prompt.toolChoice).toBe('required');
    expect(opened.notes).toEqual([
      'The custom provider team-openai of this version was deleted: choose another model to run it.',
      `The version's tool choice {"name":"get_weather"} is not offered here: the playground uses "required".`,
    ]);
  });

  it('reads parameters the server sends as null as not set', () => {
    const unset = { temperature: null, maxTokens: 200, topP: null, stop: null, seed: null, reasoningEffort: null };

    const opened = openedVersion({ ...VERSION, parameters: unset as unknown as PromptVersion['parameters'] }, null);

    expect(opened.patch.parameters).toEqual({ ...EMPTY_PARAMETERS, maxTokens: '200' });
  });

  it('opens a version without tools, format or headers as empty editors', () => {
    const opened = openedVersion(
      { ...VERSION, tools: [], toolChoice: null, responseFormat: null, headers: {}, parameters: {}, messages: [{ role: 'user', content: 'Hi' }] },
      null,
    );

    expect(opened.prompt).toMatchObject({ toolsText: '', toolChoice: 'auto', responseFormat: 'text', responseSchemaText: '' });
    expect(opened.prompt.messages).toEqual([expect.objectContaining({ role: 'user', content: 'Hi', toolCallsText: '', toolCallId: '' })]);
    expect(opened.patch).toMatchObject({ headersText: '', parameters: expect.objectContaining({ temperature: '', stop: '' }) });
  });
});
