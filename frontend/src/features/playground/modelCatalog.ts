import type { Provider } from '../../shared/api';
import { providerReady } from '../../shared/credentials/credentialAvailability';
import type { ProviderCredentials } from '../../shared/credentials/credentialStore';
import type { ModelRef } from './playgroundState';

/**
 * One group of the model picker. Built-in providers make one group each; custom providers (a later
 * feature, `GET /api/v1/custom-providers`) will add groups whose `refFor` gives a `custom` ModelRef.
 */
export interface ModelGroup {
  readonly id: string;
  readonly label: string;
  readonly kind: ModelRef['kind'];
  /** Whether a run has the credentials it needs. */
  readonly ready: boolean;
  readonly models: readonly string[];
  /** The built-in provider behind the group (its API types, credential names), when there is one. */
  readonly provider: Provider | null;
  refFor(model: string): ModelRef;
}

export function builtinModelGroups(providers: readonly Provider[], browser: ProviderCredentials): ModelGroup[] {
  return providers.map((provider) => ({
    id: `builtin:${provider.key}`,
    label: provider.name,
    kind: 'builtin',
    ready: providerReady(provider, browser[provider.key] ?? {}),
    models: provider.models,
    provider,
    refFor: (model) => ({ kind: 'builtin', provider: provider.key, model }),
  }));
}

export function groupIdOf(ref: ModelRef): string {
  return ref.kind === 'builtin' ? `builtin:${ref.provider}` : `custom:${ref.customProviderId}`;
}

export function findGroup(groups: readonly ModelGroup[], ref: ModelRef | null): ModelGroup | undefined {
  return ref ? groups.find((group) => group.id === groupIdOf(ref)) : undefined;
}

/** "OpenAI · gpt-4o", falling back to the raw key when the catalogue has not loaded. */
export function describeModel(groups: readonly ModelGroup[], ref: ModelRef | null): string {
  if (!ref) return 'Choose a model';
  const group = findGroup(groups, ref);
  const owner = group?.label ?? (ref.kind === 'builtin' ? ref.provider : 'Custom provider');
  return `${owner} · ${ref.model || '(no model)'}`;
}
