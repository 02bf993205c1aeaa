import { api } from './apiClient';
import type { PromptInput, PromptVersionInput } from './types';

/** How a version is addressed: its number, or a tag that points at one. */
export type VersionRef = { readonly version: number } | { readonly tag: string };

export function listPrompts(query: { search?: string; limit: number; offset: number }, signal?: AbortSignal) {
  return api.get('/api/v1/prompts', { query: { ...query, search: query.search || undefined }, signal });
}

export function getPrompt(name: string, signal?: AbortSignal) {
  return api.get('/api/v1/prompts/{name}', { params: { name }, signal });
}

export function createPrompt(input: PromptInput) {
  return api.post('/api/v1/prompts', input);
}

export async function deletePrompt(name: string): Promise<void> {
  await api.delete('/api/v1/prompts/{name}', { params: { name } });
}

export function listVersions(name: string, signal?: AbortSignal) {
  return api.get('/api/v1/prompts/{name}/versions', { params: { name }, signal });
}

export function createVersion(name: string, input: PromptVersionInput) {
  return api.post('/api/v1/prompts/{name}/versions', input, { params: { name } });
}

/** One version, by number or by the tag that points at it. */
export function getVersion(name: string, ref: VersionRef, signal?: AbortSignal) {
  return 'tag' in ref
    ? api.get('/api/v1/prompts/{name}/tags/{tag}', { params: { name, tag: ref.tag }, signal })
    : api.get('/api/v1/prompts/{name}/versions/{number}', { params: { name, number: String(ref.version) }, signal });
}

export function listTags(name: string, signal?: AbortSignal) {
  return api.get('/api/v1/prompts/{name}/tags', { params: { name }, signal });
}

/** Creates the tag or moves it to `version` (one transaction on the server; its history is kept). */
export function moveTag(name: string, tag: string, version: number) {
  return api.put('/api/v1/prompts/{name}/tags/{tag}', { version }, { params: { name, tag } });
}

export async function deleteTag(name: string, tag: string): Promise<void> {
  await api.delete('/api/v1/prompts/{name}/tags/{tag}', { params: { name, tag } });
}

export function tagHistory(name: string, tag: string, signal?: AbortSignal) {
  return api.get('/api/v1/prompts/{name}/tags/{tag}/history', { params: { name, tag }, signal });
}
