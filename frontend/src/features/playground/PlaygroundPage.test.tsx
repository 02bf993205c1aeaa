import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomProvider, InvocationRequest } from '../../shared/api';
import { browserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { ANTHROPIC, OPENAI, TEAM_OPENAI, withSources } from '../../test/fixtures';
import {
  controlledStream,
  fakeFetch,
  jsonResponse,
  problemResponse,
  renderWithTheme,
  type FakeRoute,
} from '../../test/renderApp';
import { initialPlaygroundState, newInstance, serializePlaygroundState } from './playgroundState';
import { PlaygroundPage } from './PlaygroundPage';

const PROVIDERS = [OPENAI, { ...withSources(ANTHROPIC, { ANTHROPIC_API_KEY: ['environment'] }), credentialsSet: true }];

/** The built-in catalogue, the custom providers and the models the server suggests for each. */
function catalog(custom: readonly CustomProvider[] = []): FakeRoute[] {
  return [
    { path: '/api/v1/providers', respond: () => jsonResponse(PROVIDERS) },
    { path: '/api/v1/custom-providers', respond: () => jsonResponse(custom) },
    {
      path: /^\/api\/v1\/custom-providers\/[^/]+\/models$/,
      respond: (_init, url) => jsonResponse({ customProviderId: url.split('/')[4], models: ['gpt-4o', 'gpt-4o-mini'] }),
    },
  ];
}

/** Serves the providers and answers the n-th invocation with the n-th stream, keeping the bodies sent. */
function serveInvocations(...streams: Array<ReturnType<typeof controlledStream>>) {
  return serveInvocationsWith([], ...streams);
}

function serveInvocationsWith(custom: readonly CustomProvider[], ...streams: Array<ReturnType<typeof controlledStream>>) {
  const bodies: InvocationRequest[] = [];
  const fetch = fakeFetch([
    ...catalog(custom),
    {
      method: 'POST',
      path: '/api/v1/invocations',
      respond: (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return streams[bodies.length - 1]!.response();
      },
    },
  ]);
  return { bodies, fetch };
}

function renderPlayground() {
  return renderWithTheme(
    <MemoryRouter>
      <PlaygroundPage />
    </MemoryRouter>,
  );
}

async function typeUserMessage(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('textbox', { name: 'Content of message 2' }));
  await user.paste(text);
}

describe('PlaygroundPage', () => {
  beforeEach(() => {
    window.localStorage.clear();
    browserCredentials.setSessionOnly(false);
    browserCredentials.clearAll();
  });

  it('streams text and usage, shows credential sources, and sends only the invoked provider’s key', async () => {
    browserCredentials.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-browser');
    browserCredentials.setCredential('ANTHROPIC', 'ANTHROPIC_API_KEY', 'sk-other');
    const stream = controlledStream();
    const { bodies, fetch } = serveInvocations(stream);
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Say hi');

    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));
    stream.send('start', {
      invocationId: 'inv-1',
      provider: 'OPENAI',
      model: 'gpt-4o-mini',
      apiType: 'chat_completions',
      credentialSources: { OPENAI_API_KEY: 'request' },
    });
    stream.send('text', { delta: 'Hel' });
    stream.send('text', { delta: 'lo!' });
    stream.send('usage', { inputTokens: 12, outputTokens: 3, totalTokens: 15 });
    stream.send('finish', { reason: 'stop' });
    stream.close();

    const output = screen.getByRole('region', { name: 'Instance 1 output' });
    await waitFor(() => expect(within(output).getByLabelText('Response text')).toHaveTextContent('Hello!'));
    await waitFor(() => expect(within(output).getByRole('status')).toHaveTextContent('Finished'));
    expect(within(output).getByText('finish: stop')).toBeInTheDocument();
    expect(within(output).getByText('12 in · 3 out · 15 total')).toBeInTheDocument();
    expect(within(output).getByText('OPENAI_API_KEY')).toBeInTheDocument();
    expect(within(output).getByText('browser')).toBeInTheDocument();

    const call = fetch.mock.calls.find(([url]) => String(url) === '/api/v1/invocations');
    const body = bodies[0];
    expect(body).toMatchObject({
      provider: 'OPENAI',
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Say hi' },
      ],
      credentials: { OPENAI_API_KEY: 'sk-browser' },
    });
    expect(body).not.toHaveProperty('customProviderId');
    expect(new Headers(call?.[1]?.headers).get('Accept')).toMatch(/^text\/event-stream/);
    expect(window.localStorage.getItem('switchboard.playground')).not.toContain('sk-browser');
  });

  it('stops a run: the request is aborted, the partial output stays, and no error is shown', async () => {
    const stream = controlledStream();
    let signal: AbortSignal | undefined;
    fakeFetch([
      ...catalog(),
      {
        method: 'POST',
        path: '/api/v1/invocations',
        respond: (init) => {
          signal = init?.signal ?? undefined;
          return stream.response();
        },
      },
    ]);
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Count slowly');
    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));
    stream.send('text', { delta: 'one, two' });
    const output = screen.getByRole('region', { name: 'Instance 1 output' });
    await waitFor(() => expect(within(output).getByLabelText('Response text')).toHaveTextContent('one, two'));

    await user.click(screen.getByRole('button', { name: 'Stop instance 1' }));

    expect(signal?.aborted).toBe(true);
    expect(within(output).getByRole('status')).toHaveTextContent('Stopped');
    expect(within(output).getByLabelText('Response text')).toHaveTextContent('one, two');
    expect(within(output).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop instance 1' })).toBeDisabled();
  });

  it('shows the problem detail when the server refuses the invocation', async () => {
    fakeFetch([
      ...catalog(),
      {
        method: 'POST',
        path: '/api/v1/invocations',
        respond: () =>
          problemResponse(502, {
            type: 'urn:switchboard:problem:upstream-authentication',
            title: 'Upstream authentication failed',
            detail: 'OpenAI rejected the API key.',
            provider: 'OPENAI',
            upstreamStatus: 401,
          }),
      },
    ]);
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Hi');

    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Upstream authentication failed');
    expect(alert).toHaveTextContent('OpenAI rejected the API key.');
    expect(alert).toHaveTextContent('upstream status 401');
  });

  it('validates custom headers inline and sends nothing while they are invalid', async () => {
    const fetch = fakeFetch(catalog());
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Hi');

    await user.click(screen.getByRole('button', { name: 'Parameters, base URL and headers' }));
    await user.click(screen.getByRole('textbox', { name: 'Custom headers (JSON object)' }));
    await user.paste('{"Authorization": "Bearer x", "X-Team": "a\\nb"}');

    expect(screen.getByText(/Authorization cannot be set/)).toBeInTheDocument();
    expect(screen.getByText(/The value of X-Team contains a line break/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Custom headers (JSON object)' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was sent');
    expect(fetch.mock.calls.some(([url]) => String(url) === '/api/v1/invocations')).toBe(false);
  });

  it('runs two instances side by side, each with its own model and stream', async () => {
    const streams = [controlledStream(), controlledStream()];
    const { bodies } = serveInvocations(...streams);
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Compare');
    await user.click(screen.getByRole('button', { name: 'Compare another model' }));
    await user.click(await screen.findByRole('button', { name: 'Model for instance 2: OpenAI · gpt-4o-mini' }));
    await user.click(await screen.findByRole('button', { name: 'claude-sonnet-4-5 (Anthropic)' }));

    await user.click(screen.getByRole('button', { name: 'Run all 2' }));
    streams[1]!.send('text', { delta: 'from Claude' });
    streams[0]!.send('text', { delta: 'from GPT' });
    streams[0]!.send('finish', { reason: 'stop' });
    streams[0]!.close();

    const first = screen.getByRole('region', { name: 'Instance 1 output' });
    const second = screen.getByRole('region', { name: 'Instance 2 output' });
    await waitFor(() => expect(within(first).getByRole('status')).toHaveTextContent('Finished'));
    await waitFor(() => expect(within(second).getByLabelText('Response text')).toHaveTextContent('from Claude'));
    expect(within(second).getByRole('status')).toHaveTextContent('Streaming');
    expect(bodies.map((body) => body.model)).toEqual(['gpt-4o-mini', 'claude-sonnet-4-5']);
    expect(bodies[1]!.credentials).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Stop instance 2' }));
    expect(within(second).getByRole('status')).toHaveTextContent('Stopped');
    expect(within(first).getByRole('status')).toHaveTextContent('Finished');
  });

  it('hides and does not send a seed typed for OpenAI once the instance runs an Anthropic model', async () => {
    const { bodies } = serveInvocations(controlledStream());
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Hi');
    await user.click(screen.getByRole('button', { name: 'Parameters, base URL and headers' }));
    await user.type(await screen.findByLabelText('Seed'), '42');
    await user.type(screen.getByLabelText('Temperature'), '0.3');

    await user.click(await screen.findByRole('button', { name: 'Model for instance 1: OpenAI · gpt-4o-mini' }));
    await user.click(await screen.findByRole('button', { name: 'claude-sonnet-4-5 (Anthropic)' }));

    expect(screen.queryByLabelText('Seed')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Reasoning effort (reasoning models)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ provider: 'ANTHROPIC', parameters: { temperature: 0.3 } });
    expect(bodies[0]!.parameters).not.toHaveProperty('seed');
  });

  it('offers each custom provider as a group of its own and invokes one by id, with its routing read-only', async () => {
    browserCredentials.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-browser');
    const stream = controlledStream();
    const { bodies } = serveInvocationsWith([TEAM_OPENAI], stream);
    const user = userEvent.setup();
    renderPlayground();
    await typeUserMessage(user, 'Hi team');

    await user.click(await screen.findByRole('button', { name: 'Model for instance 1: OpenAI · gpt-4o-mini' }));
    expect(await screen.findByText('Custom providers')).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'team-openai' });
    expect(within(group).getByText('custom provider')).toBeInTheDocument();
    await user.click(await within(group).findByRole('button', { name: 'gpt-4o (team-openai)' }));
    expect(screen.getByRole('button', { name: 'Model for instance 1: team-openai · gpt-4o' })).toBeInTheDocument();
    expect(screen.queryByText(/add a key in the API Keys menu/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Parameters, routing and headers' }));
    const routing = screen.getByLabelText('Routing of team-openai');
    expect(routing).toHaveTextContent('SDKOpenAI');
    expect(routing).toHaveTextContent('AuthenticationAPI key');
    expect(routing).toHaveTextContent('Hostproxy.example.com');
    expect(routing).toHaveTextContent('Base URLhttps://proxy.example.com/v1');
    expect(routing).toHaveTextContent('HeadersX-Team: research');
    expect(screen.queryByRole('textbox', { name: 'Base URL' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'API type' })).toHaveTextContent('Responses');
    await user.click(screen.getByRole('textbox', { name: 'Custom headers (JSON object)' }));
    await user.paste('{"X-Run": "1"}');

    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));
    stream.send('start', {
      invocationId: 'inv-9',
      provider: 'team-openai',
      model: 'gpt-4o',
      apiType: 'responses',
      credentialSources: { OPENAI_API_KEY: 'custom_provider' },
    });
    stream.send('text', { delta: 'Hello team' });
    stream.send('finish', { reason: 'stop' });
    stream.close();

    const output = screen.getByRole('region', { name: 'Instance 1 output' });
    await waitFor(() => expect(within(output).getByRole('status')).toHaveTextContent('Finished'));
    expect(within(output).getByLabelText('Run details')).toHaveTextContent('OPENAI_API_KEYcustom provider');
    expect(bodies[0]).toEqual({
      customProviderId: TEAM_OPENAI.id,
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Hi team' },
      ],
      tools: [],
      parameters: {},
      headers: { 'X-Run': '1' },
    });
  });

  it('restores an instance of a custom provider after a reload, and holds back one whose provider was deleted', async () => {
    const state = initialPlaygroundState();
    const instances = [
      newInstance({ kind: 'custom', customProviderId: TEAM_OPENAI.id, model: 'gpt-4o' }),
      newInstance({ kind: 'custom', customProviderId: 'deleted-id', model: 'gpt-4o' }),
    ];
    window.localStorage.setItem('switchboard.playground', serializePlaygroundState({ ...state, instances }));
    const fetch = fakeFetch(catalog([TEAM_OPENAI]));
    const user = userEvent.setup();
    renderPlayground();

    expect(await screen.findByRole('button', { name: 'Model for instance 1: team-openai · gpt-4o' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Model for instance 2: Custom provider · gpt-4o' })).toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Instance 2' });
    expect(await within(second).findByText(/no longer exists: choose another model/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Instance 1' })).queryByText(/no longer exists/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Run instance 2' }));

    expect(await within(second).findByRole('alert')).toHaveTextContent('Nothing was sent');
    expect(fetch.mock.calls.some(([url]) => String(url) === '/api/v1/invocations')).toBe(false);
  });
});
