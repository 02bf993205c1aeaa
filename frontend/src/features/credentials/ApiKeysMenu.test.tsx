import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CREDENTIAL_STORE_KEY } from '../../shared/credentials/credentialStore';
import { browserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { AZURE_OPENAI } from '../../test/fixtures';
import { fakeFetch, jsonResponse, renderWithTheme } from '../../test/renderApp';
import { ApiKeysMenu } from './ApiKeysMenu';

function storedDocument() {
  return JSON.parse(window.localStorage.getItem(CREDENTIAL_STORE_KEY) ?? 'null');
}

describe('ApiKeysMenu', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    browserCredentials.setSessionOnly(false);
    browserCredentials.clearAll();
    fakeFetch([{ path: '/api/v1/providers', respond: () => jsonResponse([AZURE_OPENAI]) }]);
  });

  it('stores one field per credential name under the provider, masking only keys, with show/hide', async () => {
    const user = userEvent.setup();
    renderWithTheme(<ApiKeysMenu />);

    await user.click(screen.getByRole('button', { name: /API Keys/ }));
    const key = await screen.findByLabelText('AZURE_OPENAI_API_KEY');
    expect(key).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('AZURE_OPENAI_ENDPOINT')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('AZURE_OPENAI_ENDPOINT')).toHaveAccessibleDescription('endpoint');
    expect(screen.getByLabelText(/OPENAI_API_VERSION/)).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText(/OPENAI_API_VERSION/)).toHaveAccessibleDescription('setting');
    expect(screen.queryByRole('button', { name: 'Show AZURE_OPENAI_ENDPOINT' })).not.toBeInTheDocument();
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
