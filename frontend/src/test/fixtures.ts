/**
 * Test data in the contract's types, so that it breaks when the contract changes instead of
 * drifting. The providers follow the server's catalogue (backend BuiltInProviders) in what tests
 * look at; tests change what they need with the spread operator or `withSources`.
 */
import type {
  CredentialSource,
  CustomProvider,
  InvocationParameter,
  Prompt,
  PromptVersion,
  Provider,
  ProviderCredential,
  SecretSummary,
} from '../shared/api';

const EVERY_PARAMETER: readonly InvocationParameter[] = [
  'temperature',
  'maxTokens',
  'topP',
  'stop',
  'seed',
  'reasoningEffort',
  'frequencyPenalty',
  'presencePenalty',
];

function credential(name: string, kind: 'key' | 'endpoint' | 'setting', required = true): ProviderCredential {
  return { name, kind, required, alternatives: [], sources: [] };
}

export const OPENAI: Provider = {
  key: 'OPENAI',
  name: 'OpenAI',
  sdk: 'openai',
  apiTypes: ['chat_completions', 'responses'],
  defaultApiType: 'chat_completions',
  credentials: [credential('OPENAI_API_KEY', 'key')],
  credentialsSet: false,
  defaultBaseUrl: 'https://api.openai.com/v1',
  baseUrlVariable: 'OPENAI_BASE_URL',
  parameters: EVERY_PARAMETER,
  parametersByApiType: {
    chat_completions: EVERY_PARAMETER,
    responses: ['temperature', 'maxTokens', 'topP', 'reasoningEffort'],
  },
  maxTemperature: 2,
  connection: ['baseUrl'],
  models: ['gpt-4o-mini', 'gpt-4o'],
};

export const AZURE_OPENAI: Provider = {
  ...OPENAI,
  key: 'AZURE_OPENAI',
  name: 'Azure OpenAI',
  sdk: 'azure_openai',
  credentials: [
    credential('AZURE_OPENAI_API_KEY', 'key'),
    credential('AZURE_OPENAI_ENDPOINT', 'endpoint'),
    credential('OPENAI_API_VERSION', 'setting', false),
  ],
  defaultBaseUrl: undefined,
  baseUrlVariable: undefined,
  connection: ['azureEndpoint'],
};

export const ANTHROPIC: Provider = {
  key: 'ANTHROPIC',
  name: 'Anthropic',
  sdk: 'anthropic',
  apiTypes: ['chat_completions'],
  defaultApiType: 'chat_completions',
  credentials: [credential('ANTHROPIC_API_KEY', 'key')],
  credentialsSet: false,
  defaultBaseUrl: 'https://api.anthropic.com',
  baseUrlVariable: 'ANTHROPIC_BASE_URL',
  parameters: ['temperature', 'maxTokens', 'topP', 'stop', 'reasoningEffort'],
  parametersByApiType: { chat_completions: ['temperature', 'maxTokens', 'topP', 'stop', 'reasoningEffort'] },
  maxTemperature: 1,
  connection: ['baseUrl'],
  models: ['claude-sonnet-4-5'],
};

export const GEMINI: Provider = {
  ...ANTHROPIC,
  key: 'GOOGLE',
  name: 'Google Gemini',
  sdk: 'google_genai',
  credentials: [{ ...credential('GEMINI_API_KEY', 'key'), alternatives: ['GOOGLE_API_KEY'] }],
  defaultBaseUrl: 'https://generativelanguage.googleapis.com',
  baseUrlVariable: 'GOOGLE_GEMINI_BASE_URL',
  parameters: EVERY_PARAMETER,
  parametersByApiType: { chat_completions: EVERY_PARAMETER },
  maxTemperature: 2,
  models: ['gemini-2.5-flash'],
};

export const BEDROCK: Provider = {
  ...ANTHROPIC,
  key: 'AWS',
  name: 'AWS Bedrock',
  sdk: 'aws_bedrock',
  credentials: [
    credential('AWS_ACCESS_KEY_ID', 'key', false),
    credential('AWS_SECRET_ACCESS_KEY', 'key', false),
    credential('AWS_REGION', 'setting', false),
  ],
  defaultBaseUrl: 'https://bedrock-runtime.{region}.amazonaws.com',
  baseUrlVariable: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
  parameters: ['temperature', 'maxTokens', 'topP', 'stop'],
  parametersByApiType: { chat_completions: ['temperature', 'maxTokens', 'topP', 'stop'] },
  connection: ['region', 'baseUrl'],
  models: ['anthropic.claude-sonnet-4-5-20250929-v1:0'],
};

/** The provider with the server holding values for the named credentials where it says. */
export function withSources(
  provider: Provider,
  sources: Readonly<Record<string, readonly CredentialSource[]>>,
): Provider {
  return {
    ...provider,
    credentials: provider.credentials.map((c) => ({ ...c, sources: sources[c.name] ?? c.sources })),
  };
}

export function storedSecret(key: string, overrides: Partial<SecretSummary> = {}): SecretSummary {
  return { key, status: 'ok', hint: null, updatedAt: '2026-01-02T10:00:00Z', ...overrides };
}

/** A saved custom provider as the server lists it: OpenAI sdk, an API key stored with its hint. */
export const TEAM_OPENAI: CustomProvider = {
  id: '3f1c2a4e-0000-4000-8000-000000000001',
  name: 'team-openai',
  description: 'Research team account',
  provider: 'OpenAI via proxy',
  sdk: 'openai',
  status: 'ok',
  config: { auth: { type: 'api_key' }, baseUrl: 'https://proxy.example.com/v1', headers: { 'X-Team': 'research' }, apiType: 'responses' },
  secretsSet: { apiKey: 'wxyz' },
  host: 'proxy.example.com',
  authType: 'api_key',
  apiTypes: ['chat_completions', 'responses'],
  defaultApiType: 'responses',
  parameters: EVERY_PARAMETER,
  parametersByApiType: OPENAI.parametersByApiType!,
  maxTemperature: 2,
  createdAt: '2026-01-02T10:00:00Z',
  updatedAt: '2026-01-03T11:30:00Z',
};

/** A saved Bedrock custom provider with access keys (a short session token: no hint). */
export const TEAM_BEDROCK: CustomProvider = {
  ...TEAM_OPENAI,
  id: '3f1c2a4e-0000-4000-8000-000000000002',
  name: 'team-bedrock',
  description: '',
  provider: '',
  sdk: 'aws_bedrock',
  config: { auth: { type: 'access_keys' }, region: 'eu-west-1', headers: {} },
  secretsSet: { accessKeyId: 'MPLE', secretAccessKey: 'EKEY', sessionToken: null },
  host: 'bedrock-runtime.eu-west-1.amazonaws.com',
  authType: 'access_keys',
  apiTypes: ['chat_completions'],
  defaultApiType: 'chat_completions',
  parameters: BEDROCK.parameters!,
  parametersByApiType: BEDROCK.parametersByApiType!,
  maxTemperature: 1,
};

/** A prompt version as the server sends it, with every member the playground can edit set. */
export const EVERY_SETTING_VERSION: PromptVersion = {
  prompt: 'support-bot',
  number: 3,
  description: 'Shorter answers',
  templateFormat: 'f_string',
  variables: ['topic', 'city'],
  provider: 'OPENAI',
  customProviderId: null,
  customProviderName: null,
  customProviderDeleted: false,
  model: 'gpt-4o',
  apiType: 'chat_completions',
  messages: [
    { role: 'system', content: 'You answer about {topic}; reply as {{"answer": "…"}}.' },
    { role: 'user', content: 'Weather in {city}?' },
    {
      role: 'assistant',
      toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}', thoughtSignature: 'sig' }],
    },
    { role: 'tool', content: '{"temp": 21}', toolCallId: 'call_1' },
  ],
  tools: [
    {
      name: 'get_weather',
      description: 'Current weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ],
  toolChoice: 'required',
  responseFormat: { type: 'json_schema', name: 'answer', strict: true, schema: { type: 'object' } },
  parameters: {
    temperature: 0.2,
    maxTokens: 256,
    topP: 0.9,
    stop: ['END', '###'],
    seed: 7,
    reasoningEffort: 'none',
    frequencyPenalty: -0.5,
    presencePenalty: 1,
  },
  headers: { 'X-Team': 'search' },
  tags: ['production'],
  createdAt: '2025-06-01T10:00:00Z',
};

/** Version 1 of a small prompt: one variable, OpenAI. */
export const SUPPORT_V1: PromptVersion = {
  prompt: 'support-bot',
  number: 1,
  description: '',
  templateFormat: 'mustache',
  variables: ['topic'],
  provider: 'OPENAI',
  customProviderId: null,
  customProviderName: null,
  customProviderDeleted: false,
  model: 'gpt-4o-mini',
  apiType: null,
  messages: [
    { role: 'system', content: 'You are a support agent.' },
    { role: 'user', content: 'Tell me about {{ topic }}.' },
  ],
  tools: [],
  toolChoice: null,
  responseFormat: null,
  parameters: { temperature: 0.7 },
  headers: {},
  tags: [],
  createdAt: '2026-02-01T09:00:00Z',
};

/** Version 2: a changed user message, a lower temperature, a tag. */
export const SUPPORT_V2: PromptVersion = {
  ...SUPPORT_V1,
  number: 2,
  description: 'Ask for a short answer',
  messages: [
    { role: 'system', content: 'You are a support agent.' },
    { role: 'user', content: 'Tell me about {{ topic }} in two sentences.' },
  ],
  parameters: { temperature: 0.2, maxTokens: 200 },
  tags: ['production'],
  createdAt: '2026-02-03T15:30:00Z',
};

export const SUPPORT_PROMPT: Prompt = {
  id: '7a9e0000-0000-4000-8000-000000000001',
  name: 'support-bot',
  description: 'Answers customer questions',
  latestVersion: 2,
  tags: [{ name: 'production', version: 2 }],
  createdAt: '2026-02-01T09:00:00Z',
  updatedAt: '2026-02-03T15:30:00Z',
};
