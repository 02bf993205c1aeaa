// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildInvocationRequest } from './invocationRequest';
import { initialPlaygroundState, newInstance, newMessage, type PromptDraft } from './playgroundState';

const browserKeys: Record<string, Record<string, string>> = {
  OPENAI: { OPENAI_API_KEY: 'sk-openai' },
  ANTHROPIC: { ANTHROPIC_API_KEY: 'sk-ant' },
};
const credentialsFor = (provider: string) => ({ ...(browserKeys[provider] ?? {}) });

const prompt: PromptDraft = {
  ...initialPlaygroundState().prompt,
  messages: [newMessage('system', 'Be brief.'), newMessage('user', 'Hi')],
};

describe('buildInvocationRequest', () => {
  it('builds the contract body with only the invoked provider’s browser credentials', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: ' gpt-4o-mini ' }),
      apiType: 'responses' as const,
      parameters: { temperature: '0.2', maxTokens: '256', topP: '', stop: 'END\n\n###', seed: '1', reasoningEffort: '' as const },
      headersText: '{"X-Team": "a"}',
    };

    const result = buildInvocationRequest(prompt, instance, credentialsFor);

    expect(result).toEqual({
      ok: true,
      request: {
        provider: 'OPENAI',
        customProviderId: null,
        model: 'gpt-4o-mini',
        apiType: 'responses',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
        tools: [],
        toolChoice: null,
        responseFormat: null,
        parameters: { temperature: 0.2, maxTokens: 256, topP: null, stop: ['END', '###'], seed: 1, reasoningEffort: null },
        connection: { baseUrl: null, azureEndpoint: null, region: null },
        headers: { 'X-Team': 'a' },
        credentials: { OPENAI_API_KEY: 'sk-openai' },
      },
    });
  });

  it('invokes a custom provider by id and sends no browser credentials with it', () => {
    const instance = newInstance({ kind: 'custom', customProviderId: 'cp-1', model: 'gpt-4o' });

    const result = buildInvocationRequest(prompt, instance, credentialsFor);

    expect(result.ok && result.request).toMatchObject({ provider: null, customProviderId: 'cp-1', credentials: {} });
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

    const result = buildInvocationRequest(withTools, newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'm' }), credentialsFor);

    expect(result.ok && result.request).toMatchObject({
      messages: [
        { role: 'assistant', content: null, toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' }] },
        { role: 'tool', content: '18°C', toolCallId: 'c1' },
      ],
      tools: [{ name: 'get_weather', description: 'Weather', parameters: { type: 'object' } }],
      toolChoice: 'required',
      responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
    });
  });

  it('lists every problem in the form instead of sending', () => {
    const instance = {
      ...newInstance({ kind: 'builtin', provider: 'OPENAI', model: '' }),
      parameters: { temperature: '3', maxTokens: '1.5', topP: 'x', stop: '', seed: '', reasoningEffort: '' as const },
      connection: { baseUrl: 'localhost:11434', azureEndpoint: '', region: '' },
      headersText: '{"Authorization": "Bearer x"}',
    };
    const broken: PromptDraft = { ...prompt, toolsText: '[{"description": "no name"}]', messages: [newMessage('tool', 'x')] };

    const result = buildInvocationRequest(broken, instance, credentialsFor);

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
});
