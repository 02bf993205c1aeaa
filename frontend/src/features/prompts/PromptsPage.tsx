import { PageHeader } from '../../shared/ui/PageHeader';

export function PromptsPage() {
  return <PageHeader title="Prompts">Saved prompts and their versions, ready to open in the playground.</PageHeader>;
}
