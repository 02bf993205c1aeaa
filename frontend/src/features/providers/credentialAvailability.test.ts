// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { credentialAvailability, providerReady } from './credentialAvailability';
import type { Provider } from './providerApi';

const azure: Provider = {
  key: 'AZURE_OPENAI',
  name: 'Azure OpenAI',
  sdk: 'azure_openai',
  apiTypes: ['chat_completions', 'responses'],
  defaultApiType: 'chat_completions',
  credentials: [
    { name: 'AZURE_OPENAI_API_KEY', required: true, sources: ['secret'] },
    { name: 'AZURE_OPENAI_ENDPOINT', required: true, sources: ['environment'] },
    { name: 'OPENAI_API_VERSION', required: false, sources: [] },
  ],
  credentialsSet: false,
  models: [],
};

describe('credentialAvailability', () => {
  it('combines this browser, server secrets, the environment and ambient sources', () => {
    const result = credentialAvailability(azure, { AZURE_OPENAI_API_KEY: 'k', OPENAI_API_VERSION: '' }, [
      { key: 'AZURE_OPENAI_API_KEY', status: 'ok', hint: '…abcd', updatedAt: null },
    ]);

    expect(result).toEqual([
      { name: 'AZURE_OPENAI_API_KEY', required: true, availability: ['browser', 'secret'] },
      { name: 'AZURE_OPENAI_ENDPOINT', required: true, availability: ['environment'] },
      { name: 'OPENAI_API_VERSION', required: false, availability: [] },
    ]);
  });

  it('marks a secret the server cannot decrypt as unreadable', () => {
    const result = credentialAvailability({ ...azure, credentials: [{ name: 'AZURE_OPENAI_API_KEY', required: true, sources: [] }] }, {}, [
      { key: 'AZURE_OPENAI_API_KEY', status: 'unreadable', hint: null, updatedAt: null },
    ]);

    expect(result[0]?.availability).toEqual(['secret_unreadable']);
  });
});

describe('providerReady', () => {
  it('needs a value for every required credential somewhere', () => {
    const noEndpoint = { ...azure, credentials: azure.credentials.map((c) => ({ ...c, sources: [] })) };

    expect(providerReady(azure, {})).toBe(true);
    expect(providerReady(noEndpoint, { AZURE_OPENAI_API_KEY: 'k' })).toBe(false);
    expect(providerReady(noEndpoint, { AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://e' })).toBe(true);
  });
});
