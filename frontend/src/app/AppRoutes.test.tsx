import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, renderWithTheme } from '../test/renderApp';
import { AppRoutes } from './AppRoutes';

function CurrentPath() {
  return <output data-testid="current-path">{useLocation().pathname}</output>;
}

function renderAt(path: string) {
  return renderWithTheme(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <CurrentPath />
    </MemoryRouter>,
  );
}

function currentNavLink() {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return Array.from(nav.querySelectorAll('a[aria-current="page"]')).map((link) => link.textContent);
}

describe('app routes', () => {
  beforeEach(() => {
    fakeFetch([
      { path: '/api/v1/providers', respond: () => jsonResponse([]) },
      { path: '/api/v1/secrets', respond: () => jsonResponse([]) },
    ]);
  });

  it.each([
    ['/', 'Playground', 'Playground'],
    ['/playground', 'Playground', 'Playground'],
    ['/prompts', 'Prompts', 'Prompts'],
    ['/settings/providers', 'AI Providers', 'AI Providers'],
    ['/settings/custom-providers', 'Custom Providers', 'Custom Providers'],
  ])('%s shows the %s page and highlights its navigation link', (path, heading, navLabel) => {
    renderAt(path);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
    expect(currentNavLink()).toEqual([navLabel]);
    expect(screen.getByTestId('current-path')).toHaveTextContent(path);
  });

  it.each(['/no-such-page', '/settings/nope', '/playgrounds'])(
    '%s shows the not-found page inside the app frame',
    (path) => {
      renderAt(path);

      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
      expect(within(screen.getByRole('main')).getByText(path)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Switchboard' })).toBeInTheDocument();
      expect(currentNavLink()).toEqual([]);
    },
  );

  it('sends /settings to the AI Providers page', () => {
    renderAt('/settings');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('AI Providers');
    expect(screen.getByTestId('current-path')).toHaveTextContent('/settings/providers');
  });

  it('shows the product name in the header on every page', () => {
    renderAt('/prompts');

    expect(screen.getByRole('banner')).toHaveTextContent('Switchboard');
  });

  it('navigates between pages from the navigation', async () => {
    const user = userEvent.setup();
    renderAt('/');

    await user.click(screen.getByRole('link', { name: 'Custom Providers' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Custom Providers');
    expect(screen.getByTestId('current-path')).toHaveTextContent('/settings/custom-providers');
    expect(currentNavLink()).toEqual(['Custom Providers']);
  });
});
