import { PageHeader } from '../../shared/ui/PageHeader';

export function ProvidersPage() {
  return (
    <PageHeader title="AI Providers">
      The built-in providers and where each credential comes from: this browser, a stored secret or the
      server environment.
    </PageHeader>
  );
}
