import { api } from '../../shared/api';
import { createRemoteResource, useRemoteResource } from '../../shared/store/createRemoteResource';

export type ApiType = 'chat_completions' | 'responses';
/** Where the server holds a usable value for a credential. */
export type ServerCredentialSource = 'secret' | 'environment' | 'ambient';

export interface ProviderCredential {
  readonly name: string;
  readonly required: boolean;
  readonly sources: readonly ServerCredentialSource[];
}

/** A built-in provider, as `GET /api/v1/providers` lists it. */
export interface Provider {
  readonly key: string;
  readonly name: string;
  readonly sdk: string;
  readonly apiTypes: readonly ApiType[];
  readonly defaultApiType: ApiType | null;
  readonly credentials: readonly ProviderCredential[];
  readonly credentialsSet: boolean;
  readonly models: readonly string[];
}

export interface Secret {
  readonly key: string;
  readonly status: 'ok' | 'unreadable';
  readonly hint: string | null;
  readonly updatedAt: string | null;
}

export const API_TYPE_LABELS: Readonly<Record<ApiType, string>> = {
  chat_completions: 'Chat Completions',
  responses: 'Responses',
};

export const providersResource = createRemoteResource(() => api.get<Provider[]>('/api/v1/providers'));
export const secretsResource = createRemoteResource(() => api.get<Secret[]>('/api/v1/secrets'));

export const useProviders = () => useRemoteResource(providersResource);
export const useSecrets = () => useRemoteResource(secretsResource);

export function putSecret(key: string, value: string): Promise<void> {
  return api.put(`/api/v1/secrets/${encodeURIComponent(key)}`, { value });
}

export function deleteSecret(key: string): Promise<void> {
  return api.delete(`/api/v1/secrets/${encodeURIComponent(key)}`);
}

/** Upserts and deletes (value null) in one transaction. */
export function putSecrets(secrets: ReadonlyArray<{ key: string; value: string | null }>) {
  return api.put<{ upserted: string[]; deleted: string[] }>('/api/v1/secrets', { secrets });
}
