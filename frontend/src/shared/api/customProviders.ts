import { createRemoteResource, useRemoteResource, type RemoteResource } from '../store/createRemoteResource';
import { api } from './apiClient';
import type { CustomProvider, CustomProviderInput, CustomProviderPatch } from './types';

/** The saved custom providers: the settings page edits them, the playground's model picker offers them. */
export const customProvidersResource = createRemoteResource(
  // The server sends an auth type the contract names only as a string (see CustomProvider).
  async () => (await api.get('/api/v1/custom-providers')) as readonly CustomProvider[],
);
export const useCustomProviders = () => useRemoteResource(customProvidersResource);

export async function createCustomProvider(input: CustomProviderInput): Promise<void> {
  await api.post('/api/v1/custom-providers', input);
}

export async function updateCustomProvider(id: string, patch: CustomProviderPatch): Promise<void> {
  await api.patch('/api/v1/custom-providers/{id}', patch, { params: { id } });
}

export async function deleteCustomProvider(id: string): Promise<void> {
  await api.delete('/api/v1/custom-providers/{id}', { params: { id } });
}

/** Tests a configuration before it is saved; the server makes one cheap call with it. */
export function testCustomProviderInput(input: CustomProviderInput) {
  return api.post('/api/v1/custom-providers/test', input);
}

/** Tests a saved provider with its stored secrets. */
export function testSavedCustomProvider(id: string) {
  return api.post('/api/v1/custom-providers/{id}/test', undefined, { params: { id } });
}

const modelLists = new Map<string, RemoteResource<readonly string[]>>();

/** The model names the server suggests for one custom provider (any name may be typed), loaded once per id. */
export function customProviderModelsResource(id: string): RemoteResource<readonly string[]> {
  let resource = modelLists.get(id);
  if (!resource) {
    resource = createRemoteResource(async () => (await api.get('/api/v1/custom-providers/{id}/models', { params: { id } })).models);
    modelLists.set(id, resource);
  }
  return resource;
}

/** Forgets every loaded list (tests). */
export function resetCustomProviderResources() {
  customProvidersResource.reset();
  modelLists.clear();
}
