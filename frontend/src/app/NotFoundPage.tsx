import { Link, useLocation } from 'react-router';
import { PageHeader } from '../shared/ui/PageHeader';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found">
        There is no page at <code>{pathname}</code>.
      </PageHeader>
      <p>
        <Link to="/playground">Go to the playground</Link>
      </p>
    </>
  );
}
