import { createRemoteResource, useRemoteResource } from '../store/createRemoteResource';
import { api } from './apiClient';
import type { Provider, SecretBatchEntry } from './types';

// The contract's Provider leaves every member optional; the server sends the ones `Provider` requires.
export const providersResource = createRemoteResource(
  async () => (await api.get('/api/v1/providers')) as readonly Provider[],
);
export const secretsResource = createRemoteResource(() => api.get('/api/v1/secrets'));

export const useProviders = () => useRemoteResource(providersResource);
export const useSecrets = () => useRemoteResource(secretsResource);

export function putSecret(key: string, value: string) {
  return api.put('/api/v1/secrets/{key}', { value }, { params: { key } });
}

export async function deleteSecret(key: string): Promise<void> {
  await api.delete('/api/v1/secrets/{key}', { params: { key } });
}

/** Upserts and deletes (value null) in one transaction. */
export function putSecrets(secrets: readonly SecretBatchEntry[]) {
  return api.put('/api/v1/secrets', { secrets });
}
