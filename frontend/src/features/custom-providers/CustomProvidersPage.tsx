import { PageHeader } from '../../shared/ui/PageHeader';

export function CustomProvidersPage() {
  return (
    <PageHeader title="Custom Providers">
      Named provider configurations with their own endpoint, authentication and headers.
    </PageHeader>
  );
}
