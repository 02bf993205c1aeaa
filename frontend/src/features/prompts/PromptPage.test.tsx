import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PromptTag, PromptVersion } from '../../shared/api';
import { OPENAI, SUPPORT_PROMPT, SUPPORT_V1, SUPPORT_V2 } from '../../test/fixtures';
import { currentLocation, fakeFetch, jsonResponse, problemResponse, recording, renderPageAt } from '../../test/renderApp';
import { PromptPage } from './PromptPage';

const BASE = '/api/v1/prompts/support-bot';

/** The prompt's API; tags are read at each request, so a change shows. Returns the changes sent. */
function serve(state: { versions: PromptVersion[]; tags: PromptTag[] }) {
  const changes = recording([
    {
      method: 'PUT',
      path: /\/tags\/[^/]+$/,
      respond: (init, url) => {
        const tag = { name: url.split('/').pop()!, version: JSON.parse(String(init?.body)).version, updatedAt: '2026-02-04T08:00:00Z' };
        state.tags = [...state.tags.filter((t) => t.name !== tag.name), tag];
        return jsonResponse(tag);
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/v1\/prompts\/support-bot(\/tags\/[^/]+)?$/,
      respond: (_init, url) => {
        state.tags = state.tags.filter((t) => !url.endsWith(`/tags/${t.name}`));
        return new Response(null, { status: 204 });
      },
    },
  ]);
  fakeFetch([
    ...changes.routes,
    { path: '/api/v1/providers', respond: () => jsonResponse([OPENAI]) },
    { path: BASE, respond: () => jsonResponse({ ...SUPPORT_PROMPT, tags: state.tags }) },
    { path: `${BASE}/versions`, respond: () => jsonResponse(state.versions) },
    { path: `${BASE}/tags`, respond: () => jsonResponse(state.tags) },
    {
      path: `${BASE}/tags/production/history`,
      respond: () =>
        jsonResponse([
          { version: 2, previousVersion: 1, movedAt: '2026-02-03T16:00:00Z' },
          { version: 1, previousVersion: null, movedAt: '2026-02-01T10:00:00Z' },
        ]),
    },
  ]);
  return changes.sent;
}

const renderPage = () => renderPageAt('/prompts/support-bot', '/prompts/:name', <PromptPage />);

const production: PromptTag = { name: 'production', version: 2, updatedAt: '2026-02-03T16:00:00Z' };

describe('PromptPage', () => {
  let user: ReturnType<typeof userEvent.setup>;
  beforeEach(() => {
    user = userEvent.setup();
  });

  it('shows the versions as a timeline, newest first, and the latest in full', async () => {
    serve({ versions: [SUPPORT_V2, SUPPORT_V1], tags: [production] });
    renderPage();

    const timeline = await screen.findByRole('navigation', { name: 'Versions' });
    const entries = within(timeline).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringMatching(/^Version 2production.*Ask for a short answer/),
      expect.stringMatching(/^Version 1No description/),
    ]);
    expect(entries[0]).toHaveAttribute('aria-current', 'true');

    const version = screen.getByRole('region', { name: 'Version 2' });
    expect(within(version).getByLabelText('Model', { selector: 'dl' })).toHaveTextContent(/ProviderOpenAI/);
    expect(within(version).getByLabelText('Model', { selector: 'dl' })).toHaveTextContent(/Variablestopic/);
    expect(within(version).getByLabelText('Parameters', { selector: 'dl' })).toHaveTextContent(/temperature0\.2maxTokens200/);
    expect(within(version).getByRole('list', { name: 'Messages' })).toHaveTextContent('Tell me about {{ topic }} in two sentences.');
    expect(within(version).getByRole('link', { name: 'Open version 2 in playground' })).toHaveAttribute(
      'href',
      '/playground?prompt=support-bot&version=2',
    );

    await user.click(entries[1]!);
    expect(screen.getByRole('region', { name: 'Version 1' })).toHaveTextContent('Tell me about {{ topic }}.');
  });

  it('marks a version whose custom provider was deleted', async () => {
    const orphan: PromptVersion = {
      ...SUPPORT_V1,
      provider: null,
      customProviderId: null,
      customProviderName: 'team-openai',
      customProviderDeleted: true,
    };
    serve({ versions: [orphan], tags: [] });
    renderPage();

    const model = await screen.findByLabelText('Model', { selector: 'dl' });
    expect(model).toHaveTextContent('team-openai');
    expect(within(model).getByText('provider deleted')).toBeInTheDocument();
  });

  it('tags the shown version, checking the name first, and shows the tag once it is saved', async () => {
    const state = { versions: [SUPPORT_V2, SUPPORT_V1], tags: [production] };
    const sent = serve(state);
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^Version 1/ }));

    await user.type(screen.getByRole('textbox', { name: 'Tag this version' }), 'Staging');
    await user.click(screen.getByRole('button', { name: 'Tag version 1' }));
    expect(screen.getByRole('textbox', { name: 'Tag this version' })).toHaveAccessibleDescription(
      'Lower-case letters, digits, - and _ only, starting with a letter or digit.',
    );
    await user.clear(screen.getByRole('textbox', { name: 'Tag this version' }));
    await user.type(screen.getByRole('textbox', { name: 'Tag this version' }), 'staging');
    await user.click(screen.getByRole('button', { name: 'Tag version 1' }));

    await waitFor(() => expect(screen.getByRole('tab', { name: /^Tags \(2\)/ })).toBeInTheDocument());
    expect(sent).toEqual([{ method: 'PUT', url: `${BASE}/tags/staging`, body: { version: 1 } }]);
  });

  it('moves a tag to another version, shows its history, opens it in the playground and deletes it', async () => {
    const state = { versions: [SUPPORT_V2, SUPPORT_V1], tags: [production] };
    const sent = serve(state);
    renderPage();
    await user.click(await screen.findByRole('tab', { name: /^Tags \(1\)/ }));
    const row = screen.getByRole('row', { name: /production/ });
    expect(within(row).getByRole('link', { name: 'Open tag production in playground' })).toHaveAttribute(
      'href',
      '/playground?prompt=support-bot&tag=production',
    );

    await user.click(within(row).getByRole('combobox', { name: 'Version of tag production' }));
    await user.click(await screen.findByRole('option', { name: 'Version 1' }));
    await waitFor(() =>
      expect(within(screen.getByRole('row', { name: /production/ })).getByRole('combobox')).toHaveTextContent('Version 1'),
    );

    await user.click(screen.getByRole('button', { name: 'History of tag production' }));
    const history = await screen.findByRole('list', { name: 'Moves of production' });
    expect(within(history).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'Moved from version 1 to version 2',
      'Set on version 1',
    ]);
    await user.click(screen.getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'Delete tag production' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.getByRole('tab', { name: /^Tags \(0\)/ })).toBeInTheDocument());
    expect(sent).toEqual([
      { method: 'PUT', url: `${BASE}/tags/production`, body: { version: 1 } },
      { method: 'DELETE', url: `${BASE}/tags/production`, body: undefined },
    ]);
  });

  it('compares the version before the shown one by default, and any two chosen', async () => {
    serve({ versions: [SUPPORT_V2, SUPPORT_V1], tags: [] });
    renderPage();
    await user.click(await screen.findByRole('tab', { name: /^Compare versions/ }));

    const compare = screen.getByRole('region', { name: 'Compare versions' });
    const messages = within(compare).getByLabelText('Message changes');
    expect(messages.querySelector('del')).toHaveTextContent('Tell me about {{ topic }}.');
    expect(messages.querySelector('ins')).toHaveTextContent('Tell me about {{ topic }} in two sentences.');
    expect(within(compare).getByRole('table', { name: 'Parameter changes' })).toHaveTextContent(/temperature0\.70\.2/);
    expect(within(compare).getByRole('table', { name: 'Parameter changes' })).toHaveTextContent(/maxTokensnot set200/);

    await user.click(within(compare).getByRole('combobox', { name: 'From version' }));
    await user.click(await screen.findByRole('option', { name: /^Version 2/ }));
    expect(within(compare).getByText('Choose two different versions.')).toBeInTheDocument();
  });

  it('deletes the prompt after a confirmation and goes back to the list', async () => {
    const sent = serve({ versions: [SUPPORT_V2, SUPPORT_V1], tags: [production] });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete support-bot' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete support-bot?' });
    expect(confirm).toHaveTextContent('All 2 versions, its tags and their history are removed.');

    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(currentLocation()).toMatch(/^\/prompts$/));
    expect(sent).toEqual([{ method: 'DELETE', url: BASE, body: undefined }]);
  });

  it('says when the prompt does not exist', async () => {
    fakeFetch([
      { path: BASE, respond: () => problemResponse(404, { title: 'Not found', detail: 'No prompt support-bot.' }) },
    ]);
    renderPage();

    expect(await screen.findByRole('alert')).toHaveTextContent('No prompt support-bot.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
