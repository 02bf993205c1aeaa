import { Link, Outlet, matchPath, useLocation } from 'react-router';
import { ApiKeysMenu } from '../features/credentials/ApiKeysMenu';
import { NAVIGATION, type NavItem } from './navigation';

export function AppLayout() {
  const { pathname } = useLocation();
  const wide = pathname === '/' || pathname.startsWith('/playground');
  return (
    <div className="app">
      <header className="app__header">
        <Link to="/" className="app__brand">
          <span className="app__logo" aria-hidden="true" />
          Switchboard
        </Link>
        <div className="app__header-actions">
          <ApiKeysMenu />
        </div>
      </header>
      <nav className="app__nav" aria-label="Main">
        {NAVIGATION.map((section, index) => (
          <div className="nav-section" key={section.heading ?? index}>
            {section.heading ? <h2 className="nav-section__heading">{section.heading}</h2> : null}
            <ul className="nav-section__list">
              {section.items.map((item) => (
                <li key={item.to}>
                  <NavEntry item={item} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main className={wide ? 'app__main app__main--wide' : 'app__main'}>
        <Outlet />
      </main>
    </div>
  );
}

function NavEntry({ item }: { item: NavItem }) {
  const { pathname } = useLocation();
  const active =
    matchPath({ path: item.to, end: false }, pathname) !== null ||
    (item.alsoActiveOn ?? []).some((path) => matchPath({ path, end: true }, pathname) !== null);
  return (
    <Link
      to={item.to}
      className={active ? 'nav-link nav-link--active' : 'nav-link'}
      aria-current={active ? 'page' : undefined}
    >
      {item.label}
    </Link>
  );
}
