// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AZURE_OPENAI, storedSecret, withSources } from '../../test/fixtures';
import { credentialAvailability, providerReady } from './credentialAvailability';

const azure = withSources(AZURE_OPENAI, { AZURE_OPENAI_API_KEY: ['secret'], AZURE_OPENAI_ENDPOINT: ['environment'] });

describe('credentialAvailability', () => {
  it('combines this browser, server secrets, the environment and ambient sources', () => {
    const result = credentialAvailability(azure, { AZURE_OPENAI_API_KEY: 'k', OPENAI_API_VERSION: '' }, [
      storedSecret('AZURE_OPENAI_API_KEY', { hint: '…abcd' }),
    ]);

    expect(result).toEqual([
      { name: 'AZURE_OPENAI_API_KEY', required: true, availability: ['browser', 'secret'] },
      { name: 'AZURE_OPENAI_ENDPOINT', required: true, availability: ['environment'] },
      { name: 'OPENAI_API_VERSION', required: false, availability: [] },
    ]);
  });

  it('marks a secret the server cannot decrypt as unreadable', () => {
    const result = credentialAvailability(AZURE_OPENAI, {}, [
      storedSecret('AZURE_OPENAI_API_KEY', { status: 'unreadable' }),
    ]);

    expect(result[0]?.availability).toEqual(['secret_unreadable']);
  });
});

describe('providerReady', () => {
  it('needs a value for every required credential somewhere', () => {
    expect(providerReady(azure, {})).toBe(true);
    expect(providerReady(AZURE_OPENAI, { AZURE_OPENAI_API_KEY: 'k' })).toBe(false);
    expect(providerReady(AZURE_OPENAI, { AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://e' })).toBe(true);
  });
});
