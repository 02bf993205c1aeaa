import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Prompt } from '../../shared/api';
import { SUPPORT_PROMPT } from '../../test/fixtures';
import { currentLocation, fakeFetch, jsonResponse, problemResponse, recording, renderPageAt } from '../../test/renderApp';
import { PAGE_SIZE, PromptsPage } from './PromptsPage';

const EMPTY: Prompt = { ...SUPPORT_PROMPT, id: 'p2', name: 'draft-only', description: '', latestVersion: null, tags: [] };

/** Answers the list with `page(query)`; keeps every query asked. */
function serveList(page: (query: URLSearchParams) => { items: Prompt[]; total: number }) {
  const queries: string[] = [];
  const create = recording([
    {
      method: 'POST',
      path: '/api/v1/prompts',
      respond: (init) => {
        const body = JSON.parse(String(init?.body));
        return body.name === 'taken'
          ? problemResponse(409, { title: 'Conflict', detail: 'A prompt named taken exists.' })
          : jsonResponse({ ...EMPTY, name: body.name }, 201);
      },
    },
  ]);
  fakeFetch([
    ...create.routes,
    {
      path: /^\/api\/v1\/prompts(\?.*)?$/,
      respond: (_init, url) => {
        const query = new URL(url, 'http://x').searchParams;
        queries.push(query.toString());
        return jsonResponse({ ...page(query), limit: PAGE_SIZE, offset: Number(query.get('offset')) });
      },
    },
  ]);
  return { queries, sent: create.sent };
}

const renderPage = () => renderPageAt('/prompts', '/prompts', <PromptsPage />);

describe('PromptsPage', () => {
  let user: ReturnType<typeof userEvent.setup>;
  beforeEach(() => {
    user = userEvent.setup();
  });

  it('lists each prompt with its description, latest version, tags, last update and a link to open it', async () => {
    serveList(() => ({ items: [EMPTY, SUPPORT_PROMPT], total: 2 }));
    renderPage();

    const table = await screen.findByRole('table', { name: 'Prompts' });
    const support = within(table).getByRole('row', { name: /support-bot/ });
    expect(support).toHaveTextContent('Answers customer questions');
    expect(support).toHaveTextContent('Version 2');
    expect(support).toHaveTextContent('production → v2');
    expect(support).toHaveTextContent(new Date(SUPPORT_PROMPT.updatedAt).toLocaleString());
    expect(within(support).getByRole('link', { name: 'support-bot' })).toHaveAttribute('href', '/prompts/support-bot');
    expect(within(support).getByRole('link', { name: 'Open support-bot in the playground' })).toHaveAttribute(
      'href',
      '/playground?prompt=support-bot',
    );
    expect(within(table).getByRole('row', { name: /draft-only/ })).toHaveTextContent('No versions');
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
  });

  it('searches by name on the server once typing settles, from the first page', async () => {
    const { queries } = serveList((query) =>
      query.get('search') ? { items: [SUPPORT_PROMPT], total: 1 } : { items: [EMPTY, SUPPORT_PROMPT], total: 2 },
    );
    renderPage();
    await screen.findByRole('table', { name: 'Prompts' });

    await user.type(screen.getByRole('textbox', { name: 'Search prompts by name' }), 'supp');

    await waitFor(() => expect(screen.queryByRole('row', { name: /draft-only/ })).not.toBeInTheDocument());
    expect(queries).toEqual(['limit=20&offset=0', 'search=supp&limit=20&offset=0']);
  });

  it('says when nothing matches the search', async () => {
    serveList((query) => (query.get('search') ? { items: [], total: 0 } : { items: [SUPPORT_PROMPT], total: 1 }));
    renderPage();
    await screen.findByRole('table', { name: 'Prompts' });

    await user.type(screen.getByRole('textbox', { name: 'Search prompts by name' }), 'zzz');

    expect(await screen.findByText('No prompt name contains “zzz”.')).toBeInTheDocument();
  });

  it('pages through the list', async () => {
    const all = Array.from({ length: 45 }, (_, i) => ({ ...EMPTY, id: `p${i}`, name: `prompt-${String(i).padStart(2, '0')}` }));
    const { queries } = serveList((query) => {
      const offset = Number(query.get('offset'));
      return { items: all.slice(offset, offset + PAGE_SIZE), total: all.length };
    });
    renderPage();
    expect(await screen.findByText('1–20 of 45')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('21–40 of 45')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('41–45 of 45')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('row', { name: /prompt-44/ })).toBeInTheDocument();
    expect(queries).toEqual(['limit=20&offset=0', 'limit=20&offset=20', 'limit=20&offset=40']);
  });

  it('creates an empty prompt and goes to its page; a taken name is explained in the dialog', async () => {
    const { sent } = serveList(() => ({ items: [], total: 0 }));
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'New prompt' }));
    const dialog = await screen.findByRole('dialog', { name: 'New prompt' });

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'taken');
    await user.click(within(dialog).getByRole('button', { name: 'Create prompt' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A prompt named taken exists.');

    await user.clear(within(dialog).getByRole('textbox', { name: /^Name/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'faq-bot');
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Frequent questions');
    await user.click(within(dialog).getByRole('button', { name: 'Create prompt' }));

    await waitFor(() => expect(currentLocation()).toBe('/prompts/faq-bot'));
    expect(sent.map((request) => request.body)).toEqual([{ name: 'taken' }, { name: 'faq-bot', description: 'Frequent questions' }]);
  });
});
