import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomProvider } from '../../shared/api';
import { OPENAI, TEAM_BEDROCK, TEAM_OPENAI } from '../../test/fixtures';
import { fakeFetch, jsonResponse, problemResponse, recording, renderWithTheme, type FakeRoute } from '../../test/renderApp';
import { CustomProvidersPage } from './CustomProvidersPage';

/**
 * The API as the page sees it: the list (read at each request, so a test can change it), and the
 * `extra` routes, each request to them recorded.
 */
function serve(list: CustomProvider[] | (() => CustomProvider[]), extra: FakeRoute[] = []) {
  const { routes, sent } = recording(extra);
  fakeFetch([
    ...routes,
    { path: '/api/v1/providers', respond: () => jsonResponse([OPENAI]) },
    { path: '/api/v1/custom-providers', respond: () => jsonResponse(typeof list === 'function' ? list() : list) },
  ]);
  return sent;
}

function renderPage() {
  return renderWithTheme(
    <MemoryRouter>
      <CustomProvidersPage />
    </MemoryRouter>,
  );
}

/** Types into a field at once: character-by-character typing makes these tests slow. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('CustomProvidersPage', () => {
  let user: ReturnType<typeof userEvent.setup>;
  beforeEach(() => {
    user = userEvent.setup();
  });

  it('lists each provider with its sdk, host, auth type, status and last update, and explains an unreadable one', async () => {
    serve([TEAM_BEDROCK, { ...TEAM_OPENAI, status: 'unreadable' }]);
    renderPage();

    const table = await screen.findByRole('table', { name: 'Custom providers' });
    const bedrock = within(table).getByRole('row', { name: /team-bedrock/ });
    expect(bedrock).toHaveTextContent('AWS Bedrock');
    expect(bedrock).toHaveTextContent('bedrock-runtime.eu-west-1.amazonaws.com');
    expect(bedrock).toHaveTextContent('Access keys');
    expect(bedrock).toHaveTextContent('Ready');
    expect(bedrock).toHaveTextContent(new Date(TEAM_BEDROCK.updatedAt).toLocaleString());
    const openai = within(table).getByRole('row', { name: /team-openai/ });
    expect(openai).toHaveTextContent('OpenAI via proxy · Research team account');
    expect(openai).toHaveTextContent('Unreadable');
    expect(openai).toHaveTextContent('The server secret changed; re-enter the secrets or delete.');
  });

  it('creates a provider after testing the connection with the form, before saving', async () => {
    let list: CustomProvider[] = [];
    const sent = serve(() => list, [
      {
        method: 'POST',
        path: '/api/v1/custom-providers/test',
        respond: (init) =>
          JSON.parse(String(init?.body)).config.auth.apiKey === 'sk-right'
            ? jsonResponse({ ok: true, status: 200, error: null })
            : jsonResponse({ ok: false, status: 401, error: 'Incorrect API key provided: sk-w***' }),
      },
      {
        method: 'POST',
        path: '/api/v1/custom-providers',
        respond: () => {
          list = [TEAM_OPENAI];
          return jsonResponse(TEAM_OPENAI, 201);
        },
      },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Add custom provider' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a custom provider' });

    await fill(within(dialog).getByLabelText('Name'), 'team-openai');
    await fill(within(dialog).getByLabelText('Base URL (optional)'), 'http://127.0.0.1:9/custom/v1');
    const key = within(dialog).getByLabelText('API key');
    expect(key).toHaveAttribute('type', 'password');
    await fill(key, 'sk-wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('status', { name: 'Connection test result' })).toHaveTextContent(
      'Connection failed · HTTP 401 · Incorrect API key provided: sk-w***',
    );

    await user.clear(key);
    await fill(key, 'sk-right');
    await choose(user, 'API type', 'Chat Completions');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('status', { name: 'Connection test result' })).toHaveTextContent(
      'Connection OK · HTTP 200',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create provider' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const config = {
      auth: { type: 'api_key', apiKey: 'sk-right' },
      baseUrl: 'http://127.0.0.1:9/custom/v1',
      headers: {},
      apiType: 'chat_completions',
    };
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /api/v1/custom-providers/test',
      'POST /api/v1/custom-providers/test',
      'POST /api/v1/custom-providers',
    ]);
    expect(sent[1]!.body).toEqual({ name: 'team-openai', sdk: 'openai', config });
    expect(sent[2]!.body).toEqual({ name: 'team-openai', sdk: 'openai', config });
    expect(await screen.findByRole('row', { name: /team-openai/ })).toBeInTheDocument();
  });

  it('checks the headers as they are typed and puts the server’s field errors on their fields', async () => {
    const sent = serve(
      [],
      [
        {
          method: 'POST',
          path: '/api/v1/custom-providers',
          respond: () =>
            problemResponse(422, {
              type: 'urn:switchboard:problem:validation',
              title: 'Invalid request',
              detail: 'Invalid fields: config.baseUrl.',
              errors: [{ field: 'config.baseUrl', message: 'must not point at a link-local address' }],
            }),
        },
      ],
    );
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Add custom provider' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a custom provider' });
    const headers = within(dialog).getByLabelText('Headers (JSON object, optional)');

    await user.click(headers);
    await user.paste('{"x-api-key": "k"}');
    expect(within(dialog).getByText(/x-api-key cannot be set/)).toBeInTheDocument();
    expect(headers).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(within(dialog).getByLabelText('API key')).toHaveAccessibleDescription('API key is required.');
    expect(within(dialog).getByLabelText('Name')).not.toHaveAccessibleDescription(/Give the provider a name/);
    await user.click(within(dialog).getByRole('button', { name: 'Create provider' }));
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(/Give the provider a name.$/);
    expect(sent).toEqual([]);

    await user.clear(headers);
    await fill(within(dialog).getByLabelText('Name'), 'edge');
    await fill(within(dialog).getByLabelText('Base URL (optional)'), 'http://169.254.169.254/v1');
    await fill(within(dialog).getByLabelText('API key'), 'sk-1');
    await user.click(within(dialog).getByRole('button', { name: 'Create provider' }));

    const baseUrl = within(dialog).getByLabelText('Base URL (optional)');
    await waitFor(() => expect(baseUrl).toHaveAccessibleDescription('Base URL must not point at a link-local address'));
    expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('edits a provider keeping its stored key, and asks for the key again when the base URL changes', async () => {
    const sent = serve(
      [TEAM_OPENAI],
      [
        {
          method: 'POST',
          path: `/api/v1/custom-providers/${TEAM_OPENAI.id}/test`,
          respond: () => jsonResponse({ ok: true, status: 200, error: null }),
        },
        {
          method: 'PATCH',
          path: `/api/v1/custom-providers/${TEAM_OPENAI.id}`,
          respond: () => jsonResponse(TEAM_OPENAI),
        },
      ],
    );
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Edit team-openai' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit team-openai' });
    const key = within(dialog).getByLabelText('API key');
    expect(key).toHaveValue('');
    expect(key).toHaveAttribute('placeholder', '…wxyz — leave empty to keep');
    expect(within(dialog).getByLabelText('Headers (JSON object, optional)')).toHaveValue('{\n  "X-Team": "research"\n}');

    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('status', { name: 'Connection test result' })).toHaveTextContent('Connection OK');

    const baseUrl = within(dialog).getByLabelText('Base URL (optional)');
    await user.clear(baseUrl);
    await fill(baseUrl, 'https://elsewhere.example.com/v1');
    expect(within(dialog).getByRole('note')).toHaveTextContent('enter the secret again');
    expect(key).not.toHaveAttribute('placeholder');
    expect(within(dialog).getByRole('button', { name: 'Test connection' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(key).toHaveAccessibleDescription('API key is required.');

    await fill(key, 'sk-moved');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST /api/v1/custom-providers/${TEAM_OPENAI.id}/test`,
      `PATCH /api/v1/custom-providers/${TEAM_OPENAI.id}`,
    ]);
    expect(sent[1]!.body).toEqual({
      config: {
        auth: { type: 'api_key', apiKey: 'sk-moved' },
        baseUrl: 'https://elsewhere.example.com/v1',
        headers: { 'X-Team': 'research' },
        apiType: 'responses',
      },
    });
  });

  it('deletes only after a confirmation', async () => {
    let list = [TEAM_OPENAI];
    const sent = serve(() => list, [
      {
        method: 'DELETE',
        path: `/api/v1/custom-providers/${TEAM_OPENAI.id}`,
        respond: () => {
          list = [];
          return new Response(null, { status: 204 });
        },
      },
    ]);
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Delete team-openai' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete team-openai?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete team-openai' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    expect(screen.getByText(/No custom providers yet/)).toBeInTheDocument();
    expect(sent).toEqual([{ method: 'DELETE', url: `/api/v1/custom-providers/${TEAM_OPENAI.id}`, body: undefined }]);
  });
});
