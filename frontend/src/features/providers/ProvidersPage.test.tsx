import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SecretSummary } from '../../shared/api';
import { browserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { ANTHROPIC, OPENAI, storedSecret, withSources } from '../../test/fixtures';
import { fakeFetch, jsonResponse, renderWithTheme } from '../../test/renderApp';
import { ProvidersPage } from './ProvidersPage';

const PROVIDERS = [{ ...withSources(OPENAI, { OPENAI_API_KEY: ['environment'] }), credentialsSet: true }, ANTHROPIC];

describe('ProvidersPage', () => {
  let secrets: SecretSummary[];

  beforeEach(() => {
    window.localStorage.clear();
    browserCredentials.clearAll();
    secrets = [storedSecret('ANTHROPIC_API_KEY', { status: 'unreadable' })];
  });

  function renderPage() {
    return renderWithTheme(
      <MemoryRouter>
        <ProvidersPage />
      </MemoryRouter>,
    );
  }

  it('lists providers with where each credential is available, never a value', async () => {
    browserCredentials.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-never-shown');
    fakeFetch([
      { path: '/api/v1/providers', respond: () => jsonResponse(PROVIDERS) },
      { path: '/api/v1/secrets', respond: () => jsonResponse(secrets) },
    ]);

    renderPage();

    const table = await screen.findByRole('table', { name: 'AI providers' });
    const openai = within(table).getByRole('row', { name: /OpenAI/ });
    expect(within(openai).getByText('this browser')).toBeInTheDocument();
    expect(within(openai).getByText('server environment')).toBeInTheDocument();
    expect(within(openai).getByText('Ready')).toBeInTheDocument();
    const anthropic = screen.getByRole('row', { name: /Anthropic/ });
    await waitFor(() => expect(within(anthropic).getByText('server secret (unreadable)')).toBeInTheDocument());
    expect(within(anthropic).getByText('Needs a key')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('sk-never-shown');
  });

  it('explains an unreadable secret and replaces or deletes it through the API', async () => {
    const requests: Array<{ method: string; url: string; body?: string }> = [];
    fakeFetch([
      { path: '/api/v1/providers', respond: () => jsonResponse(PROVIDERS) },
      { path: '/api/v1/secrets', respond: () => jsonResponse(secrets) },
      {
        method: 'PUT',
        path: '/api/v1/secrets',
        respond: (init, url) => {
          requests.push({ method: 'PUT', url, body: String(init?.body) });
          secrets = [storedSecret('ANTHROPIC_API_KEY', { hint: '…wxyz' })];
          return jsonResponse({ upserted: ['ANTHROPIC_API_KEY'], deleted: [] });
        },
      },
      {
        method: 'DELETE',
        path: '/api/v1/secrets/ANTHROPIC_API_KEY',
        respond: (_init, url) => {
          requests.push({ method: 'DELETE', url });
          secrets = [];
          return new Response(null, { status: 204 });
        },
      },
    ]);
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Edit Anthropic credentials' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anthropic credentials' });
    await user.click(within(dialog).getByRole('radio', { name: 'Secrets' }));
    expect(await within(dialog).findByText(/can no longer decrypt this secret/)).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('ANTHROPIC_API_KEY'), 'sk-ant-new');
    await user.click(within(dialog).getByRole('button', { name: 'Save secrets' }));
    await waitFor(() => expect(within(dialog).getByText(/^stored …wxyz · /)).toBeInTheDocument());
    expect(requests[0]).toEqual({
      method: 'PUT',
      url: '/api/v1/secrets',
      body: '{"secrets":[{"key":"ANTHROPIC_API_KEY","value":"sk-ant-new"}]}',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Delete secret ANTHROPIC_API_KEY' }));
    await waitFor(() => expect(within(dialog).getByText('not stored')).toBeInTheDocument());
    expect(requests[1]).toMatchObject({ method: 'DELETE', url: '/api/v1/secrets/ANTHROPIC_API_KEY' });
  });
});
