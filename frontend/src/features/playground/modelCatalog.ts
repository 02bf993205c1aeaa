import type { CustomProvider, Provider } from '../../shared/api';
import { providerReady } from '../../shared/credentials/credentialAvailability';
import type { ProviderCredentials } from '../../shared/credentials/credentialStore';
import type { ModelRef } from './playgroundState';
import { customCapabilities, type CapabilitySource } from './providerCapabilities';

/**
 * One group of the model picker: a built-in provider (from `GET /api/v1/providers`), or a custom
 * provider (from `GET /api/v1/custom-providers`), whose `refFor` gives a `custom` ModelRef.
 */
export interface ModelGroup {
  readonly id: string;
  readonly label: string;
  readonly kind: ModelRef['kind'];
  /** Whether a run has the credentials it needs. */
  readonly ready: boolean;
  readonly models: readonly string[];
  /** Where the instance's controls come from: parameters, API types, connection overrides. */
  readonly capabilities: CapabilitySource | null;
  /** The built-in provider behind the group (its credential names), when there is one. */
  readonly provider: Provider | null;
  /** The custom provider behind the group (its routing, shown read-only), when there is one. */
  readonly customProvider: CustomProvider | null;
  refFor(model: string): ModelRef;
}

export function builtinModelGroups(providers: readonly Provider[], browser: ProviderCredentials): ModelGroup[] {
  return providers.map((provider) => ({
    id: `builtin:${provider.key}`,
    label: provider.name,
    kind: 'builtin',
    ready: providerReady(provider, browser[provider.key] ?? {}),
    models: provider.models,
    capabilities: provider,
    provider,
    customProvider: null,
    refFor: (model) => ({ kind: 'builtin', provider: provider.key, model }),
  }));
}

/**
 * One group per custom provider, by name (the server sorts them), with the models it suggests
 * once they are loaded. It is ready unless the server can no longer decrypt its secrets.
 */
export function customModelGroups(
  providers: readonly CustomProvider[],
  models: Readonly<Record<string, readonly string[]>>,
): ModelGroup[] {
  return providers.map((provider) => ({
    id: `custom:${provider.id}`,
    label: provider.name,
    kind: 'custom',
    ready: provider.status === 'ok',
    models: models[provider.id] ?? [],
    capabilities: customCapabilities(provider),
    provider: null,
    customProvider: provider,
    refFor: (model) => ({ kind: 'custom', customProviderId: provider.id, model }),
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
