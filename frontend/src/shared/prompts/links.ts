/**
 * Addresses of the prompt pages, and "Open in playground": the prompts pages link to the playground
 * with the version (or tag) to load in the URL, so that the two features share no code but addresses.
 */

/** The page of one prompt. */
export function promptHref(name: string): string {
  return `/prompts/${encodeURIComponent(name)}`;
}

/** What the playground is asked to open; neither version nor tag: the latest version, if there is one. */
export interface PlaygroundLink {
  readonly prompt: string;
  readonly version?: number;
  readonly tag?: string;
}

export function playgroundHref({ prompt, version, tag }: PlaygroundLink): string {
  const search = new URLSearchParams({ prompt });
  if (tag !== undefined) search.set('tag', tag);
  else if (version !== undefined) search.set('version', String(version));
  return `/playground?${search.toString()}`;
}

/** The link in the playground's query, or null when it asks for nothing (or for a version that is not a number). */
export function readPlaygroundLink(search: URLSearchParams): PlaygroundLink | null {
  const prompt = search.get('prompt');
  if (!prompt) return null;
  const tag = search.get('tag');
  if (tag) return { prompt, tag };
  const version = search.get('version');
  if (version === null) return { prompt };
  return /^[1-9]\d*$/.test(version) ? { prompt, version: Number(version) } : null;
}
