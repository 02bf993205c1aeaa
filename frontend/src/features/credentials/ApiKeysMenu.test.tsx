import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, renderWithTheme } from '../../test/renderApp';
import type { Provider } from '../providers/providerApi';
import { ApiKeysMenu } from './ApiKeysMenu';
import { CREDENTIAL_STORE_KEY } from './credentialStore';
import { browserCredentials } from './useBrowserCredentials';

const PROVIDERS: Provider[] = [
  {
    key: 'AZURE_OPENAI',
    name: 'Azure OpenAI',
    sdk: 'azure_openai',
    apiTypes: ['chat_completions', 'responses'],
    defaultApiType: 'chat_completions',
    credentials: [
      { name: 'AZURE_OPENAI_API_KEY', required: true, sources: [] },
      { name: 'AZURE_OPENAI_ENDPOINT', required: true, sources: ['environment'] },
    ],
    credentialsSet: false,
    models: [],
  },
];

function storedDocument() {
  return JSON.parse(window.localStorage.getItem(CREDENTIAL_STORE_KEY) ?? 'null');
}

describe('ApiKeysMenu', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    browserCredentials.setSessionOnly(false);
    browserCredentials.clearAll();
    fakeFetch([{ path: '/api/v1/providers', respond: () => jsonResponse(PROVIDERS) }]);
  });

  it('stores one masked field per credential name under the provider, with show/hide', async () => {
    const user = userEvent.setup();
    renderWithTheme(<ApiKeysMenu />);

    await user.click(screen.getByRole('button', { name: /API Keys/ }));
    const key = await screen.findByLabelText('AZURE_OPENAI_API_KEY');
    expect(key).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('AZURE_OPENAI_ENDPOINT')).toHaveAttribute('type', 'text');
    await user.type(key, 'az-secret');
    await user.type(screen.getByLabelText('AZURE_OPENAI_ENDPOINT'), 'https://x.openai.azure.com');

    expect(storedDocument()).toEqual({
      version: 1,
      sessionOnly: false,
      providers: {
        AZURE_OPENAI: { AZURE_OPENAI_API_KEY: 'az-secret', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' },
      },
    });

    await user.click(screen.getByRole('button', { name: 'Show AZURE_OPENAI_API_KEY' }));
    expect(key).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide AZURE_OPENAI_API_KEY' }));
    expect(key).toHaveAttribute('type', 'password');
  });

  it('moves keys to session storage for this session only, and clears per provider and all', async () => {
    browserCredentials.setCredential('AZURE_OPENAI', 'AZURE_OPENAI_API_KEY', 'az');
    browserCredentials.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk');
    const user = userEvent.setup();
    renderWithTheme(<ApiKeysMenu />);
    await user.click(screen.getByRole('button', { name: 'API Keys (2 stored in this browser)' }));

    await user.click(await screen.findByRole('switch', { name: /This session only/ }));
    expect(storedDocument().providers).toEqual({});
    expect(window.sessionStorage.getItem(CREDENTIAL_STORE_KEY)).toContain('"az"');

    await user.click(screen.getByRole('button', { name: 'Clear Azure OpenAI keys' }));
    expect(browserCredentials.getSnapshot().providers).toEqual({ OPENAI: { OPENAI_API_KEY: 'sk' } });

    await user.click(screen.getByRole('button', { name: 'Clear all keys' }));
    expect(browserCredentials.getSnapshot().providers).toEqual({});
  });
});
