import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { InvocationRequest } from '../../shared/api';
import { browserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { OPENAI, SUPPORT_PROMPT, SUPPORT_V1, SUPPORT_V2 } from '../../test/fixtures';
import {
  controlledStream,
  currentLocation,
  fakeFetch,
  jsonResponse,
  problemResponse,
  recording,
  renderPageAt,
  type FakeRoute,
} from '../../test/renderApp';
import { PlaygroundPage } from './PlaygroundPage';

/** The catalogue, the given routes (each request to them recorded), and invocations answered by `stream`. */
function serve(extra: FakeRoute[], stream = controlledStream()) {
  const { routes, sent } = recording(extra);
  const invocations: InvocationRequest[] = [];
  fakeFetch([
    { path: '/api/v1/providers', respond: () => jsonResponse([OPENAI]) },
    { path: '/api/v1/custom-providers', respond: () => jsonResponse([]) },
    {
      method: 'POST',
      path: '/api/v1/invocations',
      respond: (init) => {
        invocations.push(JSON.parse(String(init?.body)));
        return stream.response();
      },
    },
    ...routes,
  ]);
  return { sent, invocations, stream };
}

const renderPlayground = (path = '/playground') => renderPageAt(path, '/playground', <PlaygroundPage />);

async function replaceText(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

const message = (n: number) => screen.getByRole('textbox', { name: `Content of message ${n}` });

describe('the playground and saved prompts', () => {
  let user: ReturnType<typeof userEvent.setup>;
  beforeEach(() => {
    window.localStorage.clear();
    browserCredentials.clearAll();
    user = userEvent.setup();
  });

  it('shows a Variables panel only while the messages have variables, under each instance’s template format', async () => {
    serve([]);
    renderPlayground();
    expect(screen.queryByRole('region', { name: 'Variables' })).not.toBeInTheDocument();

    await replaceText(user, message(2), 'Compare {{ first }} with {second}.');
    const panel = screen.getByRole('region', { name: 'Variables' });
    expect(within(panel).getAllByRole('textbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Variable first']);

    await user.click(screen.getByRole('combobox', { name: 'Template format for instance 1' }));
    await user.click(await screen.findByRole('option', { name: 'f-string {name}' }));
    expect(within(panel).getAllByRole('textbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Variable second']);

    await user.click(screen.getByRole('combobox', { name: 'Template format for instance 1' }));
    await user.click(await screen.findByRole('option', { name: 'None (text as is)' }));
    expect(screen.queryByRole('region', { name: 'Variables' })).not.toBeInTheDocument();
  });

  it('says where a template cannot be read, and runs nothing while a variable has no value', async () => {
    const { invocations } = serve([]);
    renderPlayground();
    await replaceText(user, message(2), 'About {{ topic }} and {{#list}}');

    expect(within(screen.getByRole('region', { name: 'Variables' })).getByRole('alert')).toHaveTextContent(
      "Message 2 (user): '{{#' tags (sections, partials, comments, unescaped values, delimiters) are not supported: only variables such as {{ name }} (at line 1, column 23)",
    );
    await replaceText(user, message(2), 'About {{ topic }}');
    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Variable topic has no value: fill it in under Variables.');
    expect(invocations).toEqual([]);
  });

  it('saves an instance as a new prompt: the templates as written, no keys, no variable values', async () => {
    browserCredentials.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-browser');
    const { sent } = serve([
      { method: 'POST', path: '/api/v1/prompts', respond: () => jsonResponse({ ...SUPPORT_PROMPT, latestVersion: 1 }, 201) },
    ]);
    renderPlayground();
    await replaceText(user, message(2), 'Tell me about {{ topic }}.');
    await user.type(screen.getByRole('textbox', { name: 'Variable topic' }), 'tides');

    await user.click(screen.getByRole('button', { name: 'Save instance 1 as a prompt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save instance 1' });
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Support Bot');
    await user.click(within(dialog).getByRole('button', { name: 'Save prompt' }));
    expect(within(dialog).getByText('Lower-case letters, digits, - and _ only, starting with a letter or digit.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await replaceText(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'support-bot');
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Answers customers');
    await user.click(within(dialog).getByRole('button', { name: 'Save prompt' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/v1/prompts',
        body: {
          name: 'support-bot',
          description: 'Answers customers',
          version: {
            provider: 'OPENAI',
            model: 'gpt-4o-mini',
            messages: [
              { role: 'system', content: 'You are a helpful assistant.' },
              { role: 'user', content: 'Tell me about {{ topic }}.' },
            ],
            tools: [],
            parameters: {},
            headers: {},
            templateFormat: 'mustache',
            description: 'Answers customers',
          },
        },
      },
    ]);
    expect(JSON.stringify(sent)).not.toMatch(/sk-browser|tides/);
    expect(screen.getByRole('region', { name: 'Instance 1' })).toHaveTextContent('Prompt support-bot · version 1');
  });

  it('saves the next version of the prompt the instance came from, and shows a refusal in the dialog', async () => {
    let refuse = true;
    const { sent } = serve([
      { path: '/api/v1/prompts/support-bot/tags/production', respond: () => jsonResponse(SUPPORT_V2) },
      {
        method: 'POST',
        path: '/api/v1/prompts/support-bot/versions',
        respond: () =>
          refuse
            ? problemResponse(422, {
                title: 'Invalid request',
                errors: [{ field: 'messages[1].content', message: "'{{' is not closed by '}}' (at line 1, column 3)" }],
              })
            : jsonResponse({ ...SUPPORT_V2, number: 3 }, 201),
      },
    ]);
    renderPlayground('/playground?prompt=support-bot&tag=production');
    await waitFor(() => expect(message(2)).toHaveValue('Tell me about {{ topic }} in two sentences.'));

    await user.click(screen.getByRole('button', { name: 'Save instance 1 as a prompt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save instance 1' });
    expect(within(dialog).getByRole('radio', { name: 'New version of support-bot' })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /^What changed/ }), 'Warmer tone');
    await user.click(within(dialog).getByRole('button', { name: 'Save version of support-bot' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("messages[1].content '{{' is not closed");

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Save version of support-bot' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body).toMatchObject({ description: 'Warmer tone', parameters: { temperature: 0.2, maxTokens: 200 } });
    expect(screen.getByRole('region', { name: 'Instance 1' })).toHaveTextContent('Prompt support-bot · version 3');
  });

  it('opens a tag from a link: the version’s messages and settings, a notice, the link dropped; a run fills the variables in', async () => {
    const { sent, invocations, stream } = serve([
      { path: '/api/v1/prompts/support-bot/tags/production', respond: () => jsonResponse(SUPPORT_V2) },
    ]);
    renderPlayground('/playground?prompt=support-bot&tag=production');

    expect(await screen.findByRole('status', { name: 'Opened prompt' })).toHaveTextContent(
      'Opened support-bot version 2 (tag production) in instance 1.',
    );
    expect(sent.map((request) => request.url)).toEqual(['/api/v1/prompts/support-bot/tags/production']);
    await waitFor(() => expect(currentLocation()).toMatch(/^\/playground$/));
    expect(message(1)).toHaveValue('You are a support agent.');
    expect(message(2)).toHaveValue('Tell me about {{ topic }} in two sentences.');
    expect(screen.getByRole('region', { name: 'Instance 1' })).toHaveTextContent('Prompt support-bot · version 2 · tag production');

    await user.type(screen.getByRole('textbox', { name: 'Variable topic' }), 'tides');
    await user.click(screen.getByRole('button', { name: 'Run instance 1' }));
    stream.send('finish', { reason: 'stop' });
    stream.close();

    await waitFor(() => expect(invocations).toHaveLength(1));
    expect(invocations[0]).toMatchObject({
      provider: 'OPENAI',
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a support agent.' },
        { role: 'user', content: 'Tell me about tides in two sentences.' },
      ],
      parameters: { temperature: 0.2, maxTokens: 200 },
    });
  });

  it('opens the latest version of a prompt given by name alone, and attaches one without versions', async () => {
    let latest: number | null = 1;
    const { sent } = serve([
      { path: '/api/v1/prompts/support-bot', respond: () => jsonResponse({ ...SUPPORT_PROMPT, latestVersion: latest }) },
      { path: '/api/v1/prompts/support-bot/versions/1', respond: () => jsonResponse(SUPPORT_V1) },
    ]);
    const first = renderPlayground('/playground?prompt=support-bot');
    expect(await screen.findByRole('status', { name: 'Opened prompt' })).toHaveTextContent('Opened support-bot version 1 in instance 1.');
    expect(sent.map((request) => request.url)).toEqual(['/api/v1/prompts/support-bot', '/api/v1/prompts/support-bot/versions/1']);
    first.unmount();

    latest = null;
    renderPlayground('/playground?prompt=support-bot');
    expect(await screen.findByRole('status', { name: 'Opened prompt' })).toHaveTextContent(
      'support-bot has no version yet: compose it here, then Save it as its first version.',
    );
    expect(screen.getByRole('region', { name: 'Instance 1' })).toHaveTextContent('Prompt support-bot · no version yet');
  });

  it('says why a link could not be opened, and keeps the playground as it was', async () => {
    serve([
      {
        path: '/api/v1/prompts/support-bot/tags/staging',
        respond: () => problemResponse(404, { title: 'Not found', detail: 'No tag staging on prompt support-bot.' }),
      },
    ]);
    renderPlayground('/playground?prompt=support-bot&tag=staging');

    expect(await screen.findByText('Could not open support-bot (tag staging):')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No tag staging on prompt support-bot.');
    expect(message(1)).toHaveValue('You are a helpful assistant.');
  });
});
