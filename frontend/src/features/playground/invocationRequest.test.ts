// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ANTHROPIC, AZURE_OPENAI, BEDROCK, GEMINI, OPENAI, TEAM_BEDROCK, TEAM_OPENAI } from '../../test/fixtures';
import { buildInvocationRequest, type BuildContext } from './invocationRequest';
import { customCapabilities } from './providerCapabilities';
import {
  EMPTY_PARAMETERS,
  initialPlaygroundState,
  newInstance,
  newMessage,
  type InstanceDraft,
  type PromptDraft,
} from './playgroundState';

const browserKeys: Record<string, Record<string, string>> = {
  OPENAI: { OPENAI_API_KEY: 'sk-openai' },
  ANTHROPIC: { ANTHROPIC_API_KEY: 'sk-ant' },
};
const credentialsFor = (provider: string) => ({ ...(browserKeys[provider] ?? {}) });
const openAi: BuildContext = { capabilities: OPENAI, credentialsFor };
/** A provider the list does not describe (not loaded yet, or an older server). */
const unknown: BuildContext = { capabilities: null, credentialsFor };

const prompt: PromptDraft = {
  ...initialPlaygroundState().prompt,
  messages: [newMessage('system', 'Be brief.'), newMessage('user', 'Hi')],
};

describe('buildInvocationRequest', () => {
  it('builds the contract body with only the invoked provider’s browser credentials', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: ' gpt-4o-mini ' }),
      apiType: 'responses' as const,
      parameters: { temperature: '0.2', maxTokens: '256', topP: '', stop: 'END\n\n###', seed: '1', reasoningEffort: '' as const, frequencyPenalty: '', presencePenalty: '' },
      headersText: '{"X-Team": "a"}',
    };

    const result = buildInvocationRequest(prompt, instance, openAi);

    expect(result).toEqual({
      ok: true,
      request: {
        provider: 'OPENAI',
        model: 'gpt-4o-mini',
        apiType: 'responses',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
        tools: [],
        parameters: { temperature: 0.2, maxTokens: 256 },
        connection: {},
        headers: { 'X-Team': 'a' },
        credentials: { OPENAI_API_KEY: 'sk-openai' },
      },
    });
    // Unset members are left out of the JSON, not sent as null.
    expect(JSON.parse(JSON.stringify(result.ok && result.request))).not.toHaveProperty('toolChoice');
  });

  it('leaves out what the chosen API type does not take: the Responses API has no stop or seed', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'gpt-4o-mini' }),
      parameters: { ...EMPTY_PARAMETERS, stop: 'END', seed: '1', frequencyPenalty: '0.5' },
    };

    const chat = buildInvocationRequest(prompt, instance, openAi);
    const responses = buildInvocationRequest(prompt, { ...instance, apiType: 'responses' }, openAi);

    expect(chat.ok && chat.request.parameters).toEqual({ stop: ['END'], seed: 1, frequencyPenalty: 0.5 });
    expect(responses.ok && responses.request.parameters).toEqual({});
  });

  it('checks the temperature against the provider’s own ceiling', () => {
    const warm = {
      ...newInstance({ kind: 'builtin', provider: 'ANTHROPIC', model: 'claude-sonnet-4-5' }),
      parameters: { ...EMPTY_PARAMETERS, temperature: '1.5' },
    };

    expect(buildInvocationRequest(prompt, warm, { capabilities: ANTHROPIC, credentialsFor })).toEqual({
      ok: false,
      errors: ['Temperature must be at most 1.'],
    });
    expect(buildInvocationRequest(prompt, warm, openAi).ok).toBe(true);
  });

  it('invokes a custom provider by id only: no provider, connection or credentials, and its own parameters', () => {
    const instance = {
      ...newInstance({ kind: 'custom', customProviderId: TEAM_BEDROCK.id, model: 'anthropic.claude' }),
      parameters: { ...EMPTY_PARAMETERS, temperature: '0.7', seed: '3' },
      connection: { baseUrl: 'http://left.over/v1', azureEndpoint: '', region: 'us-west-2' },
      headersText: '{"X-Run": "1"}',
    };

    const result = buildInvocationRequest(prompt, instance, { capabilities: customCapabilities(TEAM_BEDROCK), credentialsFor });

    expect(result.ok && JSON.parse(JSON.stringify(result.request))).toEqual({
      customProviderId: TEAM_BEDROCK.id,
      model: 'anthropic.claude',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      tools: [],
      parameters: { temperature: 0.7 },
      headers: { 'X-Run': '1' },
    });
    const tooWarm = { ...instance, parameters: { ...EMPTY_PARAMETERS, temperature: '1.5' } };
    expect(buildInvocationRequest(prompt, tooWarm, { capabilities: customCapabilities(TEAM_BEDROCK), credentialsFor })).toEqual({
      ok: false,
      errors: ['Temperature must be at most 1.'],
    });
  });

  it('sends a custom provider’s API type only when the instance chose one (else its own default applies)', () => {
    const instance = newInstance({ kind: 'custom', customProviderId: TEAM_OPENAI.id, model: 'gpt-4o' });
    const context = { capabilities: customCapabilities(TEAM_OPENAI), credentialsFor };

    const byDefault = buildInvocationRequest(prompt, instance, context);
    const chosen = buildInvocationRequest(prompt, { ...instance, apiType: 'chat_completions' }, context);

    expect(byDefault.ok && byDefault.request.apiType).toBeUndefined();
    expect(chosen.ok && chosen.request.apiType).toBe('chat_completions');
  });

  it('sends tool calls, tool results, tools, tool choice and a JSON schema response format', () => {
    const withTools: PromptDraft = {
      ...prompt,
      messages: [
        { ...newMessage('assistant', ''), toolCallsText: '[{"id":"c1","name":"get_weather","arguments":{"city":"Paris"}}]' },
        { ...newMessage('tool', '18°C'), toolCallId: 'c1' },
      ],
      toolsText: '[{"name":"get_weather","description":"Weather","parameters":{"type":"object"}}]',
      toolChoice: 'required',
      responseFormat: 'json_schema',
      responseSchemaText: '{"name":"answer","schema":{"type":"object"},"strict":true}',
    };

    const result = buildInvocationRequest(withTools, newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'm' }), openAi);

    expect(result.ok && result.request).toMatchObject({
      messages: [
        { role: 'assistant', content: undefined, toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' }] },
        { role: 'tool', content: '18°C', toolCallId: 'c1' },
      ],
      tools: [{ name: 'get_weather', description: 'Weather', parameters: { type: 'object' } }],
      toolChoice: 'required',
      responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
    });
  });

  it("sends a tool call's thought signature back as it was pasted, and none for a call without one", () => {
    const withSignature: PromptDraft = {
      ...prompt,
      messages: [
        {
          ...newMessage('assistant', ''),
          toolCallsText: '[{"id":"c1","name":"f","arguments":"{}","thoughtSignature":"sig-A"},{"id":"c2","name":"f","arguments":"{}"}]',
        },
      ],
    };

    const result = buildInvocationRequest(withSignature, newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'm' }), openAi);

    const calls = result.ok ? result.request.messages[0]?.toolCalls : undefined;
    expect(calls?.[0]).toEqual({ id: 'c1', name: 'f', arguments: '{}', thoughtSignature: 'sig-A' });
    expect(calls?.[1]).not.toHaveProperty('thoughtSignature');
  });

  it('lists every problem in the form instead of sending', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: '' }),
      parameters: { temperature: '3', maxTokens: '1.5', topP: 'x', stop: '', seed: '', reasoningEffort: '' as const, frequencyPenalty: '', presencePenalty: '' },
      connection: { baseUrl: 'localhost:11434', azureEndpoint: '', region: '' },
      headersText: '{"Authorization": "Bearer x"}',
    };
    const broken: PromptDraft = { ...prompt, toolsText: '[{"description": "no name"}]', messages: [newMessage('tool', 'x')] };

    const result = buildInvocationRequest(broken, instance, openAi);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'Choose a model.',
      'Message 1 (tool): a tool message needs the id of the tool call it answers.',
      'Tools: tool 1 needs a "name".',
      'Temperature must be at most 2.',
      'Max tokens must be a whole number.',
      'Top P must be a number.',
      'Custom headers: Authorization cannot be set: authentication, host and connection headers are managed by Switchboard.',
      'Base URL must start with http:// or https://.',
    ]);
  });

  describe('sends only what the provider supports', () => {
    const everything: InstanceDraft = {
      ...newInstance({ kind: 'builtin', provider: 'X', model: 'm' }),
      parameters: {
        temperature: '0.5',
        maxTokens: '100',
        topP: '0.9',
        stop: 'END',
        seed: '7',
        reasoningEffort: 'high',
        frequencyPenalty: '0.5',
        presencePenalty: '-1',
      },
      connection: { baseUrl: 'http://localhost:9000/v1', azureEndpoint: 'https://r.openai.azure.com', region: 'eu-west-1' },
    };
    const build = (context: BuildContext, instance = everything) => {
      const result = buildInvocationRequest(prompt, instance, context);
      if (!result.ok) throw new Error(result.errors.join(' '));
      return result.request;
    };

    it('leaves out a seed typed for another provider when Anthropic is invoked, and keeps reasoning effort', () => {
      const request = build({ capabilities: ANTHROPIC, credentialsFor });

      expect(request.parameters).toEqual({ temperature: 0.5, maxTokens: 100, topP: 0.9, stop: ['END'], reasoningEffort: 'high' });
      expect(request.connection).toEqual({ baseUrl: 'http://localhost:9000/v1' });
    });

    it('sends Bedrock no reasoning effort or seed, and its region and base URL', () => {
      const request = build({ capabilities: BEDROCK, credentialsFor });

      expect(request.parameters).toEqual({ temperature: 0.5, maxTokens: 100, topP: 0.9, stop: ['END'] });
      expect(request.connection).toEqual({ region: 'eu-west-1', baseUrl: 'http://localhost:9000/v1' });
    });

    it('sends OpenAI and Gemini the frequency and presence penalties', () => {
      for (const provider of [OPENAI, GEMINI]) {
        expect(build({ capabilities: provider, credentialsFor }).parameters).toEqual({
          temperature: 0.5,
          maxTokens: 100,
          topP: 0.9,
          stop: ['END'],
          seed: 7,
          reasoningEffort: 'high',
          frequencyPenalty: 0.5,
          presencePenalty: -1,
        });
      }
    });

    it('holds a run back for a penalty outside -2 to 2', () => {
      const strong = { ...everything, parameters: { ...EMPTY_PARAMETERS, frequencyPenalty: '2.5', presencePenalty: '-3' } };

      expect(buildInvocationRequest(prompt, strong, openAi)).toEqual({
        ok: false,
        errors: ['Frequency penalty must be at most 2.', 'Presence penalty must be at least -2.'],
      });
    });

    it('sends Azure OpenAI its endpoint, not a base URL', () => {
      expect(build({ capabilities: AZURE_OPENAI, credentialsFor }).connection).toEqual({
        azureEndpoint: 'https://r.openai.azure.com',
      });
    });

    it('does not hold a run back for an invalid value the provider would not be sent', () => {
      const badSeed = { ...everything, parameters: { ...EMPTY_PARAMETERS, seed: 'not a number' } };

      expect(build({ capabilities: ANTHROPIC, credentialsFor }, badSeed).parameters).toEqual({});
      expect(buildInvocationRequest(prompt, badSeed, openAi)).toEqual({ ok: false, errors: ['Seed must be a number.'] });
    });

    it('sends a provider the list does not describe the common parameters and a base URL', () => {
      const request = build(unknown);

      expect(request.parameters).toEqual({ temperature: 0.5, maxTokens: 100, topP: 0.9, stop: ['END'] });
      expect(request.connection).toEqual({ baseUrl: 'http://localhost:9000/v1' });
    });
  });
});
