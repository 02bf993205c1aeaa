import { PageHeader } from '../../shared/ui/PageHeader';

export function PlaygroundPage() {
  return (
    <PageHeader title="Playground">
      Compose messages, pick a provider and model, and watch the response stream in.
    </PageHeader>
  );
}
